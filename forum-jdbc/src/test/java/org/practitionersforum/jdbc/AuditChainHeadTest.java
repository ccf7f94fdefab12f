package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;

/**
 * The head of an audit chain (SEC-2), which every audited command needs, costs the same however
 * long the chain: on H2 it is read backwards from the primary key rather than by sorting the chain,
 * and an SDK keeps the heads it wrote so that it reads them only when another writer moved them on.
 */
class AuditChainHeadTest {
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));

  @Test
  void theHeadOfAChainIsReadFromThePrimaryKeyWithoutSortingTheChainOnH2() throws Exception {
    DataSource raw = EmbeddedDatabases.h2("audit-head-plan");
    JdbcForumStorage.builder().dataSource(raw).build().migrate();
    RecordingDataSource recording = new RecordingDataSource(raw);
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(JdbcForumStorage.builder().dataSource(recording.dataSource).build())
            .build();

    FaultInjectionTest.workflow(sdk, () -> {});

    List<RecordingDataSource.Read> heads =
        recording.reads.stream()
            .filter(r -> r.sql().contains("audit_record") && r.sql().contains("DESC"))
            .toList();
    assertThat(heads).isNotEmpty();
    try (Connection c = raw.getConnection()) {
      for (RecordingDataSource.Read head : heads) {
        assertThat(head.explain(c, "EXPLAIN ")).contains("index sorted");
      }
    }
  }

  @Test
  void twoSdksTakingTurnsOnOneForumKeepItsChainWholeOnH2() {
    twoSdksTakingTurns(EmbeddedDatabases.h2("audit-head-turns"));
  }

  @Test
  void twoSdksTakingTurnsOnOneForumKeepItsChainWholeOnPostgreSql() {
    twoSdksTakingTurns(EmbeddedDatabases.postgres());
  }

  /**
   * Two SDKs, as on two application servers, share one database and take turns changing one forum:
   * each turn finds the head the other SDK wrote, and the chain stays whole and in order.
   */
  private static void twoSdksTakingTurns(DataSource dataSource) {
    String ns = "turns-";
    // Tables of the test's own, so that the trail verified is this test's alone.
    String prefix = "turns_";
    JdbcForumStorage.builder().dataSource(dataSource).tablePrefix(prefix).build().migrate();
    ForumSdk first =
        ForumSdk.builder()
            .storage(JdbcForumStorage.builder().dataSource(dataSource).tablePrefix(prefix).build())
            .build();
    ForumSdk second =
        ForumSdk.builder()
            .storage(JdbcForumStorage.builder().dataSource(dataSource).tablePrefix(prefix).build())
            .build();
    ForumSdk[] sdks = {first, second};
    ForumId forum = ForumId.of(ns + "forum");
    first
        .forums()
        .propose(
            ADMIN,
            ForumProposal.builder()
                .id(forum)
                .name("Turns")
                .organisation(OrganisationId.of("o"))
                .base(BaseId.of("b"))
                .locality(LocalityId.of("l"))
                .composition(Composition.open(Composition.Focus.ORGANISATION))
                .build());
    int commands = 1;
    for (int i = 0; i < 6; i++) {
      PractitionerId p = PractitionerId.of(ns + "p" + i);
      first.practitioners().register(ADMIN, profile(p));
      sdks[i % 2].forums().join(Actor.practitioner(p), forum, p);
      commands++;
    }
    for (int i = 0; i < 3; i++) {
      PractitionerId p = PractitionerId.of(ns + "p" + i);
      sdks[(i + 1) % 2].forums().leave(Actor.practitioner(p), forum, p);
      commands++;
    }

    List<AuditRecord> chain =
        second
            .audit()
            .query(ADMIN, AuditQuery.all().aggregate(AggregateRef.forum(forum)).limit(100))
            .records();
    assertThat(chain)
        .extracting(AuditRecord::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, commands).boxed().toList());
    assertThat(first.audit().verify(ADMIN).clean()).isTrue();
  }

  private static PractitionerProfile profile(PractitionerId id) {
    return PractitionerProfile.builder()
        .id(id)
        .discipline(Discipline.SOCIAL_WORK)
        .specialism(Specialism.ADULTS)
        .base(BaseId.of("b"))
        .organisation(OrganisationId.of("o"))
        .locality(LocalityId.of("l"))
        .build();
  }
}

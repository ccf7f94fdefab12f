package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
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
 * What a change of membership reads, on H2: a join reads no consultation data, since joining can
 * neither end a representative's mandate (CR-7) nor complete the agreements that release a draft
 * response (CR-3); a leave reads the forum's representation and the rounds naming its members,
 * because leaving can do both.
 */
class MembershipReadsTest {
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));

  @Test
  void aJoinReadsNoConsultationDataAndALeaveReadsWhatItMayChange() {
    RecordingDataSource recording =
        new RecordingDataSource(EmbeddedDatabases.h2("membership-reads"));
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(recording.dataSource).tablePrefix("mr_").build();
    storage.migrate();
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(storage)
            .clock(Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC))
            .build();
    ForumId forum = ForumId.of("f");
    for (int i = 0; i < 5; i++) {
      sdk.practitioners().register(ADMIN, profile("p" + i));
    }
    sdk.forums()
        .propose(
            ADMIN,
            ForumProposal.builder()
                .id(forum)
                .name("Forum")
                .organisation(OrganisationId.of("o"))
                .base(BaseId.of("b"))
                .locality(LocalityId.of("l"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    for (int i = 0; i < 4; i++) {
      PractitionerId p = PractitionerId.of("p" + i);
      sdk.forums().join(Actor.practitioner(p), forum, p);
    }
    PractitionerId newcomer = PractitionerId.of("p4");

    recording.reads.clear();
    sdk.forums().join(Actor.practitioner(newcomer), forum, newcomer);
    List<String> joinReads = tablesRead(recording);

    recording.reads.clear();
    sdk.forums().leave(Actor.practitioner(newcomer), forum, newcomer);
    List<String> leaveReads = tablesRead(recording);

    assertThat(joinReads).isNotEmpty().noneMatch(sql -> sql.contains("mr_consultation"));
    assertThat(leaveReads)
        .anyMatch(sql -> sql.contains("mr_consultation_representation"))
        .anyMatch(sql -> sql.contains("mr_consultation_round"));
  }

  private static List<String> tablesRead(RecordingDataSource recording) {
    return recording.reads.stream().map(r -> r.sql().toLowerCase(Locale.ROOT)).toList();
  }

  private static PractitionerProfile profile(String id) {
    return PractitionerProfile.builder()
        .id(PractitionerId.of(id))
        .discipline(Discipline.SOCIAL_WORK)
        .specialism(Specialism.ADULTS)
        .base(BaseId.of("b"))
        .organisation(OrganisationId.of("o"))
        .locality(LocalityId.of("l"))
        .build();
  }
}

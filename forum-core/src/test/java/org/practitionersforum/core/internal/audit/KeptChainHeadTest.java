package org.practitionersforum.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
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
import org.practitionersforum.core.memory.InMemoryForumStorage;

/**
 * An SDK keeps the heads of the chains it appended to (SEC-2); a head another SDK on the same
 * storage moved on is found out by the store, and the command's retry reads it, so the chain stays
 * whole and in order.
 */
class KeptChainHeadTest {
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));

  @Test
  void twoSdksTakingTurnsOnOneForumKeepItsChainWhole() {
    InMemoryForumStorage storage = new InMemoryForumStorage();
    ForumSdk[] sdks = {
      ForumSdk.builder().storage(storage).build(), ForumSdk.builder().storage(storage).build()
    };
    ForumId forum = ForumId.of("turns");
    sdks[0]
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
      PractitionerId p = PractitionerId.of("p" + i);
      sdks[0]
          .practitioners()
          .register(
              ADMIN,
              PractitionerProfile.builder()
                  .id(p)
                  .discipline(Discipline.SOCIAL_WORK)
                  .specialism(Specialism.ADULTS)
                  .base(BaseId.of("b"))
                  .organisation(OrganisationId.of("o"))
                  .locality(LocalityId.of("l"))
                  .build());
      sdks[i % 2].forums().join(Actor.practitioner(p), forum, p);
      commands++;
    }
    for (int i = 0; i < 3; i++) {
      PractitionerId p = PractitionerId.of("p" + i);
      sdks[(i + 1) % 2].forums().leave(Actor.practitioner(p), forum, p);
      commands++;
    }

    List<AuditRecord> chain =
        sdks[1]
            .audit()
            .query(ADMIN, AuditQuery.all().aggregate(AggregateRef.forum(forum)).limit(100))
            .records();
    assertThat(chain)
        .extracting(AuditRecord::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, commands).boxed().toList());
    assertThat(sdks[0].audit().verify(ADMIN).clean()).isTrue();
  }
}

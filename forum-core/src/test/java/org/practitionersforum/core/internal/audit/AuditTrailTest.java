package org.practitionersforum.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditPage;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.audit.AuditVerification;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

class AuditTrailTest {
  private static final Actor ADMIN = Actor.administrator(TermsFixture.ADMIN);

  @Test
  void everyCommittedCommandLeavesOneChainedRecordWithoutContent() {
    TermsFixture f = new TermsFixture(5, 1);
    ForumSdk sdk = f.sdk;
    // The fixture's clock stands still: records of one instant come in the order of their hashes.
    List<AuditRecord> chain =
        new ArrayList<>(
            sdk.audit()
                .query(ADMIN, AuditQuery.all().aggregate(AggregateRef.forum(f.forum)))
                .records());
    chain.sort(java.util.Comparator.comparingLong(AuditRecord::sequence));
    assertThat(chain)
        .extracting(AuditRecord::operation)
        .containsExactly(
            Operation.FORUM_PROPOSE,
            Operation.FORUM_JOIN,
            Operation.FORUM_JOIN,
            Operation.FORUM_JOIN,
            Operation.FORUM_JOIN,
            Operation.FORUM_JOIN);
    assertThat(chain).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    AuditRecord first = chain.get(0);
    assertThat(first.previousHash()).isEqualTo(AuditRecord.GENESIS);
    assertThat(chain.get(1).previousHash()).isEqualTo(first.hash());
    assertThat(first.outcome()).isEqualTo("ForumProposed");
    assertThat(first.actor()).contains(TermsFixture.ADMIN);
    assertThat(first.actorRole()).isEqualTo(Role.ADMINISTRATOR);
    assertThat(first.organisation()).contains(TermsFixture.ORG);
    assertThat(first.at()).isEqualTo(TermsFixture.NOW);
    assertThat(chain.get(1).toString()).doesNotContain("p-0").contains("FORUM_JOIN");
    assertThat(chain.get(1).actor()).contains(f.members.get(0).asPerson());

    AuditPage profiles =
        sdk.audit()
            .query(ADMIN, AuditQuery.all().aggregate(AggregateRef.practitioner(f.members.get(0))));
    assertThat(profiles.records()).hasSize(1);
    assertThat(profiles.records().get(0).toString()).doesNotContain("p-0");
    assertThat(profiles.records().get(0).aggregateDigest()).isPresent();

    AuditVerification v = sdk.audit().verify(Actor.system());
    assertThat(v.clean()).isTrue();
    assertThat(v.recordsChecked()).isEqualTo(12); // 6 registrations, a proposal, 5 joins
    assertThat(v.chainsChecked()).isEqualTo(7);
  }

  @Test
  void aRefusedCommandLeavesNoRecord() {
    TermsFixture f = new TermsFixture(5, 1);
    long before = f.sdk.audit().verify(ADMIN).recordsChecked();
    PractitionerId spare = f.volunteers.get(0);
    assertThatThrownBy(() -> f.sdk.forums().leave(Actor.practitioner(spare), f.forum, spare))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(
            () ->
                f.sdk
                    .forums()
                    .join(Actor.manager(TermsFixture.SPONSOR), f.forum, f.volunteers.get(0)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(f.sdk.audit().verify(ADMIN).recordsChecked()).isEqualTo(before);
  }

  @Test
  void anSdkBuiltWithoutTheAuditLogWritesNoRecord() {
    TermsFixture f = new TermsFixture(5, 1);
    ForumSdk quiet =
        ForumSdk.builder().storage(f.storage).clock(f.sdk.clock()).audit(false).build();
    long before = quiet.audit().verify(ADMIN).recordsChecked();
    quiet.forums().join(Actor.practitioner(f.volunteers.get(0)), f.forum, f.volunteers.get(0));
    assertThat(quiet.audit().verify(ADMIN).recordsChecked()).isEqualTo(before);
  }

  @Test
  void onlyAnAdministratorReadsTheTrailAndTheSystemMayVerifyIt() {
    TermsFixture f = new TermsFixture(4, 0);
    for (Actor actor :
        List.of(
            Actor.manager(TermsFixture.SPONSOR),
            Actor.practitioner(f.members.get(0)),
            Actor.facilitator(TermsFixture.FACILITATOR),
            Actor.system())) {
      assertThatThrownBy(() -> f.sdk.audit().query(actor, AuditQuery.all()))
          .isInstanceOfSatisfying(
              PermissionDeniedException.class, e -> assertThat(e.rule()).isEqualTo("SEC-2"));
    }
    assertThatThrownBy(() -> f.sdk.audit().verify(Actor.manager(TermsFixture.SPONSOR)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> f.sdk.audit().checkpoint(Actor.practitioner(f.members.get(0))))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(f.sdk.audit().verify(Actor.system()).clean()).isTrue();
  }

  @Test
  void aQueryByActorAndPeriodPagesNewestFirst() {
    TestClock clock = new TestClock(TermsFixture.NOW);
    TermsFixture f = new TermsFixture(5, 0, clock);
    Instant start = clock.instant().plusSeconds(60);
    for (int i = 0; i < 7; i++) {
      clock.set(start.plusSeconds(60L * i));
      PractitionerId p = f.members.get(0);
      f.sdk.forums().leave(Actor.practitioner(p), f.forum, p);
      f.sdk.forums().join(Actor.practitioner(p), f.forum, p);
    }
    PersonId actor = f.members.get(0).asPerson();
    AuditQuery q =
        AuditQuery.all()
            .actor(actor)
            .period(start.plusSeconds(60), start.plusSeconds(360))
            .newestFirst()
            .limit(3);
    List<AuditRecord> all = new ArrayList<>();
    AuditPage page = f.sdk.audit().query(ADMIN, q);
    int pages = 1;
    all.addAll(page.records());
    while (page.next().isPresent()) {
      page = f.sdk.audit().query(ADMIN, q.after(page.next().get()));
      all.addAll(page.records());
      pages++;
    }
    assertThat(pages).isEqualTo(4);
    assertThat(all).hasSize(10); // minutes 1 to 5 of the loop, a leave and a join each
    assertThat(all).allSatisfy(r -> assertThat(r.actor()).contains(actor));
    assertThat(all)
        .extracting(AuditRecord::at)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(all.get(0).at()).isEqualTo(start.plusSeconds(300));
    assertThat(all.get(9).at()).isEqualTo(start.plusSeconds(60));
  }

  @Test
  void retentionRemovesOldActorsAndTheChainsStillVerify() {
    TestClock clock = new TestClock(TermsFixture.NOW);
    TermsFixture f = new TermsFixture(5, 1, clock);
    clock.set(TermsFixture.NOW.plus(Duration.ofDays(400)));
    PractitionerId late = f.volunteers.get(0);
    f.sdk.forums().join(Actor.practitioner(late), f.forum, late);
    int changed =
        f.storage.inTransaction(
            tx ->
                AuditLog.applyRetention(
                    tx, TermsFixture.ORG, Duration.ofDays(365), clock.instant()));
    assertThat(changed).isEqualTo(12);
    List<AuditRecord> records =
        f.sdk
            .audit()
            .query(ADMIN, AuditQuery.all().aggregate(AggregateRef.forum(f.forum)))
            .records();
    assertThat(records).hasSize(7);
    assertThat(records.subList(0, 6))
        .allSatisfy(
            r -> {
              assertThat(r.actorPseudonymised()).isTrue();
              assertThat(r.actorId()).isEqualTo(AuditLog.RETAINED);
            });
    assertThat(records.get(6).actor()).contains(late.asPerson());
    assertThat(f.sdk.audit().query(ADMIN, AuditQuery.all().actor(TermsFixture.ADMIN)).records())
        .isEmpty();
    assertThat(f.sdk.audit().verify(ADMIN).clean()).isTrue();
    int again =
        f.storage.inTransaction(
            tx ->
                AuditLog.applyRetention(
                    tx, TermsFixture.ORG, Duration.ofDays(365), clock.instant()));
    assertThat(again).isZero();
  }

  @Test
  void erasurePseudonymisesActorAndProfileChainAndTheChainsStillVerify() {
    TermsFixture f = new TermsFixture(5, 0);
    PractitionerId p = f.members.get(1);
    int changed = f.storage.inTransaction(tx -> AuditLog.pseudonymise(tx, p, "erased:5f2c9a0e7b"));
    assertThat(changed).isEqualTo(2); // their registration (as the profile) and their join
    assertThat(f.sdk.audit().query(ADMIN, AuditQuery.all().actor(p.asPerson())).records())
        .isEmpty();
    assertThat(
            f.sdk
                .audit()
                .query(ADMIN, AuditQuery.all().aggregate(AggregateRef.practitioner(p)))
                .records())
        .isEmpty();
    List<AuditRecord> renamed =
        f.sdk
            .audit()
            .query(
                ADMIN,
                AuditQuery.all()
                    .aggregate(
                        new AggregateRef(AggregateRef.Kind.PRACTITIONER, "erased:5f2c9a0e7b")))
            .records();
    assertThat(renamed).hasSize(1);
    assertThat(renamed.get(0).aggregateSalt()).isEmpty();
    assertThat(f.sdk.audit().verify(ADMIN).clean()).isTrue();
  }
}

package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.Purpose;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.ResponseAgreement;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundState;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ConsultationTransaction;

/**
 * The contract of {@link org.practitionersforum.api.spi.ConsultationStore}, for a storage whose
 * transactions are {@link ConsultationTransaction}s: rounds stored whole, with responses,
 * agreements, recommendations and dispositions, and read back exactly; optimistic versions; the
 * overdue query's selection by organisation, close date and outstanding dispositions; and a refused
 * command changing nothing. Skipped for a storage that keeps no rounds.
 */
public interface ConsultationStoreContract extends StorageUnderTest {

  /**
   * Returns a round at version 0, opened by a person who has also agreed one forum's draft
   * response: a round that names that person twice.
   *
   * @param id the round's id
   * @param person the person's id
   * @return the round
   */
  static ConsultationRound sampleRound(String id, String person) {
    ResponseContent content = ResponseContent.of("A sample view.", List.of("A recommendation."));
    java.time.Instant at = java.time.Instant.parse("2026-01-05T10:00:00Z");
    return ConsultationRound.builder()
        .id(RoundId.of(id))
        .organisation(OrganisationId.of("o"))
        .openedBy(PersonId.of(person))
        .topic("A sample round")
        .purpose(Purpose.PLANNING)
        .addQuestions("What works?")
        .addInvitedForums(ForumId.of("f"))
        .opensOn(java.time.LocalDate.of(2026, 1, 5))
        .closesOn(java.time.LocalDate.of(2026, 2, 2))
        .state(RoundState.OPEN)
        .openedAt(at)
        .addResponses(
            ForumResponse.builder()
                .forum(ForumId.of("f"))
                .content(content)
                .hash(content.hash())
                .state(ResponseState.DRAFT)
                .addAgreements(
                    ResponseAgreement.builder()
                        .party(PersonId.of(person))
                        .hash(content.hash())
                        .at(at)
                        .build())
                .draftedAt(at)
                .build())
        .build();
  }

  /** Runs work on the consultation part of a unit of work; skips on a storage without it. */
  private <T> T rounds(Function<ConsultationTransaction, T> work) {
    return storage()
        .inTransaction(
            tx -> {
              assumeTrue(tx instanceof ConsultationTransaction, "this storage keeps no rounds");
              return work.apply((ConsultationTransaction) tx);
            });
  }

  private List<ConsultationRound> undisposed(OrganisationId org, java.time.LocalDate date) {
    return rounds(tx -> tx.consultations().findUndisposed(org, date));
  }

  private Optional<ConsultationRound> stored(RoundId id) {
    return rounds(tx -> tx.consultations().find(id));
  }

  /** A round as the services leave it: answered, partly agreed, partly disposed. */
  private ConsultationRound richRound(ConsultationWorld w) {
    w.open();
    w.respond(w.forumA, w.membersA, ConsultationWorld.content("A", 3), 4);
    w.respond(w.forumB, w.membersB, ConsultationWorld.content("B", 1), 2);
    w.sdk
        .consultations()
        .dispose(
            w.manager,
            w.round,
            new RecommendationId(w.round, w.forumA, 1),
            Disposition.declined("Not this year:\n“the budget” is fixed — ünïcode."));
    w.sdk
        .consultations()
        .dispose(
            w.manager,
            w.round,
            new RecommendationId(w.round, w.forumA, 2),
            Disposition.deferred(w.today().plusDays(90)));
    return w.sdk.consultations().get(Actor.system(), w.round);
  }

  /** A round the services wrote reads back exactly, with every part of it. */
  @Test
  default void consultationStoreReadsRoundsBackExactly() {
    rounds(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    ConsultationRound seen = richRound(w);
    ConsultationRound read = stored(w.round).orElseThrow();
    assertThat(read).isEqualTo(seen);
    assertThat(read.response(w.forumA).orElseThrow().state()).isEqualTo(ResponseState.AGREED);
    assertThat(read.response(w.forumB).orElseThrow().agreements()).hasSize(2);
    assertThat(read.recommendations()).hasSize(3);
    assertThat(read.undisposed()).hasSize(1);
    assertThat(stored(RoundId.of(w.ns + "no-such-round"))).isEmpty();
  }

  /** Inserts at version 1, once per id; updates at the next version; stale and missing refused. */
  @Test
  default void consultationStoreKeepsOptimisticVersions() {
    rounds(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    ConsultationRound v = richRound(w);
    ConsultationRound fresh =
        ConsultationRound.builder()
            .from(v)
            .id(RoundId.of(w.ns + "copy"))
            .responses(List.of())
            .recommendations(List.of())
            .version(0)
            .build();
    assertThatThrownBy(
            () ->
                rounds(
                    tx ->
                        tx.consultations()
                            .insert(ConsultationRound.builder().from(fresh).version(3).build())))
        .isInstanceOf(IllegalArgumentException.class);
    ConsultationRound v1 = rounds(tx -> tx.consultations().insert(fresh));
    assertThat(v1).isEqualTo(ConsultationRound.builder().from(fresh).version(1).build());
    assertThat(stored(fresh.id())).contains(v1);
    assertThatThrownBy(() -> rounds(tx -> tx.consultations().insert(fresh)))
        .isInstanceOf(DuplicateException.class);
    ConsultationRound changed =
        ConsultationRound.builder().from(v1).closesOn(v1.closesOn().plusDays(7)).build();
    ConsultationRound v2 = rounds(tx -> tx.consultations().update(changed));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(stored(fresh.id())).contains(v2);
    assertThatThrownBy(() -> rounds(tx -> tx.consultations().update(v1)))
        .isInstanceOf(ConcurrentUpdateException.class);
    ConsultationRound missing =
        ConsultationRound.builder().from(v1).id(RoundId.of(w.ns + "missing")).build();
    assertThatThrownBy(() -> rounds(tx -> tx.consultations().update(missing)))
        .isInstanceOf(NotFoundException.class);
  }

  /** A unit of work that fails stores nothing of its rounds. */
  @Test
  default void consultationStoreUndoesAFailedUnit() {
    rounds(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    ConsultationRound v = richRound(w);
    ConsultationRound fresh =
        ConsultationRound.builder()
            .from(v)
            .id(RoundId.of(w.ns + "undone"))
            .responses(List.of())
            .recommendations(List.of())
            .version(0)
            .build();
    assertThatThrownBy(
            () ->
                rounds(
                    tx -> {
                      tx.consultations().insert(fresh);
                      assertThat(tx.consultations().find(fresh.id())).isPresent();
                      throw new IllegalStateException("the host gives up");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stored(fresh.id())).isEmpty();
  }

  /** The overdue query selects by organisation, close date and outstanding dispositions. */
  @Test
  default void consultationStoreFindsRoundsWithUndisposedRecommendations() {
    rounds(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    ConsultationRound v = richRound(w);
    assertThat(undisposed(w.org, v.closesOn()))
        .extracting(ConsultationRound::id)
        .containsExactly(w.round);
    assertThat(undisposed(w.org, v.closesOn().minusDays(1))).isEmpty();
    assertThat(undisposed(OrganisationId.of(w.ns + "other"), v.closesOn())).isEmpty();
    w.sdk
        .consultations()
        .dispose(
            w.manager, w.round, new RecommendationId(w.round, w.forumA, 3), Disposition.adopted());
    assertThat(undisposed(w.org, v.closesOn())).isEmpty();
    assertThat(
            w.sdk
                .consultations()
                .overdue(
                    Actor.reviewer(PersonId.of(w.ns + "anyone")),
                    w.org,
                    v.closesOn().plusDays(200)))
        .isEmpty();
  }

  /**
   * Refused commands change nothing stored; a round closes once every recommendation is disposed.
   */
  @Test
  default void consultationRefusalsChangeNothingAndClosingNeedsEveryDisposition() {
    rounds(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    ConsultationRound v = richRound(w);
    ConsultationRound before = stored(w.round).orElseThrow();
    assertThatThrownBy(
            () ->
                w.sdk
                    .consultations()
                    .dispose(
                        w.manager,
                        w.round,
                        new RecommendationId(RoundId.of(w.ns + "other"), w.forumA, 1),
                        Disposition.adopted()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("CR-4");
    w.clock.advance(Duration.ofDays(29));
    assertThatThrownBy(() -> w.sdk.consultations().close(w.manager, w.round))
        .isInstanceOf(RuleViolationException.class)
        .matches(e -> ((RuleViolationException) e).has(ViolationCode.RECOMMENDATIONS_UNDISPOSED));
    assertThat(stored(w.round)).contains(before);
    w.sdk
        .consultations()
        .dispose(
            w.manager, w.round, new RecommendationId(w.round, w.forumA, 3), Disposition.adopted());
    assertThat(w.sdk.consultations().close(w.manager, w.round).state())
        .isEqualTo(RoundState.CLOSED);
    assertThat(stored(w.round).orElseThrow().state()).isEqualTo(RoundState.CLOSED);
    assertThat(v.version()).isPositive();
  }

  /**
   * CR-3 when a member leaves: a draft every remaining member has agreed is released in the same
   * unit of work as the departure, its recommendations received, and only the remaining members'
   * agreements kept.
   */
  @Test
  default void consultationDraftAgreedByEveryoneRemainingIsReleasedWhenTheLastOtherMemberLeaves() {
    rounds(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    w.open();
    w.respond(w.forumA, w.membersA, ConsultationWorld.content("A", 2), 3);
    assertThat(stored(w.round).orElseThrow().response(w.forumA).orElseThrow().state())
        .isEqualTo(ResponseState.DRAFT);
    PractitionerId leaver = w.membersA.get(3);
    w.sdk.forums().leave(Actor.practitioner(leaver), w.forumA, leaver);
    ConsultationRound after = stored(w.round).orElseThrow();
    ForumResponse released = after.response(w.forumA).orElseThrow();
    assertThat(released.state()).isEqualTo(ResponseState.AGREED);
    assertThat(released.agreements())
        .extracting(ResponseAgreement::party)
        .containsExactlyInAnyOrderElementsOf(
            w.membersA.subList(0, 3).stream().map(PractitionerId::asPerson).toList());
    assertThat(after.recommendations()).hasSize(2);
    List<ConsultationRound> named =
        rounds(tx -> tx.consultations().findNaming(w.membersA.get(0).asPerson()));
    assertThat(named).extracting(ConsultationRound::id).contains(w.round);
  }

  /**
   * CR-3: a departed member's agreement is not counted: when the one member who agreed leaves, the
   * draft stays a draft, and it is agreed only once every remaining member has agreed it, without
   * the departed member's agreement.
   */
  @Test
  default void consultationDepartedMembersAgreementIsNotCounted() {
    rounds(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    w.open();
    ResponseContent c = ConsultationWorld.content("A", 1);
    w.respond(w.forumA, w.membersA, c, 1);
    PractitionerId leaver = w.membersA.get(0);
    w.sdk.forums().leave(Actor.practitioner(leaver), w.forumA, leaver);
    assertThat(stored(w.round).orElseThrow().response(w.forumA).orElseThrow().state())
        .isEqualTo(ResponseState.DRAFT);
    assertThat(stored(w.round).orElseThrow().recommendations()).isEmpty();
    for (PractitionerId p : w.membersA.subList(1, 3)) {
      w.sdk.consultations().agree(Actor.practitioner(p), w.round, w.forumA, c.hash());
    }
    assertThat(stored(w.round).orElseThrow().response(w.forumA).orElseThrow().state())
        .isEqualTo(ResponseState.DRAFT);
    ConsultationRound agreed =
        w.sdk
            .consultations()
            .agree(Actor.practitioner(w.membersA.get(3)), w.round, w.forumA, c.hash());
    ForumResponse r = agreed.response(w.forumA).orElseThrow();
    assertThat(r.state()).isEqualTo(ResponseState.AGREED);
    assertThat(r.agreedBy(leaver.asPerson())).isFalse();
    assertThat(r.agreements()).hasSize(3);
  }
}

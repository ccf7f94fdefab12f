package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.consultation.ConsentId;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.InputKind;
import org.practitionersforum.api.consultation.InputSummary;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.anonymisation.Anonymisers;

/**
 * Individual input in a forum's response (CR-3) on the storage under test: attached only under a
 * participant's consent that holds, only anonymised, and seen outside the forum only in aggregate,
 * every count below the threshold suppressed; consent revocable until the response is agreed; the
 * participant erased on request (SEC-3). Skipped for a storage that keeps no rounds.
 */
public interface IndividualInputContract extends StorageUnderTest {

  private Optional<ConsultationRound> stored(ConsultationWorld w) {
    return storage()
        .inTransaction(
            tx -> {
              assumeTrue(tx instanceof ConsultationTransaction, "this storage keeps no rounds");
              return ((ConsultationTransaction) tx).consultations().find(w.round);
            });
  }

  /** Opens the round and drafts forum A's response; returns its content. */
  private static ResponseContent drafted(ConsultationWorld w) {
    w.open();
    ResponseContent c = ConsultationWorld.content("A", 1);
    w.respond(w.forumA, w.membersA, c, 0);
    return c;
  }

  private static Actor member(ConsultationWorld w) {
    return Actor.practitioner(w.membersA.get(0));
  }

  private static void consent(ConsultationWorld w, int n) {
    w.sdk
        .consultations()
        .recordConsent(
            member(w),
            w.round,
            w.forumA,
            ConsentId.of(w.ns + "consent-" + n),
            PersonId.of(w.ns + "participant-" + n));
  }

  private static void answer(ConsultationWorld w, int n, String answer) {
    w.sdk
        .consultations()
        .attachInput(
            member(w),
            w.round,
            w.forumA,
            ConsentId.of(w.ns + "consent-" + n),
            InputKind.SURVEY_ANSWER,
            "Is the winter rota fair?",
            answer);
  }

  /**
   * Managers see an agreed response's individual input only in aggregate: 5 answers shown as 5, 2
   * as "fewer than 5", the quote attributed to "a focus group participant"; never the input itself,
   * the consents or a participant, in the round, the summary or an event.
   */
  @Test
  default void managersSeeIndividualInputOnlyInAggregate() {
    ConsultationWorld w = new ConsultationWorld(storage());
    assumeTrue(stored(w).isEmpty());
    ResponseContent c = drafted(w);
    for (int n = 1; n <= 8; n++) {
      consent(w, n);
    }
    for (int n = 1; n <= 5; n++) {
      answer(w, n, "Yes");
    }
    answer(w, 6, "No");
    answer(w, 7, "No");
    w.sdk
        .consultations()
        .attachInput(
            member(w),
            w.round,
            w.forumA,
            ConsentId.of(w.ns + "consent-8"),
            InputKind.FOCUS_GROUP_QUOTE,
            "Night duty",
            "Nights with nobody senior on call are when mistakes happen.");
    assertThat(w.sdk.consultations().inputSummary(w.manager, w.round, w.forumA).counts())
        .as("a draft's input is the forum's alone")
        .isEmpty();
    // The content's hash alone, as read before the input was attached, is no longer the draft's.
    assertThatThrownBy(() -> w.sdk.consultations().agree(member(w), w.round, w.forumA, c.hash()))
        .isInstanceOf(RuleViolationException.class);
    ContentHash withInput = draftHash(w);
    assertThat(withInput).isNotEqualTo(c.hash());
    for (PractitionerId m : w.membersA) {
      w.sdk.consultations().agree(Actor.practitioner(m), w.round, w.forumA, withInput);
    }
    ConsultationRound seen = w.sdk.consultations().get(w.manager, w.round);
    ForumResponse response = seen.response(w.forumA).orElseThrow();
    assertThat(response.state()).isEqualTo(ResponseState.AGREED);
    assertThat(response.inputs()).isEmpty();
    assertThat(seen.consents()).isEmpty();
    String json = ForumJson.write(seen);
    assertThat(json).doesNotContain("participant-").doesNotContain("mistakes happen");
    InputSummary summary = w.sdk.consultations().inputSummary(w.manager, w.round, w.forumA);
    assertThat(summary.counts())
        .extracting(InputSummary.Count::answer, s -> s.count().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Optional.empty(), "fewer than 5"),
            org.assertj.core.groups.Tuple.tuple(Optional.of("No"), "fewer than 5"),
            org.assertj.core.groups.Tuple.tuple(Optional.of("Yes"), "5"));
    assertThat(summary.counts())
        .allMatch(s -> s.count().value().isEmpty() || s.count().value().getAsLong() >= 5);
    assertThat(summary.quotes())
        .singleElement()
        .matches(q -> q.attribution().equals("a focus group participant"));
    assertThat(ForumJson.write(summary)).doesNotContain("participant-");
    ConsultationRound byMember = w.sdk.consultations().get(member(w), w.round);
    assertThat(byMember.response(w.forumA).orElseThrow().inputs()).hasSize(8);
    assertThat(byMember.consents()).hasSize(8);
  }

  /**
   * CR-3: no input without a consent that holds, none with an identifier the anonymiser cannot
   * remove, none once the response is agreed; each refusal names the rule and changes nothing.
   * Input is kept anonymised.
   */
  @Test
  default void inputNeedsConsentAndAnonymisation() {
    ConsultationWorld w = new ConsultationWorld(storage());
    assumeTrue(stored(w).isEmpty());
    drafted(w);
    ConsultationRound before = stored(w).orElseThrow();
    assertThatThrownBy(() -> answer(w, 1, "Yes"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("CR-3")
        .matches(e -> ((RuleViolationException) e).has(ViolationCode.CONSENT_MISSING));
    assertThat(stored(w)).contains(before);
    consent(w, 1);
    assertThatThrownBy(() -> consent(w, 1)).isInstanceOf(DuplicateException.class);
    assertThatThrownBy(
            () ->
                w.sdk
                    .consultations()
                    .attachInput(
                        member(w),
                        w.round,
                        w.forumA,
                        ConsentId.of(w.ns + "consent-1"),
                        InputKind.SURVEY_ANSWER,
                        "Is the rota fair?",
                        "x".repeat(1 << 20)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CR-3");
    ForumSdk cautious =
        ForumSdk.builder()
            .storage(storage())
            .clock(w.clock)
            .anonymiser(
                Anonymisers.builder()
                    .settings(
                        AnonymiserSettings.builder().minimumConfidence(Confidence.MEDIUM).build())
                    .build())
            .build();
    ConsultationRound consented = stored(w).orElseThrow();
    assertThatThrownBy(
            () ->
                cautious
                    .consultations()
                    .attachInput(
                        member(w),
                        w.round,
                        w.forumA,
                        ConsentId.of(w.ns + "consent-1"),
                        InputKind.FOCUS_GROUP_QUOTE,
                        "Night duty",
                        "Dr Okafor met John Smith on 3 March. Okafor agreed."))
        .isInstanceOf(RuleViolationException.class)
        .matches(e -> ((RuleViolationException) e).has(ViolationCode.INPUT_IDENTIFIER_LEFT))
        .hasMessageNotContaining("Okafor");
    assertThat(stored(w)).contains(consented);
    w.sdk
        .consultations()
        .attachInput(
            member(w),
            w.round,
            w.forumA,
            ConsentId.of(w.ns + "consent-1"),
            InputKind.FOCUS_GROUP_QUOTE,
            "Night duty",
            "John Smith said nights are hard; email rota.desk@example.org.");
    String kept = stored(w).orElseThrow().response(w.forumA).orElseThrow().inputs().get(0).text();
    assertThat(kept).doesNotContain("John Smith").doesNotContain("rota.desk@example.org");
    assertThatThrownBy(
            () ->
                w.sdk
                    .consultations()
                    .recordConsent(
                        Actor.practitioner(w.membersB.get(0)),
                        w.round,
                        w.forumA,
                        ConsentId.of(w.ns + "consent-9"),
                        PersonId.of(w.ns + "participant-9")))
        .isInstanceOf(PermissionDeniedException.class);
  }

  /**
   * CR-3: a revoked consent takes its input out of the draft, with every agreement; once the
   * response is agreed, consent can no longer be revoked. SEC-3: erasing a participant leaves the
   * input, in aggregate, and names a pseudonym in the consent.
   */
  @Test
  default void consentIsRevocableUntilAgreedAndTheParticipantIsErased() {
    ConsultationWorld w = new ConsultationWorld(storage());
    assumeTrue(stored(w).isEmpty());
    ResponseContent c = drafted(w);
    consent(w, 1);
    consent(w, 2);
    answer(w, 1, "Yes");
    answer(w, 2, "No");
    ContentHash withBoth = draftHash(w);
    w.sdk.consultations().agree(member(w), w.round, w.forumA, withBoth);
    ConsultationRound revoked =
        w.sdk
            .consultations()
            .revokeConsent(member(w), w.round, w.forumA, ConsentId.of(w.ns + "consent-2"));
    ForumResponse r = revoked.response(w.forumA).orElseThrow();
    assertThat(r.inputs()).singleElement().matches(i -> i.text().equals("Yes"));
    assertThat(r.agreements()).isEmpty();
    assertThatThrownBy(() -> answer(w, 2, "No"))
        .isInstanceOf(RuleViolationException.class)
        .matches(e -> ((RuleViolationException) e).has(ViolationCode.CONSENT_MISSING));
    // An agreement given while the revoked input was attached cannot be recorded now.
    assertThat(draftHash(w)).isNotEqualTo(withBoth);
    assertThatThrownBy(() -> w.sdk.consultations().agree(member(w), w.round, w.forumA, withBoth))
        .isInstanceOf(RuleViolationException.class);
    for (PractitionerId m : w.membersA) {
      w.sdk.consultations().agree(Actor.practitioner(m), w.round, w.forumA, draftHash(w));
    }
    ConsultationRound agreed = stored(w).orElseThrow();
    assertThatThrownBy(
            () ->
                w.sdk
                    .consultations()
                    .revokeConsent(member(w), w.round, w.forumA, ConsentId.of(w.ns + "consent-1")))
        .isInstanceOf(RuleViolationException.class)
        .matches(e -> ((RuleViolationException) e).has(ViolationCode.RESPONSE_AGREED));
    assertThat(stored(w)).contains(agreed);
    Actor admin = Actor.administrator(PersonId.of("admin"));
    PractitionerId participant = PractitionerId.of(w.ns + "participant-1");
    var receipt = w.sdk.privacy().erase(admin, participant);
    assertThat(receipt.pseudonymised(ErasureCategory.CONSULTATION_CONSENT)).isEqualTo(1);
    ConsultationRound after = stored(w).orElseThrow();
    assertThat(after.people()).doesNotContain(participant.asPerson());
    assertThat(after.response(w.forumA).orElseThrow().inputs()).hasSize(1);
    assertThat(w.sdk.consultations().inputSummary(w.manager, w.round, w.forumA).counts())
        .singleElement()
        .matches(s -> s.count().toString().equals("fewer than 5"));
    List<ConsultationRound> named =
        storage()
            .inTransaction(
                tx ->
                    ((ConsultationTransaction) tx)
                        .consultations()
                        .findNaming(participant.asPerson()));
    assertThat(named).isEmpty();
  }

  /** The hash a member agrees to now: the forum's draft as its first member reads it. */
  private static ContentHash draftHash(ConsultationWorld w) {
    return w.sdk.consultations().get(member(w), w.round).response(w.forumA).orElseThrow().hash();
  }
}

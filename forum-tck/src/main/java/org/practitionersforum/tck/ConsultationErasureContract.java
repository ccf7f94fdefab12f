package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.Purpose;
import org.practitionersforum.api.consultation.ResponseAgreement;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundRequest;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.privacy.ErasureReceipt;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ConsultationTransaction;

/**
 * Erasure and subject access of consultation rounds (SEC-3) on the storage under test, for a
 * storage whose transactions are {@link ConsultationTransaction}s: {@code
 * ConsultationStore.findNaming} finds every round naming a person (as the manager who opened it or
 * a member whose agreement a response holds), in order of id, and stops finding it once the round
 * no longer names them; through the services, erasure pseudonymises agreements to agreed responses
 * (which still verify) and the manager who opened a round, removes agreements to drafts, and leaves
 * nothing in any stored value that names the erased; the export lists the rounds before. It extends
 * the erasure contract for its every-value scan of the storage. Skipped for a storage that keeps no
 * rounds.
 */
public interface ConsultationErasureContract extends ErasureContract {

  /** Runs work on the consultation part of a unit of work; skips on a storage without it. */
  private <T> T roundsOf(Function<ConsultationTransaction, T> work) {
    return storage()
        .inTransaction(
            tx -> {
              assumeTrue(tx instanceof ConsultationTransaction, "this storage keeps no rounds");
              return work.apply((ConsultationTransaction) tx);
            });
  }

  private List<RoundId> naming(PractitionerId person) {
    return roundsOf(
        tx ->
            tx.consultations().findNaming(person.asPerson()).stream()
                .map(ConsultationRound::id)
                .toList());
  }

  /**
   * The round of the world answered: forum A agreed by all four members, forum B a draft agreed by
   * two.
   */
  private static void answered(ConsultationWorld w, ResponseContent a, ResponseContent b) {
    w.open();
    w.respond(w.forumA, w.membersA, a, 4);
    w.respond(w.forumB, w.membersB, b, 2);
  }

  /**
   * Finds the rounds naming a person, in order of id, and follows every change of who they name.
   */
  @Test
  default void consultationStoreFindsTheRoundsThatNameAPerson() {
    roundsOf(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    PractitionerId manager = w.manager.person().asPractitioner();
    assertThat(naming(manager)).isEmpty();
    RoundId earlier = RoundId.of(w.ns + "a-round");
    w.sdk
        .consultations()
        .open(
            w.manager,
            RoundRequest.builder()
                .id(earlier)
                .organisation(w.org)
                .topic("Caseload weighting")
                .purpose(Purpose.PLANNING)
                .addQuestions("What should count?")
                .addInvitedForums(w.forumA)
                .opensOn(w.today())
                .closesOn(w.today().plusDays(28))
                .formative(true)
                .build());
    ResponseContent b = ConsultationWorld.content("B", 1);
    answered(w, ConsultationWorld.content("A", 2), b);

    assertThat(naming(manager)).containsExactly(earlier, w.round);
    for (PractitionerId m : w.membersA) {
      assertThat(naming(m)).containsExactly(w.round);
    }
    assertThat(naming(w.membersB.get(0))).containsExactly(w.round);
    assertThat(naming(w.membersB.get(1))).containsExactly(w.round);
    assertThat(naming(w.membersB.get(2))).isEmpty();
    ConsultationRound stored =
        roundsOf(tx -> tx.consultations().findNaming(w.membersA.get(0).asPerson())).get(0);
    assertThat(stored).isEqualTo(roundsOf(tx -> tx.consultations().find(w.round)).orElseThrow());

    // A new draft drops the agreements to the old one: the round no longer names those members.
    w.sdk
        .consultations()
        .respond(
            Actor.practitioner(w.membersB.get(2)),
            w.round,
            w.forumB,
            ConsultationWorld.content("B again", 2));
    assertThat(naming(w.membersB.get(0))).isEmpty();
    assertThat(naming(w.membersB.get(1))).isEmpty();
    assertThat(naming(w.membersA.get(0))).containsExactly(w.round);
  }

  /**
   * Erasure through the services: an agreement to an agreed response names the token and the
   * response still verifies; an agreement to a draft is removed; the manager who opened the round
   * is the token; no stored value names any of them, and the store finds no round naming them.
   *
   * @throws Exception if an export is not JSON
   */
  @Test
  default void consultationErasureLeavesNoRoundNamingThePerson() throws Exception {
    roundsOf(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    PractitionerId manager = w.registerManager();
    ResponseContent a = ConsultationWorld.content("A", 2);
    ResponseContent b = ConsultationWorld.content("B", 1);
    answered(w, a, b);
    PractitionerId agreed = w.membersA.get(1);
    PractitionerId drafted = w.membersB.get(1);
    Actor admin = Actor.administrator(PersonId.of("admin"));
    ConsultationRound before = roundsOf(tx -> tx.consultations().find(w.round)).orElseThrow();

    JsonNode export =
        ForumJson.mapper().readTree(w.sdk.privacy().export(admin, agreed)).get("consultation");
    assertThat(export.get("why").asText()).isNotBlank();
    assertThat(export.get("rounds")).hasSize(1);
    assertThat(export.get("rounds").get(0).get("agreements").get(0).get("contentHash").asText())
        .isEqualTo(a.hash().value());
    JsonNode opened =
        ForumJson.mapper().readTree(w.sdk.privacy().export(admin, manager)).get("consultation");
    assertThat(opened.get("rounds").get(0).get("openedByYou").asBoolean()).isTrue();
    List<PractitionerId> erased = List.of(agreed, drafted, manager);
    everythingStored()
        .ifPresent(
            text -> {
              for (PractitionerId p : erased) {
                assertThat(text).contains(p.value());
              }
            });

    ErasureReceipt ofAgreed = w.sdk.privacy().erase(admin, agreed);
    ErasureReceipt ofDrafted = w.sdk.privacy().erase(admin, drafted);
    ErasureReceipt ofManager = w.sdk.privacy().erase(admin, manager);

    assertThat(ofAgreed.pseudonymised(ErasureCategory.CONSULTATION_AGREEMENT)).isEqualTo(1);
    assertThat(ofDrafted.removed(ErasureCategory.CONSULTATION_DRAFT_AGREEMENT)).isEqualTo(1);
    assertThat(ofManager.pseudonymised(ErasureCategory.CONSULTATION_ROUND_OPENER)).isEqualTo(1);
    ConsultationRound after = roundsOf(tx -> tx.consultations().find(w.round)).orElseThrow();
    ForumResponse responseA = after.response(w.forumA).orElseThrow();
    assertThat(responseA.state()).isEqualTo(ResponseState.AGREED);
    assertThat(responseA.content()).isEqualTo(a);
    assertThat(responseA.hash()).isEqualTo(a.hash());
    assertThat(responseA.agreements()).hasSize(4).allMatch(x -> x.hash().equals(a.hash()));
    assertThat(responseA.agreements().stream().filter(x -> x.party().value().startsWith("erased:")))
        .hasSize(1);
    ForumResponse responseB = after.response(w.forumB).orElseThrow();
    assertThat(responseB.state()).isEqualTo(ResponseState.DRAFT);
    assertThat(responseB.agreements())
        .extracting(ResponseAgreement::party)
        .containsExactly(w.membersB.get(0).asPerson());
    assertThat(after.openedBy().value()).startsWith("erased:");
    assertThat(after.recommendations()).isEqualTo(before.recommendations());
    assertThat(naming(after.openedBy().asPractitioner())).containsExactly(w.round);

    String json = ForumJson.write(w.sdk.consultations().get(Actor.system(), w.round));
    for (PractitionerId p : erased) {
      assertThat(naming(p)).as("no round names the erased").isEmpty();
      assertThat(json).doesNotContain(p.value());
      assertThatThrownBy(() -> w.sdk.privacy().export(admin, p))
          .isInstanceOf(NotFoundException.class);
    }
    everythingStored()
        .ifPresent(
            text -> {
              for (PractitionerId p : erased) {
                assertThat(text)
                    .as("no column of any table, no stored record, names the erased")
                    .doesNotContain(p.value());
              }
            });
  }
}

package org.practitionersforum.core.internal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practitionersforum.core.internal.consultation.ConsultationFixture.ROUND;
import static org.practitionersforum.core.internal.consultation.ConsultationFixture.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.ResponseAgreement;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.privacy.ErasureReceipt;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ConsultationStore;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.spi.TransactionWork;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.core.internal.tx.CoreStoresOnly;

/**
 * Erasure and subject access of consultation rounds (SEC-3, CR-3) on the in-memory store: a
 * member's agreement to an agreed response is pseudonymised and the response still verifies, an
 * agreement to a draft is removed, the rounds a manager opened name the token; nothing stored, and
 * no event or audit record of the erasure, names the person; the export lists the records before
 * and nothing after.
 */
class ConsultationErasureTest {
  private static final Actor ADMIN = Actor.administrator(TermsFixture.ADMIN);

  private final ConsultationFixture c = new ConsultationFixture();
  private final ResponseContent agreedContent = content(2);
  private final ResponseContent draftContent = content(1);
  private PractitionerId agreedMember;
  private PractitionerId draftMember;
  private PractitionerId manager;

  @BeforeEach
  void answered() {
    manager = ConsultationFixture.MANAGER.asPractitioner();
    c.sdk
        .practitioners()
        .register(
            ADMIN,
            PractitionerProfile.builder()
                .id(manager)
                .discipline(org.practitionersforum.api.practitioner.Discipline.SOCIAL_WORK)
                .specialism(Specialism.ADULTS)
                .base(TermsFixture.BASE)
                .organisation(TermsFixture.ORG)
                .locality(TermsFixture.LOCALITY)
                .build());
    c.open();
    c.answer(c.forum1, agreedContent);
    c.sdk.consultations().respond(c.member(c.forum2, 0), ROUND, c.forum2, draftContent);
    for (int i = 0; i < 2; i++) {
      c.sdk.consultations().agree(c.member(c.forum2, i), ROUND, c.forum2, draftContent.hash());
    }
    agreedMember = c.members(c.forum1).get(2);
    draftMember = c.members(c.forum2).get(1);
  }

  private List<ConsultationRound> naming(PractitionerId p) {
    return c.f.storage.inTransaction(
        tx -> ((ConsultationTransaction) tx).consultations().findNaming(p.asPerson()));
  }

  private JsonNode consultationSection(PractitionerId p) throws Exception {
    return ForumJson.mapper().readTree(c.sdk.privacy().export(ADMIN, p)).get("consultation");
  }

  /**
   * What the export's step lists for an id, read directly: also for an id the SDK has forgotten.
   */
  private JsonNode stepExport(PractitionerId p) {
    ObjectNode out = ForumJson.mapper().createObjectNode();
    c.f.storage.inTransaction(
        tx -> {
          new ConsultationErasure().export(tx, p, out);
          return null;
        });
    return out.get("consultation").get("rounds");
  }

  @Test
  void theExportListsEveryRoundThatNamesThePersonAndWhy() throws Exception {
    JsonNode agreed = consultationSection(agreedMember);
    assertThat(agreed.get("why").asText()).contains("CR-3").contains("pseudonym");
    assertThat(agreed.get("rounds")).hasSize(1);
    JsonNode round = agreed.get("rounds").get(0);
    assertThat(round.get("round").asText()).isEqualTo(ROUND.value());
    assertThat(round.get("openedByYou").asBoolean()).isFalse();
    assertThat(round.get("agreements")).hasSize(1);
    assertThat(round.get("agreements").get(0).get("forum").asText()).isEqualTo(c.forum1.value());
    assertThat(round.get("agreements").get(0).get("responseState").asText()).isEqualTo("AGREED");
    assertThat(round.get("agreements").get(0).get("contentHash").asText())
        .isEqualTo(agreedContent.hash().value());

    JsonNode draft = consultationSection(draftMember).get("rounds").get(0);
    assertThat(draft.get("agreements").get(0).get("responseState").asText()).isEqualTo("DRAFT");

    JsonNode opened = consultationSection(manager).get("rounds").get(0);
    assertThat(opened.get("openedByYou").asBoolean()).isTrue();
    assertThat(opened.get("agreements")).isEmpty();

    String text = c.sdk.privacy().export(ADMIN, agreedMember);
    for (PractitionerId other : c.members(c.forum1)) {
      if (!other.equals(agreedMember)) {
        assertThat(text).as("other members' ids are theirs").doesNotContain(other.value() + "\"");
      }
    }
    assertThat(consultationSection(c.members(c.forum2).get(3)).get("rounds"))
        .as("a member who agreed nothing is named in no round")
        .isEmpty();
  }

  @Test
  void erasurePseudonymisesAnAgreementToAnAgreedResponseWhichStillVerifies() throws Exception {
    ConsultationRound before = c.stored();
    assertThat(naming(agreedMember)).containsExactly(before);

    ErasureReceipt receipt = c.sdk.privacy().erase(ADMIN, agreedMember);

    assertThat(receipt.pseudonymised(ErasureCategory.CONSULTATION_AGREEMENT)).isEqualTo(1);
    assertThat(receipt.removed(ErasureCategory.CONSULTATION_DRAFT_AGREEMENT)).isZero();
    assertThat(receipt.pseudonymised(ErasureCategory.CONSULTATION_ROUND_OPENER)).isZero();
    assertThat(receipt.toString()).doesNotContain(agreedMember.value());
    ConsultationRound after = c.stored();
    ForumResponse response = after.response(c.forum1).orElseThrow();
    assertThat(response.state()).isEqualTo(ResponseState.AGREED);
    assertThat(response.content()).isEqualTo(agreedContent);
    assertThat(response.hash()).isEqualTo(response.content().hash());
    assertThat(response.agreements()).hasSize(4);
    assertThat(response.agreements()).allMatch(a -> a.hash().equals(response.content().hash()));
    assertThat(response.agreedAt()).isEqualTo(before.response(c.forum1).orElseThrow().agreedAt());
    List<PersonId> parties = response.agreements().stream().map(ResponseAgreement::party).toList();
    assertThat(parties).doesNotContain(agreedMember.asPerson());
    PersonId token =
        parties.stream().filter(p -> p.value().startsWith("erased:")).findFirst().orElseThrow();
    assertThat(after.recommendations()).isEqualTo(before.recommendations());
    assertThat(naming(agreedMember)).isEmpty();
    assertThat(naming(token.asPractitioner())).containsExactly(after);
    assertThat(stepExport(agreedMember)).isEmpty();
    assertThatThrownBy(() -> c.sdk.privacy().export(ADMIN, agreedMember))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void erasureRemovesAnAgreementToADraftAndTheDraftWaitsForTheOthers() {
    ErasureReceipt receipt = c.sdk.privacy().erase(ADMIN, draftMember);

    assertThat(receipt.removed(ErasureCategory.CONSULTATION_DRAFT_AGREEMENT)).isEqualTo(1);
    assertThat(receipt.pseudonymised(ErasureCategory.CONSULTATION_AGREEMENT)).isZero();
    ForumResponse draft = c.stored().response(c.forum2).orElseThrow();
    assertThat(draft.state()).isEqualTo(ResponseState.DRAFT);
    assertThat(draft.content()).isEqualTo(draftContent);
    assertThat(draft.agreements())
        .extracting(ResponseAgreement::party)
        .containsExactly(c.members(c.forum2).get(0).asPerson());
    assertThat(naming(draftMember)).isEmpty();
    assertThat(stepExport(draftMember)).isEmpty();
  }

  @Test
  void erasurePseudonymisesTheManagerWhoOpenedTheRound() {
    ConsultationRound before = c.stored();
    ErasureReceipt receipt = c.sdk.privacy().erase(ADMIN, manager);

    assertThat(receipt.pseudonymised(ErasureCategory.CONSULTATION_ROUND_OPENER)).isEqualTo(1);
    ConsultationRound after = c.stored();
    assertThat(after.openedBy().value()).startsWith("erased:");
    assertThat(after.responses()).isEqualTo(before.responses());
    assertThat(after.topic()).isEqualTo(before.topic());
    assertThat(naming(manager)).isEmpty();
    assertThat(naming(after.openedBy().asPractitioner())).containsExactly(after);
  }

  @Test
  void aManagerKnownOnlyByTheRoundsTheyOpenedIsExportedAndErased() throws Exception {
    RoundId second = RoundId.of("round-2");
    Actor other = Actor.manager(ConsultationFixture.OTHER_MANAGER);
    c.sdk.consultations().open(other, c.request().id(second).build());
    PractitionerId id = ConsultationFixture.OTHER_MANAGER.asPractitioner();
    assertThatThrownBy(() -> c.sdk.practitioners().get(ADMIN, id))
        .as("no profile")
        .isInstanceOf(NotFoundException.class);

    JsonNode rounds = consultationSection(id).get("rounds");
    assertThat(rounds).hasSize(1);
    assertThat(rounds.get(0).get("round").asText()).isEqualTo(second.value());
    assertThat(rounds.get(0).get("openedByYou").asBoolean()).isTrue();

    ErasureReceipt receipt = c.sdk.privacy().erase(ADMIN, id);

    assertThat(receipt.pseudonymised(ErasureCategory.CONSULTATION_ROUND_OPENER)).isEqualTo(1);
    assertThat(naming(id)).isEmpty();
    assertThat(String.join("\n", c.f.storage.everythingAsJson())).doesNotContain(id.value());
    assertThatThrownBy(() -> c.sdk.privacy().erase(ADMIN, id))
        .isInstanceOf(NotFoundException.class)
        .hasMessageStartingWith("SEC-3");
    assertThatThrownBy(() -> c.sdk.privacy().export(ADMIN, id))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void nothingStoredAndNoEventOrAuditRecordOfTheErasureNamesThePerson() {
    List<PractitionerId> erased = List.of(agreedMember, draftMember, manager);
    for (PractitionerId p : erased) {
      assertThat(String.join("\n", c.f.storage.everythingAsJson())).contains(p.value());
    }
    int eventsBefore = c.f.events.size();
    for (PractitionerId p : erased) {
      c.sdk.privacy().erase(ADMIN, p);
    }
    List<ForumEvent> raised = new ArrayList<>(c.f.events.subList(eventsBefore, c.f.events.size()));
    String stored = String.join("\n", c.f.storage.everythingAsJson());
    for (PractitionerId p : erased) {
      assertThat(stored).as("no stored record names the erased").doesNotContain(p.value());
      assertThat(
              c.sdk.audit().query(ADMIN, AuditQuery.all().actor(p.asPerson()).limit(500)).records())
          .isEmpty();
      for (ForumEvent e : raised) {
        assertThat(ForumJson.write(e)).doesNotContain(p.value());
        assertThat(e.toString()).doesNotContain(p.value());
      }
    }
    ConsultationRound round = c.stored();
    assertThat(round.people()).noneMatch(p -> erased.contains(p.asPractitioner()));
  }

  @Test
  void aStoreThatCannotFindRoundsByPersonFailsTheErasureWholeAndChangesNothing() {
    ForumStorage partial =
        new ForumStorage() {
          @Override
          public <T> T inTransaction(TransactionWork<T> work) {
            return c.f.storage.inTransaction(tx -> work.execute(withOldRoundStore(tx)));
          }
        };
    ForumSdk sdk = ForumSdk.builder().storage(partial).clock(c.clock).build();
    List<String> before = c.f.storage.everythingAsJson();
    assertThatThrownBy(() -> sdk.privacy().erase(ADMIN, agreedMember))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("SEC-3");
    assertThat(c.f.storage.everythingAsJson()).isEqualTo(before);
  }

  /** The unit of work with a round store written before {@code findNaming} existed. */
  private static StorageTransaction withOldRoundStore(StorageTransaction tx) {
    ConsultationStore full = ((ConsultationTransaction) tx).consultations();
    ConsultationStore old =
        new ConsultationStore() {
          @Override
          public java.util.Optional<ConsultationRound> find(
              org.practitionersforum.api.consultation.RoundId id) {
            return full.find(id);
          }

          @Override
          public ConsultationRound insert(ConsultationRound round) {
            return full.insert(round);
          }

          @Override
          public ConsultationRound update(ConsultationRound round) {
            return full.update(round);
          }

          @Override
          public List<ConsultationRound> findUndisposed(
              org.practitionersforum.api.practitioner.OrganisationId organisation,
              java.time.LocalDate closedOnOrBefore) {
            return full.findUndisposed(organisation, closedOnOrBefore);
          }
        };
    return new OldRoundsTransaction(tx, old);
  }

  /** A unit of work whose round store is {@code rounds}; everything else is the delegate's. */
  private static final class OldRoundsTransaction extends CoreStoresOnly
      implements ConsultationTransaction {
    private final ConsultationStore rounds;

    OldRoundsTransaction(StorageTransaction tx, ConsultationStore rounds) {
      super(tx);
      this.rounds = rounds;
    }

    @Override
    public ConsultationStore consultations() {
      return rounds;
    }
  }
}

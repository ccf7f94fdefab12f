package org.practitionersforum.core.internal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.EngagementMetrics;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.ServiceId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.privacy.SuppressedCount;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ConsultationStore;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.EngagementTally;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.spi.TransactionWork;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.core.internal.tx.CoreStoresOnly;

/**
 * The service's side of the engagement metrics (CR-8): a store written before them refuses as a
 * whole, naming CR-8; a round's service and decision date are kept; a manager's figures show small
 * numbers suppressed; an invalid service id is refused before anything is stored. The figures
 * themselves are checked against an independent count on every store by the storage suite.
 */
class EngagementMetricsTest {
  private final ConsultationFixture c = new ConsultationFixture();

  @Test
  void aRoundKeepsItsServiceAndDecisionDateAndCountsWhenOpenedOnIt() {
    ConsultationRound r =
        c.sdk
            .consultations()
            .open(
                c.manager,
                c.request()
                    .service(ServiceId.of("district-nursing"))
                    .decisionDueOn(c.today())
                    .build());

    assertThat(r.service()).contains(ServiceId.of("district-nursing"));
    assertThat(r.decisionDueOn()).contains(c.today());
    assertThat(r.openedAfterDecision()).isTrue();
    assertThat(c.stored()).isEqualTo(r);
    EngagementMetrics m =
        c.sdk.consultations().metrics(c.manager, TermsFixture.ORG, c.today(), c.today());
    assertThat(m.byManager())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.manager()).isEqualTo(ConsultationFixture.MANAGER);
              assertThat(e.figures().rounds()).isEqualTo(SuppressedCount.of(1, 5));
              assertThat(e.figures().rounds().toString()).isEqualTo("fewer than 5");
              assertThat(e.figures().shareAdopted()).isEmpty();
            });
  }

  @Test
  void aRoundWithoutADecisionDateOrOneAfterItsOpeningIsNotCountedLate() {
    assertThat(c.open().openedAfterDecision()).isFalse();
    ConsultationRound later =
        c.sdk
            .consultations()
            .open(
                c.manager,
                c.request().id(RoundId.of("round-2")).decisionDueOn(c.today().plusDays(1)).build());
    assertThat(later.openedAfterDecision()).isFalse();
  }

  @Test
  void aServiceIdFollowsTheIdentifierPolicy() {
    assertThatThrownBy(() -> ServiceId.of(" padded")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ServiceId.of("two\nlines")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ServiceId.of("x".repeat(201)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aTallyWhosePartsExceedTheirWholeIsRefused() {
    assertThatThrownBy(
            () -> new EngagementTally(1, 2, 0, 0, 0, 0, 0, 0, java.util.OptionalDouble.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-8");
    assertThatThrownBy(
            () -> new EngagementTally(1, 0, 0, 3, 2, 1, 2, 0, java.util.OptionalDouble.empty()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aStoreWrittenBeforeTheMetricsRefusesThemNamingCr8() {
    c.open();
    ForumStorage partial =
        new ForumStorage() {
          @Override
          public <T> T inTransaction(TransactionWork<T> work) {
            return c.f.storage.inTransaction(tx -> work.execute(withOldRoundStore(tx)));
          }
        };
    ForumSdk sdk = ForumSdk.builder().storage(partial).clock(c.clock).build();
    assertThatThrownBy(
            () ->
                sdk.consultations()
                    .metrics(c.manager, TermsFixture.ORG, c.today(), c.today().plusDays(1)))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("CR-8")
        .satisfies(e -> assertThat(((StorageException) e).retryable()).isFalse());
    // The same store still does everything else.
    assertThat(sdk.consultations().get(Actor.system(), ConsultationFixture.ROUND).id())
        .isEqualTo(ConsultationFixture.ROUND);
  }

  /** The unit of work with a round store written before {@code engagement} existed. */
  private static StorageTransaction withOldRoundStore(StorageTransaction tx) {
    ConsultationStore full = ((ConsultationTransaction) tx).consultations();
    ConsultationStore old =
        new ConsultationStore() {
          @Override
          public Optional<ConsultationRound> find(RoundId id) {
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
              OrganisationId organisation, LocalDate closedOnOrBefore) {
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

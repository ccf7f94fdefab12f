package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.EngagementFigures;
import org.practitionersforum.api.consultation.EngagementMetrics;
import org.practitionersforum.api.consultation.ManagerEngagement;
import org.practitionersforum.api.consultation.Purpose;
import org.practitionersforum.api.consultation.Recommendation;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundRequest;
import org.practitionersforum.api.consultation.ServiceEngagement;
import org.practitionersforum.api.consultation.ServiceId;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.SuppressedCount;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.EngagementTallies;
import org.practitionersforum.api.spi.EngagementTally;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.testkit.ConsultationGenerators;
import org.practitionersforum.testkit.TestClock;

/**
 * The contract of the engagement metrics (CR-8) on the storage under test: the store's figures per
 * manager and per service equal an independent count over generated rounds, after inserts and after
 * updates (a disposition, a manager's pseudonym); the service shows every count below the
 * organisation's threshold as "fewer than" it and no share or median over fewer recommendations;
 * the round's service and decision date, a short window and an opening after the decision date
 * count against the manager; an erased manager stays counted under the pseudonym and nothing names
 * them; bad input and outsiders are refused. Skipped for a storage that keeps no rounds.
 */
public interface EngagementMetricsContract extends ErasureContract {

  /**
   * Returns how many generated data sets the property tries; a slow store may lower it.
   *
   * @return the number of examples
   */
  default int engagementExamples() {
    return 6;
  }

  /** Runs work on the consultation part of a unit of work; skips on a storage without it. */
  private <T> T roundsOf(Function<ConsultationTransaction, T> work) {
    return storage()
        .inTransaction(
            tx -> {
              assumeTrue(tx instanceof ConsultationTransaction, "this storage keeps no rounds");
              return work.apply((ConsultationTransaction) tx);
            });
  }

  /** A generated data set in a namespace of its own: three managers, three services. */
  private static ConsultationGenerators.Space space(String ns) {
    return ConsultationGenerators.Space.of(
        OrganisationId.of(ns + "org"),
        List.of(PersonId.of(ns + "m1"), PersonId.of(ns + "m2"), PersonId.of(ns + "m3")),
        List.of(ServiceId.of(ns + "s1"), ServiceId.of(ns + "s2"), ServiceId.of(ns + "s3")),
        LocalDate.of(2026, 1, 5),
        120);
  }

  private List<ConsultationRound> generate(long seed, String ns, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    ConsultationGenerators.Space space = space(ns);
    List<ConsultationRound> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(ConsultationGenerators.round(random, RoundId.of(ns + "r" + i), space));
    }
    return out;
  }

  private List<ConsultationRound> insert(List<ConsultationRound> rounds) {
    return roundsOf(tx -> rounds.stream().map(r -> tx.consultations().insert(r)).toList());
  }

  /**
   * Over generated rounds, the store's figures equal an independent count, for the whole span and a
   * part of it, after inserting the rounds and after updating them.
   */
  @Test
  default void engagementMetricsAgreeWithAnIndependentCount() {
    roundsOf(tx -> true);
    qt().withExamples(engagementExamples())
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String ns = StorageFixtures.namespace();
              OrganisationId org = OrganisationId.of(ns + "org");
              List<ConsultationRound> stored = insert(generate(seed, ns, 16));
              LocalDate first = LocalDate.of(2026, 1, 5);
              LocalDate overdueBy = first.plusDays(80);
              compare(org, stored, first, first.plusDays(200), overdueBy);
              compare(org, stored, first.plusDays(30), first.plusDays(90), overdueBy);
              // Updates: every first undisposed recommendation adopted 3 days after the close
              // date; the first manager's rounds renamed as erasure renames them.
              PersonId renamed = PersonId.of(ns + "erased-token");
              List<ConsultationRound> updated =
                  roundsOf(
                      tx ->
                          stored.stream()
                              .map(r -> tx.consultations().update(changed(r, ns, renamed)))
                              .toList());
              compare(org, updated, first, first.plusDays(200), overdueBy);
              compare(org, updated, first.plusDays(10), first.plusDays(60), first.plusDays(200));
            });
  }

  private static ConsultationRound changed(ConsultationRound r, String ns, PersonId renamed) {
    ConsultationRound.Builder b = ConsultationRound.builder().from(r);
    if (r.openedBy().equals(PersonId.of(ns + "m1"))) {
      b.openedBy(renamed);
    }
    List<Recommendation> recs = new ArrayList<>(r.recommendations());
    for (int i = 0; i < recs.size(); i++) {
      if (!recs.get(i).disposed()) {
        recs.set(
            i,
            Recommendation.builder()
                .from(recs.get(i))
                .disposition(Disposition.adopted())
                .disposedAt(r.closesOn().plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant())
                .build());
        break;
      }
    }
    return b.recommendations(recs).build();
  }

  private void compare(
      OrganisationId org,
      List<ConsultationRound> rounds,
      LocalDate from,
      LocalDate to,
      LocalDate overdueBy) {
    EngagementTallies expected = EngagementOracle.tallies(rounds, from, to, overdueBy);
    EngagementTallies actual =
        roundsOf(tx -> tx.consultations().engagement(org, from, to, overdueBy));
    assertThat(actual.byManager()).isEqualTo(expected.byManager());
    assertThat(actual.byService()).isEqualTo(expected.byService());
  }

  /**
   * Through the service, every figure is the independent count as suppressed: no count below the
   * threshold is shown exactly, and no share or median over fewer recommendations than it is shown.
   */
  @Test
  default void engagementMetricsShowNoSmallNumber() {
    roundsOf(tx -> true);
    String ns = StorageFixtures.namespace();
    OrganisationId org = OrganisationId.of(ns + "org");
    List<ConsultationRound> stored = insert(generate(ns.hashCode(), ns, 40));
    TestClock clock =
        new TestClock(LocalDate.of(2026, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    for (int threshold : List.of(5, 12)) {
      ForumSdk sdk =
          ForumSdk.builder()
              .storage(storage())
              .clock(clock)
              .consultationSettings(
                  org, ConsultationSettings.DEFAULT.withSuppressionThreshold(threshold))
              .build();
      LocalDate from = LocalDate.of(2026, 1, 1);
      LocalDate to = LocalDate.of(2026, 12, 31);
      EngagementMetrics shown =
          sdk.consultations().metrics(Actor.administrator(PersonId.of("admin")), org, from, to);
      EngagementTallies exact =
          EngagementOracle.tallies(stored, from, to, LocalDate.of(2026, 7, 1).minusDays(85));
      assertThat(shown.asOf()).isEqualTo(LocalDate.of(2026, 7, 1));
      assertThat(shown.suppressionThreshold()).isEqualTo(threshold);
      assertThat(shown.byManager())
          .extracting(ManagerEngagement::manager)
          .containsExactlyElementsOf(exact.byManager().keySet());
      assertThat(shown.byService())
          .extracting(ServiceEngagement::service)
          .containsExactlyElementsOf(exact.byService().keySet());
      List<EngagementFigures> figures = new ArrayList<>();
      List<EngagementTally> tallies = new ArrayList<>();
      shown.byManager().forEach(m -> figures.add(m.figures()));
      shown.byService().forEach(s -> figures.add(s.figures()));
      tallies.addAll(exact.byManager().values());
      tallies.addAll(exact.byService().values());
      boolean suppressedSome = false;
      for (int i = 0; i < figures.size(); i++) {
        EngagementFigures f = figures.get(i);
        EngagementTally t = tallies.get(i);
        assertThat(f).isEqualTo(EngagementOracle.shown(t, threshold));
        long[] counts = {
          t.rounds(), t.openedAfterDecision(), t.shortWindow(), t.recommendations(), t.overdue()
        };
        SuppressedCount[] seen = {
          f.rounds(),
          f.openedAfterDecision(),
          f.shortWindow(),
          f.recommendations(),
          f.overdueDispositions()
        };
        for (int c = 0; c < counts.length; c++) {
          assertThat(seen[c].suppressed()).isEqualTo(counts[c] < threshold);
          suppressedSome |= seen[c].suppressed();
          if (counts[c] < threshold) {
            assertThat(seen[c].value()).isEmpty();
            assertThat(seen[c].toString()).isEqualTo("fewer than " + threshold);
          }
        }
        if (t.disposed() < threshold) {
          assertThat(f.medianDaysToDisposition()).isEmpty();
          assertThat(f.shareAdopted()).isEmpty();
        }
        if (t.adopted() < threshold) {
          assertThat(f.shareImplemented()).isEmpty();
        }
      }
      assertThat(suppressedSome).as("the data set has small numbers to suppress").isTrue();
    }
  }

  /**
   * Rounds opened through the service keep their service and decision date; a short window and an
   * opening on or after the decision date count against the manager; once the manager is erased,
   * their rounds count under the pseudonym and nothing shown or stored names them.
   */
  @Test
  default void engagementMetricsCountRoundFactsAndKeepAnErasedManagerPseudonymous() {
    roundsOf(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(storage())
            .clock(w.clock)
            .consultationSettings(w.org, ConsultationSettings.DEFAULT.withSuppressionThreshold(2))
            .build();
    PractitionerId manager = w.registerManager();
    ServiceId service = ServiceId.of(w.ns + "community-nursing");
    LocalDate today = w.today();
    List<ConsultationRound> opened =
        IntStream.range(0, 3)
            .mapToObj(
                i -> {
                  RoundRequest.Builder b =
                      RoundRequest.builder()
                          .id(RoundId.of(w.ns + "facts-" + i))
                          .organisation(w.org)
                          .topic("Night visits")
                          .purpose(Purpose.PLANNING)
                          .addQuestions("What would help?")
                          .addInvitedForums(w.forumA)
                          .opensOn(today)
                          .formative(true)
                          .service(service);
                  if (i < 2) {
                    // Opened on its decision date, with a short window and its reason.
                    b.closesOn(today.plusDays(14))
                        .shortWindowReason("The board meets in two weeks.")
                        .decisionDueOn(today);
                  } else {
                    b.closesOn(today.plusDays(42)).decisionDueOn(today.plusDays(90));
                  }
                  return sdk.consultations().open(w.manager, b.build());
                })
            .toList();
    assertThat(opened.get(0).service()).contains(service);
    assertThat(opened.get(0).decisionDueOn()).contains(today);
    assertThat(opened.get(0).openedAfterDecision()).isTrue();
    assertThat(opened.get(2).openedAfterDecision()).isFalse();
    assertThat(sdk.consultations().get(Actor.system(), opened.get(2).id()).decisionDueOn())
        .contains(today.plusDays(90));

    EngagementMetrics before = sdk.consultations().metrics(w.manager, w.org, today, today);
    assertThat(before.byManager()).hasSize(1);
    EngagementFigures mine = before.byManager().get(0).figures();
    assertThat(before.byManager().get(0).manager()).isEqualTo(w.manager.person());
    assertThat(mine.rounds()).isEqualTo(SuppressedCount.of(3, 2));
    assertThat(mine.openedAfterDecision()).isEqualTo(SuppressedCount.of(2, 2));
    assertThat(mine.shortWindow()).isEqualTo(SuppressedCount.of(2, 2));
    assertThat(before.byService()).extracting(ServiceEngagement::service).containsExactly(service);
    assertThat(before.byService().get(0).figures()).isEqualTo(mine);

    sdk.privacy().erase(Actor.administrator(PersonId.of("admin")), manager);

    EngagementMetrics after =
        sdk.consultations().metrics(Actor.administrator(PersonId.of("admin")), w.org, today, today);
    assertThat(after.byManager()).hasSize(1);
    assertThat(after.byManager().get(0).manager().value()).startsWith("erased:");
    assertThat(after.byManager().get(0).figures()).isEqualTo(mine);
    assertThat(after.toString()).doesNotContain(manager.value());
    assertThat(ForumJson.write(after)).doesNotContain(manager.value());
    everythingStored()
        .ifPresent(
            text ->
                assertThat(text)
                    .as("no column of any table names the erased manager")
                    .doesNotContain(manager.value()));
  }

  /**
   * A reversed or too long period, a missing argument, and a reader who is neither a manager nor an
   * administrator are refused with typed errors naming CR-8.
   */
  @Test
  default void engagementMetricsRefuseBadInputAndOutsiders() {
    roundsOf(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    w.open();
    LocalDate today = w.today();
    var rounds = w.sdk.consultations();
    assertThatThrownBy(() -> rounds.metrics(w.manager, w.org, today, today.minusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-8");
    assertThatThrownBy(() -> rounds.metrics(w.manager, w.org, today, today.plusYears(11)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-8");
    assertThatThrownBy(() -> rounds.metrics(w.manager, null, today, today))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> rounds.metrics(w.manager, w.org, null, today))
        .isInstanceOf(InvalidInputException.class);
    for (Actor outsider :
        List.of(
            Actor.practitioner(w.membersA.get(0)),
            Actor.facilitator(PersonId.of(w.ns + "facilitator")),
            Actor.reviewer(PersonId.of(w.ns + "reviewer")))) {
      assertThatThrownBy(() -> rounds.metrics(outsider, w.org, today, today))
          .isInstanceOf(PermissionDeniedException.class)
          .satisfies(e -> assertThat(((PermissionDeniedException) e).rule()).isEqualTo("CR-8"));
    }
    assertThat(rounds.metrics(w.manager, w.org, today, today).byManager()).hasSize(1);
  }
}

package org.practitionersforum.core.internal.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.practitionersforum.api.consultation.EngagementFigures;
import org.practitionersforum.api.consultation.EngagementMetrics;
import org.practitionersforum.api.consultation.ManagerEngagement;
import org.practitionersforum.api.consultation.ServiceEngagement;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.privacy.SuppressedCount;
import org.practitionersforum.api.spi.EngagementTallies;
import org.practitionersforum.api.spi.EngagementTally;

/**
 * Engagement metrics as they are shown (CR-8): a store's exact tallies with every count below the
 * threshold suppressed, and every share or median over fewer recommendations than the threshold
 * left out. The exact numbers go no further than this class. Stateless.
 */
final class Engagement {
  /** The longest period the metrics cover, in years. */
  static final int MAX_YEARS = 10;

  private Engagement() {}

  /** The metrics shown for the tallies. */
  static EngagementMetrics shown(
      OrganisationId organisation,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      int threshold,
      EngagementTallies tallies) {
    List<ManagerEngagement> managers = new ArrayList<>();
    tallies
        .byManager()
        .forEach((m, t) -> managers.add(new ManagerEngagement(m, figures(t, threshold))));
    List<ServiceEngagement> services = new ArrayList<>();
    tallies
        .byService()
        .forEach((s, t) -> services.add(new ServiceEngagement(s, figures(t, threshold))));
    return new EngagementMetrics(organisation, from, to, asOf, threshold, managers, services);
  }

  /** One group's figures as shown. */
  static EngagementFigures figures(EngagementTally t, int threshold) {
    boolean enoughDisposed = t.disposed() >= threshold;
    return new EngagementFigures(
        SuppressedCount.of(t.rounds(), threshold),
        SuppressedCount.of(t.openedAfterDecision(), threshold),
        SuppressedCount.of(t.shortWindow(), threshold),
        SuppressedCount.of(t.recommendations(), threshold),
        SuppressedCount.of(t.overdue(), threshold),
        enoughDisposed ? t.medianDaysToDisposition() : OptionalDouble.empty(),
        enoughDisposed ? share(t.adopted(), t.disposed()) : OptionalDouble.empty(),
        t.adopted() >= threshold ? share(t.implemented(), t.adopted()) : OptionalDouble.empty());
  }

  private static OptionalDouble share(long part, long whole) {
    return OptionalDouble.of((double) part / whole);
  }
}

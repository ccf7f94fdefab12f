package org.practitionersforum.api.consultation;

import java.time.LocalDate;
import java.util.List;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * An organisation's engagement metrics over a period (CR-8): per manager and per service, over the
 * rounds whose open date falls in the period, with small numbers suppressed as {@link
 * EngagementFigures} says. Computed by the storage, in the database where there is one.
 *
 * @param organisation the organisation
 * @param from the first open date counted
 * @param to the last open date counted
 * @param asOf the date dispositions are counted overdue on
 * @param suppressionThreshold the organisation's threshold the figures were suppressed with
 * @param byManager the figures per manager, in ascending order of person id
 * @param byService the figures per service, in ascending order of service id; a round that names no
 *     service counts for its manager only
 */
public record EngagementMetrics(
    OrganisationId organisation,
    LocalDate from,
    LocalDate to,
    LocalDate asOf,
    int suppressionThreshold,
    List<ManagerEngagement> byManager,
    List<ServiceEngagement> byService) {

  /**
   * Creates the metrics, copying the lists.
   *
   * @param organisation the organisation
   * @param from the first open date counted
   * @param to the last open date counted
   * @param asOf the date dispositions are counted overdue on
   * @param suppressionThreshold the threshold
   * @param byManager the figures per manager
   * @param byService the figures per service
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public EngagementMetrics {
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(from, "first date");
    Checks.notNull(to, "last date");
    Checks.notNull(asOf, "date");
    byManager = List.copyOf(Checks.notNull(byManager, "figures per manager"));
    byService = List.copyOf(Checks.notNull(byService, "figures per service"));
  }
}

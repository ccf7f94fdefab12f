package org.practitionersforum.api.consultation;

import org.practitionersforum.api.internal.Checks;

/**
 * One service's engagement figures (CR-8): over the rounds that name it, whichever manager opened
 * them.
 *
 * @param service the service
 * @param figures the figures
 */
public record ServiceEngagement(ServiceId service, EngagementFigures figures) {

  /**
   * Creates the entry.
   *
   * @param service the service
   * @param figures the figures
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public ServiceEngagement {
    Checks.notNull(service, "service");
    Checks.notNull(figures, "figures");
  }
}

package org.practitionersforum.api.consultation;

import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * One manager's engagement figures (CR-8). The manager is named only by the person id the rounds
 * hold: after the manager's erasure (SEC-3) that is the erasure's pseudonym, under which their
 * rounds still count.
 *
 * @param manager the manager's person id, or pseudonym
 * @param figures the figures
 */
public record ManagerEngagement(PersonId manager, EngagementFigures figures) {

  /**
   * Creates the entry.
   *
   * @param manager the manager's person id, or pseudonym
   * @param figures the figures
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public ManagerEngagement {
    Checks.notNull(manager, "manager");
    Checks.notNull(figures, "figures");
  }
}

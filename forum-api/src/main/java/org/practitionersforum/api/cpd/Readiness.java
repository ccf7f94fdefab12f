package org.practitionersforum.api.cpd;

import java.util.List;
import org.practitionersforum.api.internal.Checks;

/**
 * How far a practitioner's evidence meets a regulator's requirements for a registration period
 * (CPD-1), as of a date.
 *
 * @param regulator the regulator's id
 * @param period the registration period
 * @param requirements each requirement, met or not, in the regulator's order
 * @param summary one plain-English line, such as {@code Social Work England 2025-26: 1 of 2 pieces,
 *     peer reflection yes, due 30 November 2026}
 */
public record Readiness(
    String regulator, RegistrationPeriod period, List<Requirement> requirements, String summary) {

  /**
   * Creates the readiness.
   *
   * @param regulator the regulator's id
   * @param period the registration period
   * @param requirements each requirement
   * @param summary one plain-English line
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or not valid
   */
  public Readiness {
    Checks.id(regulator, "regulator id");
    Checks.notNull(period, "registration period");
    requirements = List.copyOf(Checks.noNulls(requirements, "requirements"));
    Checks.text(summary, "readiness summary", 1_000);
    if (summary.indexOf('\n') >= 0) {
      throw new org.practitionersforum.api.InvalidInputException(
          "CPD-1: a readiness summary is one line");
    }
  }

  /**
   * Tells whether every requirement is met.
   *
   * @return true if the evidence meets them all
   */
  public boolean ready() {
    return requirements.stream().allMatch(Requirement::met);
  }
}

package org.practitionersforum.api.cpd;

import java.time.Duration;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * A practitioner's own grant of protected study time (CPD-3), replacing their organisation's
 * default. {@code toString()} names neither the practitioner nor the time.
 *
 * @param practitioner the practitioner
 * @param organisation the organisation that grants it, the practitioner's employer
 * @param grant the time granted a year, as {@link StudyTimePolicy#checkGrant} allows
 * @param version the stored version: 0 before it is first stored
 */
public record StudyTimeGrant(
    PractitionerId practitioner, OrganisationId organisation, Duration grant, long version) {

  /**
   * Creates the grant.
   *
   * @param practitioner the practitioner
   * @param organisation the organisation
   * @param grant the time granted a year
   * @param version the stored version
   * @throws InvalidInputException naming CPD-3 if the time is not valid or the version is negative,
   *     or if an argument is missing
   */
  public StudyTimeGrant {
    Checks.notNull(practitioner, "practitioner id");
    Checks.notNull(organisation, "organisation id");
    StudyTimePolicy.checkGrant(grant);
    if (version < 0) {
      throw new InvalidInputException("CPD-3: a grant's version is 0 or more");
    }
  }

  /**
   * Returns this grant at a version.
   *
   * @param version the version
   * @return the grant at that version
   */
  public StudyTimeGrant atVersion(long version) {
    return new StudyTimeGrant(practitioner, organisation, grant, version);
  }

  @Override
  public String toString() {
    return "StudyTimeGrant{version=" + version + "}";
  }
}

package org.practitionersforum.api.cpd;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * An organisation's protected study time (CPD-3): the time each of its practitioners is granted a
 * year unless they have a {@link StudyTimeGrant} of their own, and the month its year starts. Study
 * and reflective sessions a practitioner attended draw on it.
 *
 * @param organisation the organisation
 * @param defaultGrant the time granted a year to a practitioner with no grant of their own: zero to
 *     {@value #MAX_HOURS} hours, in whole minutes
 * @param yearStarts the month the organisation's year starts, on its first day (April for a UK
 *     financial year)
 * @param version the stored version: 0 before it is first stored
 */
public record StudyTimePolicy(
    OrganisationId organisation, Duration defaultGrant, Month yearStarts, long version) {

  /** The most hours a year an organisation may grant one practitioner. */
  public static final int MAX_HOURS = 2_000;

  /**
   * Creates the policy.
   *
   * @param organisation the organisation
   * @param defaultGrant the time granted a year
   * @param yearStarts the month the year starts
   * @param version the stored version
   * @throws InvalidInputException naming CPD-3 if the grant is negative, above {@value #MAX_HOURS}
   *     hours or not in whole minutes, or the version is negative; or if an argument is missing
   */
  public StudyTimePolicy {
    Checks.notNull(organisation, "organisation id");
    checkGrant(defaultGrant);
    Checks.notNull(yearStarts, "month the year starts");
    if (version < 0) {
      throw new InvalidInputException("CPD-3: a policy's version is 0 or more");
    }
  }

  /**
   * Returns a policy not yet stored.
   *
   * @param organisation the organisation
   * @param defaultGrant the time granted a year
   * @param yearStarts the month the year starts
   * @return the policy, at version 0
   * @throws InvalidInputException naming CPD-3 if the grant is not valid
   */
  public static StudyTimePolicy of(
      OrganisationId organisation, Duration defaultGrant, Month yearStarts) {
    return new StudyTimePolicy(organisation, defaultGrant, yearStarts, 0);
  }

  /**
   * Checks a grant of protected study time.
   *
   * @param grant the time granted a year
   * @return the grant
   * @throws InvalidInputException naming CPD-3 if it is missing, negative, above {@value
   *     #MAX_HOURS} hours or not in whole minutes
   */
  public static Duration checkGrant(Duration grant) {
    Checks.notNull(grant, "protected study time");
    if (grant.isNegative()
        || grant.compareTo(Duration.ofHours(MAX_HOURS)) > 0
        || grant.toSecondsPart() != 0
        || grant.toNanosPart() != 0) {
      throw new InvalidInputException(
          "CPD-3: protected study time is granted in whole minutes, from zero to "
              + MAX_HOURS
              + " hours a year");
    }
    return grant;
  }

  /**
   * Returns the organisation's year that a date falls in.
   *
   * @param date the date
   * @return the first and last days of the year, both inclusive
   */
  public StudyYear year(LocalDate date) {
    Checks.notNull(date, "date");
    LocalDate start = LocalDate.of(date.getYear(), yearStarts, 1);
    if (start.isAfter(date)) {
      start = start.minusYears(1);
    }
    return new StudyYear(start, start.plusYears(1).minusDays(1));
  }

  /**
   * Returns this policy at a version.
   *
   * @param version the version
   * @return the policy at that version
   */
  public StudyTimePolicy atVersion(long version) {
    return new StudyTimePolicy(organisation, defaultGrant, yearStarts, version);
  }
}

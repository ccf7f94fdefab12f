package org.practitionersforum.api.cpd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.practitionersforum.api.internal.Checks;

/**
 * A practitioner's own protected study time for a year (CPD-3): what they were granted, what the
 * study and reflective sessions they attended used, each moment counted once, and what remains.
 * Only the practitioner sees it.
 *
 * @param year the organisation's year
 * @param granted the time granted: their own grant, or their organisation's default
 * @param used the time of the study and reflective sessions attended in the year, none counted
 *     twice
 */
public record StudyTimeUse(StudyYear year, Duration granted, Duration used) {

  /**
   * Creates the use.
   *
   * @param year the year
   * @param granted the time granted
   * @param used the time used
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or a time is
   *     negative
   */
  public StudyTimeUse {
    Checks.notNull(year, "year");
    Checks.notNull(granted, "granted time");
    Checks.notNull(used, "used time");
    if (granted.isNegative() || used.isNegative()) {
      throw new org.practitionersforum.api.InvalidInputException(
          "CPD-3: granted and used study time are zero or more");
    }
  }

  /**
   * Returns the time remaining: granted less used, and zero once it is all used.
   *
   * @return the remaining time
   */
  public Duration remaining() {
    Duration left = granted.minus(used);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * Returns a duration in hours, to two decimal places.
   *
   * @param d the duration
   * @return the hours
   */
  public static BigDecimal hours(Duration d) {
    return BigDecimal.valueOf(d.toMinutes())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return "granted "
        + hours(granted)
        + " hours, used "
        + hours(used)
        + ", remaining "
        + hours(remaining());
  }
}

package org.practitionersforum.api.cpd;

import java.time.LocalDate;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * The registration period a practitioner's CPD counts towards (CPD-1): its first and last days and
 * the date the regulator expects the evidence.
 *
 * @param start the first day, inclusive
 * @param end the last day, inclusive
 * @param due the date the evidence is due: not before the start
 */
public record RegistrationPeriod(LocalDate start, LocalDate end, LocalDate due) {

  /**
   * Creates the period.
   *
   * @param start the first day, inclusive
   * @param end the last day, inclusive
   * @param due the date the evidence is due
   * @throws InvalidInputException naming CPD-1 if the period ends before it starts or is due before
   *     it starts, or if an argument is missing
   */
  public RegistrationPeriod {
    Checks.notNull(start, "start of the period");
    Checks.notNull(end, "end of the period");
    Checks.notNull(due, "due date");
    if (end.isBefore(start) || due.isBefore(start)) {
      throw new InvalidInputException(
          "CPD-1: a registration period ends, and is due, on or after its first day");
    }
  }

  /**
   * Tells whether a date lies within the period.
   *
   * @param date the date
   * @return true if it is on or after the start and on or before the end
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}

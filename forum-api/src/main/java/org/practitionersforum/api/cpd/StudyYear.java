package org.practitionersforum.api.cpd;

import java.time.LocalDate;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * An organisation's year of protected study time (CPD-3).
 *
 * @param start the first day, inclusive
 * @param end the last day, inclusive: not before the start
 */
public record StudyYear(LocalDate start, LocalDate end) {

  /**
   * Creates the year.
   *
   * @param start the first day
   * @param end the last day
   * @throws InvalidInputException naming CPD-3 if it ends before it starts, or an argument is
   *     missing
   */
  public StudyYear {
    Checks.notNull(start, "start of the year");
    Checks.notNull(end, "end of the year");
    if (end.isBefore(start)) {
      throw new InvalidInputException("CPD-3: a year of study time ends on or after its first day");
    }
  }
}

package org.practitionersforum.api.consultation;

import org.practitionersforum.api.InvalidInputException;

/**
 * An organisation's consultation settings: the shortest response window a round may have without a
 * recorded reason (CR-2), and how long after a round's close date its dispositions are due (CR-4).
 *
 * @param minimumWindowDays the shortest window, in days, from 1 to 366
 * @param dispositionDueDays the days after the close date by which dispositions are due, from 1 to
 *     366
 */
public record ConsultationSettings(int minimumWindowDays, int dispositionDueDays) {
  /** Four weeks' minimum window, dispositions due twelve weeks after the close date. */
  public static final ConsultationSettings DEFAULT = new ConsultationSettings(28, 84);

  /**
   * Creates the settings.
   *
   * @param minimumWindowDays the shortest window, in days, from 1 to 366
   * @param dispositionDueDays the days after the close date by which dispositions are due, from 1
   *     to 366
   * @throws InvalidInputException naming CR-2 or CR-4 if a number is out of range
   */
  public ConsultationSettings {
    if (minimumWindowDays < 1 || minimumWindowDays > 366) {
      throw new InvalidInputException("CR-2: the minimum window is 1 to 366 days");
    }
    if (dispositionDueDays < 1 || dispositionDueDays > 366) {
      throw new InvalidInputException("CR-4: dispositions fall due 1 to 366 days after closing");
    }
  }
}

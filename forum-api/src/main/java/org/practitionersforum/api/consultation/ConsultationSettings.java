package org.practitionersforum.api.consultation;

import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.privacy.SuppressedCount;

/**
 * An organisation's consultation settings.
 *
 * <pre>{@code
 * ConsultationSettings settings =
 *     ConsultationSettings.DEFAULT.withMinimumWindowDays(42).withEscalateAfterRepeats(2);
 * }</pre>
 *
 * @param minimumWindowDays the shortest response window, in days, a round may have without a
 *     recorded reason (CR-2), from 1 to 366
 * @param dispositionDueDays the days after a round's close date by which its dispositions are due
 *     (CR-4), from 1 to 366
 * @param escalateAfterRepeats how many times a recommendation may be raised again without being
 *     implemented before it escalates to the next tier (CR-6), from 1 to 100
 * @param suppressionThreshold the smallest count shown exactly in aggregates managers see (CR-3,
 *     CR-8); smaller counts are shown as "fewer than" it, from {@value
 *     SuppressedCount#MIN_THRESHOLD} to {@value SuppressedCount#MAX_THRESHOLD}
 * @param meetingsPerYear how many meetings with managers each forum is due a year when rounds run
 *     as meetings (CR-1), from 1 to 12
 * @param reportBackDays the days after a central meeting by which a forum's representative must
 *     report back to the forum (CR-7), from 1 to 366
 */
public record ConsultationSettings(
    int minimumWindowDays,
    int dispositionDueDays,
    int escalateAfterRepeats,
    int suppressionThreshold,
    int meetingsPerYear,
    int reportBackDays) {

  /**
   * Four weeks' minimum window, dispositions due twelve weeks after the close date, escalation at
   * the third repeat without implementation, counts below 5 suppressed, two meetings a year, and a
   * report back due within two weeks of a central meeting.
   */
  public static final ConsultationSettings DEFAULT = new ConsultationSettings(28, 84, 3, 5, 2, 14);

  /**
   * Creates the settings.
   *
   * @param minimumWindowDays the shortest window, in days, from 1 to 366
   * @param dispositionDueDays the days after the close date by which dispositions are due, from 1
   *     to 366
   * @param escalateAfterRepeats repeats without implementation before escalation, from 1 to 100
   * @param suppressionThreshold the smallest count shown exactly, from 2 to 100
   * @param meetingsPerYear meetings with managers due per forum a year, from 1 to 12
   * @param reportBackDays days after a central meeting by which a report back is due, from 1 to 366
   * @throws InvalidInputException naming the rule whose setting is out of range
   */
  public ConsultationSettings {
    range("CR-2: the minimum window", minimumWindowDays, 1, 366, "days");
    range("CR-4: the disposition period", dispositionDueDays, 1, 366, "days after closing");
    range("CR-6: the escalation point", escalateAfterRepeats, 1, 100, "repeats");
    SuppressedCount.checkThreshold(suppressionThreshold);
    range("CR-1: meetings with managers", meetingsPerYear, 1, 12, "times a year");
    range("CR-7: the report-back period", reportBackDays, 1, 366, "days after a meeting");
  }

  /**
   * Creates the settings with the given window and due period and the defaults for the rest.
   *
   * @param minimumWindowDays the shortest window, in days, from 1 to 366
   * @param dispositionDueDays the days after the close date by which dispositions are due, from 1
   *     to 366
   * @throws InvalidInputException naming CR-2 or CR-4 if a number is out of range
   */
  public ConsultationSettings(int minimumWindowDays, int dispositionDueDays) {
    this(minimumWindowDays, dispositionDueDays, 3, 5, 2, 14);
  }

  private static void range(String what, int value, int min, int max, String unit) {
    if (value < min || value > max) {
      throw new InvalidInputException(what + " must be " + min + " to " + max + " " + unit);
    }
  }

  /**
   * Returns a copy with another minimum window (CR-2).
   *
   * @param days the shortest window, from 1 to 366
   * @return the changed settings
   */
  public ConsultationSettings withMinimumWindowDays(int days) {
    return new ConsultationSettings(
        days,
        dispositionDueDays,
        escalateAfterRepeats,
        suppressionThreshold,
        meetingsPerYear,
        reportBackDays);
  }

  /**
   * Returns a copy with another period for dispositions (CR-4).
   *
   * @param days the days after closing, from 1 to 366
   * @return the changed settings
   */
  public ConsultationSettings withDispositionDueDays(int days) {
    return new ConsultationSettings(
        minimumWindowDays,
        days,
        escalateAfterRepeats,
        suppressionThreshold,
        meetingsPerYear,
        reportBackDays);
  }

  /**
   * Returns a copy with another escalation point (CR-6).
   *
   * @param repeats repeats without implementation before escalation, from 1 to 100
   * @return the changed settings
   */
  public ConsultationSettings withEscalateAfterRepeats(int repeats) {
    return new ConsultationSettings(
        minimumWindowDays,
        dispositionDueDays,
        repeats,
        suppressionThreshold,
        meetingsPerYear,
        reportBackDays);
  }

  /**
   * Returns a copy with another suppression threshold (CR-3, CR-8).
   *
   * @param threshold the smallest count shown exactly, from 2 to 100
   * @return the changed settings
   */
  public ConsultationSettings withSuppressionThreshold(int threshold) {
    return new ConsultationSettings(
        minimumWindowDays,
        dispositionDueDays,
        escalateAfterRepeats,
        threshold,
        meetingsPerYear,
        reportBackDays);
  }

  /**
   * Returns a copy with another number of meetings due a year (CR-1).
   *
   * @param meetings meetings per forum a year, from 1 to 12
   * @return the changed settings
   */
  public ConsultationSettings withMeetingsPerYear(int meetings) {
    return new ConsultationSettings(
        minimumWindowDays,
        dispositionDueDays,
        escalateAfterRepeats,
        suppressionThreshold,
        meetings,
        reportBackDays);
  }

  /**
   * Returns a copy with another period for reports back (CR-7).
   *
   * @param days days after a central meeting, from 1 to 366
   * @return the changed settings
   */
  public ConsultationSettings withReportBackDays(int days) {
    return new ConsultationSettings(
        minimumWindowDays,
        dispositionDueDays,
        escalateAfterRepeats,
        suppressionThreshold,
        meetingsPerYear,
        days);
  }
}

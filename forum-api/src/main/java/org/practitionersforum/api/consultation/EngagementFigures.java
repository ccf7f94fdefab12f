package org.practitionersforum.api.consultation;

import java.util.OptionalDouble;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.privacy.SuppressedCount;

/**
 * One manager's or one service's engagement figures over a period (CR-8), as anyone allowed to see
 * them sees them: every count below the organisation's suppression threshold is shown as "fewer
 * than" it, and a share or a median computed over fewer recommendations than the threshold is not
 * shown at all. {@code toString()} shows what is shown and nothing else.
 *
 * @param rounds the rounds opened in the period
 * @param openedAfterDecision those that opened on or after the date their decision was due
 * @param shortWindow those whose window was shorter than the organisation's minimum (CR-2)
 * @param recommendations the recommendations those rounds received from agreed responses
 * @param overdueDispositions those still without a published disposition past the date it was due
 *     (CR-4)
 * @param medianDaysToDisposition the median of the days from the round's close date to the
 *     publication of the disposition in force (0 for one published before the close date), over the
 *     disposed recommendations; empty when fewer than the threshold are disposed
 * @param shareAdopted the share, from 0 to 1, of the disposed recommendations that were adopted or
 *     adapted; empty when fewer than the threshold are disposed
 * @param shareImplemented the share, from 0 to 1, of the adopted or adapted recommendations whose
 *     last status change is implemented (CR-5); empty when fewer than the threshold were adopted or
 *     adapted
 */
public record EngagementFigures(
    SuppressedCount rounds,
    SuppressedCount openedAfterDecision,
    SuppressedCount shortWindow,
    SuppressedCount recommendations,
    SuppressedCount overdueDispositions,
    OptionalDouble medianDaysToDisposition,
    OptionalDouble shareAdopted,
    OptionalDouble shareImplemented) {

  /**
   * Creates the figures.
   *
   * @param rounds the rounds
   * @param openedAfterDecision the rounds opened after the decision date
   * @param shortWindow the rounds with a short window
   * @param recommendations the recommendations
   * @param overdueDispositions the overdue dispositions
   * @param medianDaysToDisposition the median days to disposition, or empty
   * @param shareAdopted the share adopted, or empty
   * @param shareImplemented the share implemented, or empty
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public EngagementFigures {
    Checks.notNull(rounds, "rounds");
    Checks.notNull(openedAfterDecision, "rounds opened after the decision date");
    Checks.notNull(shortWindow, "rounds with a short window");
    Checks.notNull(recommendations, "recommendations");
    Checks.notNull(overdueDispositions, "overdue dispositions");
    Checks.notNull(medianDaysToDisposition, "median days to disposition");
    Checks.notNull(shareAdopted, "share adopted");
    Checks.notNull(shareImplemented, "share implemented");
  }

  /**
   * Returns the figures on one line, as a reader sees them.
   *
   * @return for example {@code "rounds 12, opened after the decision date fewer than 5, ..."}
   */
  @Override
  public String toString() {
    return "rounds "
        + rounds
        + ", opened after the decision date "
        + openedAfterDecision
        + ", short window "
        + shortWindow
        + ", recommendations "
        + recommendations
        + ", overdue dispositions "
        + overdueDispositions
        + ", median days to disposition "
        + shown(medianDaysToDisposition, false)
        + ", share adopted "
        + shown(shareAdopted, true)
        + ", share implemented "
        + shown(shareImplemented, true);
  }

  private static String shown(OptionalDouble value, boolean share) {
    if (value.isEmpty()) {
      return "not shown";
    }
    double v = value.getAsDouble();
    return share ? Math.round(v * 100) + "%" : String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}

package org.practitionersforum.api.spi;

import java.util.OptionalDouble;
import org.practitionersforum.api.InvalidInputException;

/**
 * The exact engagement figures of one manager or one service over a period (CR-8), as a store
 * computes them: what the consultation service suppresses before anyone sees it. Never shown as it
 * is.
 *
 * @param rounds the rounds opened in the period
 * @param openedAfterDecision those of them that opened on or after their decision date
 * @param shortWindow those of them whose window was shorter than the organisation's minimum
 * @param recommendations the recommendations those rounds received
 * @param disposed those of them with a published disposition
 * @param adopted those disposed of as adopted or adapted
 * @param implemented those adopted or adapted whose last status change is implemented
 * @param overdue those with no published disposition whose round closed on or before the overdue
 *     date
 * @param medianDaysToDisposition the median, over the disposed recommendations, of the days from
 *     the round's close date to the day (UTC) the disposition in force was published, a disposition
 *     published before the close date counting as 0 days; the mean of the two middle values for an
 *     even number (as {@code PERCENTILE_CONT(0.5)}); empty when none is disposed
 */
public record EngagementTally(
    long rounds,
    long openedAfterDecision,
    long shortWindow,
    long recommendations,
    long disposed,
    long adopted,
    long implemented,
    long overdue,
    OptionalDouble medianDaysToDisposition) {

  /**
   * Creates the tally.
   *
   * @param rounds the rounds opened in the period
   * @param openedAfterDecision those opened on or after their decision date
   * @param shortWindow those with a short window
   * @param recommendations the recommendations received
   * @param disposed those disposed of
   * @param adopted those adopted or adapted
   * @param implemented those implemented
   * @param overdue those overdue
   * @param medianDaysToDisposition the median days to disposition, or empty
   * @throws InvalidInputException if a count is negative or a part exceeds its whole
   */
  public EngagementTally {
    if (medianDaysToDisposition == null) {
      throw new InvalidInputException("CR-8: the median is present or empty, never missing");
    }
    if (rounds < 0
        || openedAfterDecision < 0
        || openedAfterDecision > rounds
        || shortWindow < 0
        || shortWindow > rounds
        || recommendations < 0
        || disposed < 0
        || disposed > recommendations
        || adopted < 0
        || adopted > disposed
        || implemented < 0
        || implemented > adopted
        || overdue < 0
        || overdue > recommendations - disposed) {
      throw new InvalidInputException("CR-8: an engagement tally's parts fit within their wholes");
    }
  }
}

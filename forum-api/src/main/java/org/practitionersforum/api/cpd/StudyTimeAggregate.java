package org.practitionersforum.api.cpd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.privacy.SuppressedCount;

/**
 * Protected study time across a group of practitioners, a forum (team) or a base, for a year
 * (CPD-3): what managers see, and never anyone's own use. The number of practitioners is a {@link
 * SuppressedCount}: a group smaller than the organisation's threshold (5 unless it sets another) is
 * shown as "fewer than 5", and then no figure built from it is kept at all, so nothing holding this
 * value can reveal one person's use.
 *
 * @param scope what the group is, such as {@code forum forum-7} or {@code base base-north}
 * @param year the organisation's year
 * @param practitioners the number of practitioners in the group, suppressed below the threshold
 * @param granted the total time granted to them, or empty when suppressed
 * @param used the total time they used, or empty when suppressed
 */
public record StudyTimeAggregate(
    String scope,
    StudyYear year,
    SuppressedCount practitioners,
    Optional<Duration> granted,
    Optional<Duration> used) {

  /**
   * Creates the aggregate.
   *
   * @param scope what the group is
   * @param year the year
   * @param practitioners the suppressed number of practitioners
   * @param granted the total granted, present exactly when the number is not suppressed
   * @param used the total used, present exactly when the number is not suppressed
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-3 if a total is shown for a
   *     suppressed group or missing for a shown one, or if an argument is missing
   */
  public StudyTimeAggregate {
    Checks.text(scope, "scope", 500);
    Checks.notNull(year, "year");
    Checks.notNull(practitioners, "practitioners");
    Checks.notNull(granted, "granted time");
    Checks.notNull(used, "used time");
    if (practitioners.suppressed() == (granted.isPresent() || used.isPresent())
        || granted.isPresent() != used.isPresent()) {
      throw new org.practitionersforum.api.InvalidInputException(
          "CPD-3: totals are shown exactly when the number of practitioners is");
    }
  }

  /**
   * Builds the aggregate from exact totals, suppressing them if the group is small.
   *
   * @param scope what the group is
   * @param year the year
   * @param practitioners the exact number of practitioners
   * @param granted the exact total granted
   * @param used the exact total used
   * @param threshold the organisation's suppression threshold
   * @return the aggregate, keeping no figure of a group below the threshold
   */
  public static StudyTimeAggregate of(
      String scope,
      StudyYear year,
      long practitioners,
      Duration granted,
      Duration used,
      int threshold) {
    SuppressedCount count = SuppressedCount.of(practitioners, threshold);
    boolean shown = !count.suppressed();
    return new StudyTimeAggregate(
        scope,
        year,
        count,
        shown ? Optional.of(granted) : Optional.empty(),
        shown ? Optional.of(used) : Optional.empty());
  }

  /**
   * Returns the share of the granted time that was used, as a percentage to one decimal place.
   *
   * @return the share, or empty when suppressed or nothing was granted
   */
  public Optional<BigDecimal> shareUsed() {
    if (granted.isEmpty() || granted.get().isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(used.orElseThrow().toMinutes() * 100L)
            .divide(BigDecimal.valueOf(granted.get().toMinutes()), 1, RoundingMode.HALF_UP));
  }

  /**
   * Returns the aggregate as one plain-English line, such as {@code forum forum-7 2026-27: 6
   * practitioners, 120.00 of 180.00 hours used (66.7%)} or {@code ...: fewer than 5 practitioners}.
   *
   * @return the line
   */
  public String summary() {
    String head =
        scope
            + " "
            + year.start().getYear()
            + "-"
            + String.format("%02d", year.end().getYear() % 100)
            + ": "
            + practitioners
            + " practitioners";
    if (granted.isEmpty()) {
      return head;
    }
    return head
        + ", "
        + StudyTimeUse.hours(used.orElseThrow())
        + " of "
        + StudyTimeUse.hours(granted.get())
        + " hours used"
        + shareUsed().map(s -> " (" + s.toPlainString() + "%)").orElse("");
  }

  @Override
  public String toString() {
    return summary();
  }
}

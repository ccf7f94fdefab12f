package org.practitionersforum.api.spi;

import java.time.Duration;

/**
 * The exact protected study time totals of a group of practitioners (CPD-3), as a {@link
 * StudyTimeStore} computes them. The study time service suppresses them for a small group before
 * anyone sees them; they never leave the SDK as they are.
 *
 * @param practitioners the number of practitioners in the group
 * @param granted the total time granted to them
 * @param used the total time they used
 */
public record StudyTimeTotals(long practitioners, Duration granted, Duration used) {

  /**
   * Creates the totals.
   *
   * @param practitioners the number of practitioners, zero or more
   * @param granted the total granted
   * @param used the total used
   * @throws IllegalArgumentException if a figure is negative or missing
   */
  public StudyTimeTotals {
    if (practitioners < 0
        || granted == null
        || used == null
        || granted.isNegative()
        || used.isNegative()) {
      throw new IllegalArgumentException("study time totals are zero or more");
    }
  }
}

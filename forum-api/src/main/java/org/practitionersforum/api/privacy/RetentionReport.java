package org.practitionersforum.api.privacy;

import java.time.Instant;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * What one {@link PrivacyService#applyRetention} run removed, in counts.
 *
 * @param sessionsRemoved sessions removed whole, with their attendance
 * @param attendanceRemoved attendance records removed, those of the sessions removed included
 * @param forumsPastRetention closed forums at least one of whose periods had passed
 * @param appliedAt the SDK clock's time the periods were measured to
 */
public record RetentionReport(
    int sessionsRemoved, int attendanceRemoved, int forumsPastRetention, Instant appliedAt) {

  /**
   * Creates a report.
   *
   * @param sessionsRemoved sessions removed whole
   * @param attendanceRemoved attendance records removed
   * @param forumsPastRetention closed forums with a period passed
   * @param appliedAt the time the periods were measured to
   * @throws InvalidInputException if a count is negative or the time is null
   */
  public RetentionReport {
    if (sessionsRemoved < 0 || attendanceRemoved < 0 || forumsPastRetention < 0) {
      throw new InvalidInputException("SEC-3: a retention count cannot be negative");
    }
    Checks.notNull(appliedAt, "time retention was applied");
  }
}

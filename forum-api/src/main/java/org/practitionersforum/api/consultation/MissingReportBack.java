package org.practitionersforum.api.consultation;

import java.time.LocalDate;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;

/**
 * A report back a forum is owed after a central meeting (CR-7): which forum, which meeting, when it
 * was held and when the report was due. Shows no person and no content.
 *
 * @param forum the forum owed the report
 * @param meeting the central meeting
 * @param heldOn the day of the meeting
 * @param dueBy the last day for the report
 * @param overdue whether the last day has passed on the date asked about
 */
public record MissingReportBack(
    ForumId forum, MeetingId meeting, LocalDate heldOn, LocalDate dueBy, boolean overdue) {

  /**
   * Checks the attributes.
   *
   * @param forum the forum
   * @param meeting the meeting
   * @param heldOn the day it was held
   * @param dueBy the last day for the report
   * @param overdue the overdue
   * @throws org.practitionersforum.api.InvalidInputException if one is missing
   */
  public MissingReportBack {
    Checks.notNull(forum, "forum id");
    Checks.notNull(meeting, "meeting id");
    Checks.notNull(heldOn, "meeting date");
    Checks.notNull(dueBy, "due date");
  }
}

package org.practitionersforum.api.consultation;

import java.time.LocalDate;
import java.util.Optional;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;

/**
 * When a forum's next meeting with managers is due (CR-2): a forum is due {@link
 * ConsultationSettings#meetingsPerYear()} a year, counted from the opening date of its last round
 * run as a meeting, or from the day it became active if it has had none. Shows no person and no
 * text.
 *
 * @param forum the forum
 * @param lastMeeting the opening date of its last meeting round, or empty
 * @param dueOn the date its next meeting is due
 * @param overdue whether the due date has passed on the date asked about
 */
public record MeetingDue(
    ForumId forum, Optional<LocalDate> lastMeeting, LocalDate dueOn, boolean overdue) {

  /**
   * Checks the attributes.
   *
   * @param forum the forum
   * @param lastMeeting the opening date of the last meeting round, or empty
   * @param dueOn the due date
   * @param overdue the overdue
   * @throws org.practitionersforum.api.InvalidInputException if one is missing
   */
  public MeetingDue {
    Checks.notNull(forum, "forum id");
    Checks.notNull(lastMeeting, "last meeting");
    Checks.notNull(dueOn, "due date");
  }
}

package org.practitionersforum.api.session;

import java.time.LocalDate;
import java.util.List;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;

/**
 * Records the sessions forums hold (TR-7) and produces CPD evidence from their attendance.
 *
 * <p>A session is held only under terms in force (TR-4) and with the quorum those terms set.
 * Reflective sessions are never visible to managers (SEC-1): a manager asking for one is told it
 * does not exist, and lists given to a manager leave them out without a count; a consultative
 * session shows a manager neither its attendance nor its minutes.
 *
 * <p>Every change is all-or-nothing. Implementations are thread-safe.
 *
 * <p>Errors: {@link org.practitionersforum.api.InvalidInputException}, {@link
 * org.practitionersforum.api.NotFoundException}, {@link
 * org.practitionersforum.api.PermissionDeniedException}, {@link
 * org.practitionersforum.api.RuleViolationException} with the rule's code, and {@link
 * org.practitionersforum.api.spi.StorageException}.
 */
public interface SessionService {

  /**
   * Records a session the forum held, with every member's attendance.
   *
   * <p>The session must start within the forum's life (not before it was proposed, nor once it was
   * closed) and no later than now plus the SDK's session start margin (one day unless the host sets
   * another), and no member recorded present may already be recorded present at another session, of
   * any forum, that overlaps it (CPD-1). Every broken rule is reported at once.
   *
   * @param actor a member or the forum's current facilitator
   * @param forum the forum
   * @param request what was held and who attended
   * @return the stored session
   * @throws org.practitionersforum.api.PermissionDeniedException naming TR-7 for anyone else
   * @throws org.practitionersforum.api.RuleViolationException with {@code TERMS_NOT_IN_FORCE},
   *     {@code QUORUM_NOT_MET}, {@code NOT_AN_ATTENDEE} (someone present or sending apologies is
   *     not a member, or is listed twice), {@code REFLECTIVE_NOT_MINUTED}, {@code FORUM_CLOSED},
   *     {@code SESSION_OUTSIDE_FORUM_LIFE}, {@code SESSION_IN_FUTURE} or {@code
   *     ATTENDANCE_OVERLAPS} (one violation per member present whose attendance would overlap)
   * @throws org.practitionersforum.api.DuplicateException if a session with that id exists
   */
  Session hold(Actor actor, ForumId forum, SessionRequest request);

  /**
   * Replaces the minutes of a consultative session.
   *
   * @param actor a member of the forum or its current facilitator
   * @param session the session
   * @param minutes the minutes
   * @return the session with its minutes
   * @throws org.practitionersforum.api.RuleViolationException with {@code REFLECTIVE_NOT_MINUTED}
   *     for a reflective session
   */
  Session recordMinutes(Actor actor, SessionId session, String minutes);

  /**
   * Returns a session.
   *
   * @param actor a member, the facilitator, an administrator or the system; a manager only for a
   *     consultative session of a forum they sponsor
   * @param session the session
   * @return the session
   * @throws org.practitionersforum.api.NotFoundException if there is none, or it is reflective and
   *     the actor is a manager
   */
  Session get(Actor actor, SessionId session);

  /**
   * Returns a forum's sessions, ordered by start. A manager gets only the consultative sessions of
   * forums they sponsor, with no sign of reflective ones.
   *
   * @param actor a member, the facilitator, the sponsor, an administrator or the system
   * @param forum the forum
   * @return the sessions
   */
  List<Session> list(Actor actor, ForumId forum);

  /**
   * Returns a practitioner's CPD evidence for the days {@code from} to {@code to}, inclusive, in
   * the SDK clock's zone: every session they were present at, across forums.
   *
   * <p>No time is counted twice (CPD-1): should stored sessions overlap (data from before overlaps
   * were refused, or two sessions recorded at the same moment in two forums), each later session is
   * credited only with its time not already counted, and one wholly within time already counted has
   * no entry.
   *
   * @param actor the practitioner themselves, or the system
   * @param practitioner the practitioner
   * @param from the first day
   * @param to the last day
   * @return the record
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 for anyone else
   */
  CpdRecord cpd(Actor actor, PractitionerId practitioner, LocalDate from, LocalDate to);
}

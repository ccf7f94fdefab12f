package org.practitionersforum.api.audit;

import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.SessionId;

/**
 * Names the aggregate an operation changed: the unit whose writes one version number orders, and
 * along which the audit trail is chained (SEC-2). A forum's terms of reference belong to the forum.
 *
 * <p>{@code toString()} shows the kind only: a practitioner aggregate's id names a person.
 *
 * @param kind what kind of aggregate it is
 * @param id the aggregate's identifier, as the host gave it
 */
public record AggregateRef(Kind kind, String id) {

  /** The kinds of aggregate. */
  public enum Kind {
    /** A forum, with its members, terms of reference and history. */
    FORUM,
    /** A session a forum held, with its attendance. */
    SESSION,
    /** A practitioner's profile. */
    PRACTITIONER,
    /** A lesson, with its question thread (LS-1). */
    LESSON,
    /** A consultation round, with its responses and dispositions (CR-1 to CR-4). */
    CONSULTATION
  }

  /**
   * Creates a reference.
   *
   * @param kind the kind of aggregate
   * @param id the aggregate's identifier
   * @throws org.practitionersforum.api.InvalidInputException if either is null, or the id is blank
   */
  public AggregateRef {
    Checks.notNull(kind, "aggregate kind");
    Checks.text(id, "aggregate id", 200);
  }

  /**
   * Returns a reference to a forum.
   *
   * @param forum the forum
   * @return the reference
   */
  public static AggregateRef forum(ForumId forum) {
    return new AggregateRef(Kind.FORUM, Checks.notNull(forum, "forum id").value());
  }

  /**
   * Returns a reference to a session.
   *
   * @param session the session
   * @return the reference
   */
  public static AggregateRef session(SessionId session) {
    return new AggregateRef(Kind.SESSION, Checks.notNull(session, "session id").value());
  }

  /**
   * Returns a reference to a lesson.
   *
   * @param lesson the lesson
   * @return the reference
   */
  public static AggregateRef lesson(org.practitionersforum.api.lesson.LessonId lesson) {
    return new AggregateRef(Kind.LESSON, Checks.notNull(lesson, "lesson id").value());
  }

  /**
   * Returns a reference to a consultation round.
   *
   * @param round the round
   * @return the reference
   */
  public static AggregateRef consultation(org.practitionersforum.api.consultation.RoundId round) {
    return new AggregateRef(Kind.CONSULTATION, Checks.notNull(round, "round id").value());
  }

  /**
   * Returns a reference to a practitioner's profile.
   *
   * @param practitioner the practitioner
   * @return the reference
   */
  public static AggregateRef practitioner(PractitionerId practitioner) {
    return new AggregateRef(
        Kind.PRACTITIONER, Checks.notNull(practitioner, "practitioner id").value());
  }

  @Override
  public String toString() {
    return "AggregateRef[" + kind + (kind == Kind.PRACTITIONER ? ", ****]" : ", " + id + "]");
  }
}

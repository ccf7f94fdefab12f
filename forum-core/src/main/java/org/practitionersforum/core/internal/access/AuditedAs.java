package org.practitionersforum.core.internal.access;

import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Role;

/**
 * Who the audit trail records for a command on a lesson, where recording the actor would link a
 * person to a lesson they wrote (LS-2): the role acted in, under a fixed pseudonym, never the
 * person. Here, beside the access decision, because only this package reads roles.
 */
public final class AuditedAs {
  /** Who the trail records for a command a lesson's author performs as its author. */
  public static final PersonId LESSON_AUTHOR = PersonId.of("lesson:author");

  /** Who the trail records for a command performed with a lesson's reference code. */
  public static final PersonId CODE_HOLDER = PersonId.of("lesson:code-holder");

  private AuditedAs() {}

  /**
   * Returns the actor recorded for a command a lesson's author performs as its author.
   *
   * @return a practitioner named {@link #LESSON_AUTHOR}
   */
  public static Actor lessonAuthor() {
    return new Actor(Role.PRACTITIONER, LESSON_AUTHOR);
  }

  /**
   * Returns the actor recorded for a command performed with a reference code: the role acted in,
   * named {@link #CODE_HOLDER}; the system as itself.
   *
   * @param actor who acted
   * @return the recorded actor
   */
  public static Actor codeHolder(Actor actor) {
    return actor.role() == Role.SYSTEM ? actor : new Actor(actor.role(), CODE_HOLDER);
  }
}

package org.practitionersforum.core.internal.terms;

import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Role;

/**
 * TR-6: who may create, amend and propose a forum's terms. The process must not be externally
 * controlled: managers, administrators and the system may not; the forum's members and its current
 * facilitator may. Members then decide by agreeing or objecting.
 */
final class TermsEditingPolicy {

  /**
   * Refuses an actor who may not edit or propose the forum's terms.
   *
   * @param actor who acts
   * @param forum the forum
   * @throws PermissionDeniedException naming TR-6 if the actor may not
   */
  void requireMayEdit(Actor actor, Forum forum) {
    if (actor.role() == Role.MANAGER) {
      throw new PermissionDeniedException(
          "TR-6",
          "managers cannot create or edit a forum's terms of reference; the forum decides its own terms");
    }
    boolean member =
        actor.role() == Role.PRACTITIONER && forum.isMember(actor.person().asPractitioner());
    boolean facilitator =
        actor.role() == Role.FACILITATOR
            && forum
                .currentFacilitation()
                .filter(f -> f.facilitator().equals(actor.person()))
                .isPresent();
    if (!(member || facilitator)) {
      throw new PermissionDeniedException(
          "TR-6",
          "only the forum's members and its current facilitator may draft or propose its terms of reference");
    }
  }
}

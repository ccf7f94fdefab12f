package org.practitionersforum.core.internal.forum;

import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Ends a practitioner's membership inside another capability's unit of work, under the same rules
 * as {@code ForumService.leave}: erasure (SEC-3) makes the person leave every forum they are in,
 * all in one unit of work. This is all another capability sees of the forum service's departures.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface Departures {

  /**
   * Removes a member inside the caller's unit of work, as leaving does: an active forum that no
   * longer meets its rules is suspended, with the broken rules' codes as the reason in its history
   * (FR-4, FR-8); the departure's events are queued on the unit and every {@link ForumChangeHook}
   * hears that the parties changed, in the same unit. The caller must have checked that the actor
   * may do this.
   *
   * @param unit the caller's unit of work
   * @param forum the forum to leave
   * @param practitioner the member leaving
   * @param reportedAs whom the {@code MemberLeft} event names: the practitioner, or the
   *     pseudonymous token that replaces them on erasure, so that no event names an erased person
   * @return the forum after the departure, as stored
   * @throws NotFoundException if the forum does not exist, or a remaining member has no profile
   * @throws RuleViolationException with {@code FORUM_CLOSED} if the forum is closed, or with {@code
   *     NOT_A_MEMBER} if the practitioner is not a member
   */
  Forum depart(
      Transactor.Unit unit, ForumId forum, PractitionerId practitioner, PractitionerId reportedAs);
}

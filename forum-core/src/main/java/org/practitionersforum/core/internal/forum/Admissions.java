package org.practitionersforum.core.internal.forum;

import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Admits a practitioner to a forum inside another capability's unit of work, for a join that
 * capability governs itself: a newcomer joins a forum with terms in force by agreeing them (FR-3,
 * TR-4), the join and the agreement stored together or not at all. This is all another capability
 * sees of the forum service's admissions. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Admissions {

  /**
   * Makes a practitioner a member inside the caller's unit of work, under the formation rules
   * (FR-4, FR-5, FR-7, FR-8) but without the hooks' admission rules, which the caller enforces
   * itself (for example joining by agreeing the terms in force). An open invitation for the
   * practitioner is closed, the join's events are queued on the unit, and every {@link
   * ForumChangeHook} hears of the join ({@link ForumChangeHook#memberJoined}), in the same unit.
   * The caller must have checked that the actor is the practitioner (FR-2).
   *
   * @param unit the caller's unit of work
   * @param forum the forum to join
   * @param practitioner the practitioner joining
   * @return the forum after the join, as stored
   * @throws NotFoundException if the forum does not exist, or the practitioner or a member has no
   *     profile
   * @throws RuleViolationException with {@code ALREADY_MEMBER} if the practitioner is a member, or
   *     with every formation rule the join would break
   */
  Forum admitAgreeing(Transactor.Unit unit, ForumId forum, PractitionerId practitioner);
}

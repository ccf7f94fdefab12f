package org.practitionersforum.api.forum;

import org.practitionersforum.api.security.Actor;

/**
 * Suggests groupings of volunteers into forums (FR-9) that respect FR-1 to FR-7: same base first,
 * sizes within bounds, the requested composition, and no line manager with a direct report. A
 * volunteer is left unplaced only when the rules allow no place, and then with the violation that
 * blocked them (for a composition, the requirement no grouping met). The result is deterministic:
 * the same request gives the same plan.
 *
 * <p>"Same base first" means: a base whose volunteers can make forums on their own makes them, and
 * those forums hold that base's volunteers only; no volunteer of another base is added to them,
 * even when they have room. Only the volunteers their own base could not place are mixed across
 * bases of the same organisation (or locality, by the requested focus), into forums of their own.
 * The forums a base gets are exactly those it would get if its volunteers were planned alone: 6
 * volunteers at one base and 2 at another give a same-base forum of 6, and the 2 are unplaced (too
 * few nearby), rather than one forum of 8 across both bases.
 *
 * <p>Planning stores nothing and makes nobody a member: each practitioner still joins themselves.
 * Implementations are thread-safe.
 */
public interface FormationPlanner {

  /**
   * Plans forums for the volunteers of a request.
   *
   * @param actor who asks; any role
   * @param request the volunteers, composition and settings
   * @return the plan
   * @throws org.practitionersforum.api.InvalidInputException if a volunteer appears twice or an
   *     argument is missing
   */
  FormationPlan plan(Actor actor, FormationRequest request);
}

package org.practitionersforum.api.forum;

import org.practitionersforum.api.security.Actor;

/**
 * Suggests groupings of volunteers into forums (FR-9) that respect FR-1 to FR-7: same base first,
 * sizes within bounds, the requested composition, and no line manager with a direct report. A
 * volunteer is left unplaced only when the rules allow no place, and then with the reason. The
 * result is deterministic: the same request gives the same plan.
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

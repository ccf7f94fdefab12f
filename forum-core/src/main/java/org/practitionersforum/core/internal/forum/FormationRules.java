package org.practitionersforum.core.internal.forum;

import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.practitioner.PractitionerProfile;

/**
 * The formation rules FR-4, FR-5, FR-7 and FR-8 together, each checked by its named policy. Every
 * check returns all violations at once.
 */
final class FormationRules {
  private final SizePolicy size = new SizePolicy();
  private final CompositionPolicy composition = new CompositionPolicy();
  private final LineManagementPolicy lineManagement = new LineManagementPolicy();
  private final LifecyclePolicy lifecycle = new LifecyclePolicy();

  /**
   * Returns the composition policy.
   *
   * @return the policy
   */
  CompositionPolicy composition() {
    return composition;
  }

  /**
   * Returns the line-management policy.
   *
   * @return the policy
   */
  LineManagementPolicy lineManagement() {
    return lineManagement;
  }

  /**
   * Returns every reason a practitioner may not join a forum now.
   *
   * @param forum the forum
   * @param candidate the practitioner joining
   * @param members the current members' profiles
   * @return every violation; empty if the join is allowed
   */
  List<Violation> admission(
      Forum forum, PractitionerProfile candidate, List<PractitionerProfile> members) {
    List<Violation> out = new ArrayList<>(lifecycle.open(forum.state()));
    out.addAll(size.admission(forum.sizeBounds(), forum.members().size()));
    out.addAll(
        composition.admission(
            forum.composition(), forum.organisation(), forum.locality(), candidate));
    out.addAll(lineManagement.admission(forum.lineManagementExcluded(), candidate, members));
    return out;
  }

  /**
   * Returns every reason the forum may not move to {@code target} now. Moving to active needs the
   * size bounds, the composition and the line-management rule satisfied by the members.
   *
   * @param forum the forum
   * @param target the state to move to
   * @param members the current members' profiles
   * @return every violation; empty if the move is allowed
   */
  List<Violation> transition(Forum forum, ForumState target, List<PractitionerProfile> members) {
    List<Violation> out = new ArrayList<>(lifecycle.transition(forum.state(), target));
    if (target == ForumState.ACTIVE) {
      out.addAll(activeViolations(forum, members));
    }
    return out;
  }

  /**
   * Returns every reason the members do not make an active forum: size, composition (each member
   * admitted, enough disciplines and specialisms) and line management.
   *
   * @param forum the forum
   * @param members the members' profiles
   * @return every violation; empty if they do
   */
  List<Violation> activeViolations(Forum forum, List<PractitionerProfile> members) {
    List<Violation> out = new ArrayList<>(size.activation(forum.sizeBounds(), members.size()));
    for (PractitionerProfile m : members) {
      for (Violation v :
          composition.admission(forum.composition(), forum.organisation(), forum.locality(), m)) {
        if (!out.contains(v)) {
          out.add(v);
        }
      }
    }
    out.addAll(composition.activation(forum.composition(), members));
    out.addAll(lineManagement.among(forum.lineManagementExcluded(), members));
    return out;
  }
}

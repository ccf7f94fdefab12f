package org.practitionersforum.core.internal.forum;

import java.util.Collection;
import java.util.List;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.practitioner.PractitionerProfile;

/**
 * FR-7: line management stays out of a forum. Nobody is in a forum with their line manager or a
 * direct report, when the organisation keeps the rule on (the default).
 */
final class LineManagementPolicy {

  /**
   * Tells whether one of two practitioners line-manages the other.
   *
   * @param a a practitioner
   * @param b another practitioner
   * @return true if either is the other's line manager
   */
  boolean conflict(PractitionerProfile a, PractitionerProfile b) {
    return a.lineManager().filter(b.id()::equals).isPresent()
        || b.lineManager().filter(a.id()::equals).isPresent();
  }

  /**
   * Returns the violation if a candidate would sit with their line manager or a direct report.
   *
   * @param enabled whether the rule is on for the forum
   * @param candidate the practitioner joining
   * @param members the current members' profiles
   * @return a single violation, or empty
   */
  List<Violation> admission(
      boolean enabled, PractitionerProfile candidate, Collection<PractitionerProfile> members) {
    if (enabled) {
      for (PractitionerProfile m : members) {
        if (conflict(candidate, m)) {
          return List.of(violation());
        }
      }
    }
    return List.of();
  }

  /**
   * Returns the violation if any two members are line manager and direct report.
   *
   * @param enabled whether the rule is on for the forum
   * @param members the members' profiles
   * @return a single violation, or empty
   */
  List<Violation> among(boolean enabled, List<PractitionerProfile> members) {
    if (enabled) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          if (conflict(members.get(i), members.get(j))) {
            return List.of(violation());
          }
        }
      }
    }
    return List.of();
  }

  private static Violation violation() {
    return Violation.of(
        ViolationCode.LINE_MANAGEMENT_CONFLICT,
        "a practitioner cannot be in a forum with their line manager or a direct report");
  }
}

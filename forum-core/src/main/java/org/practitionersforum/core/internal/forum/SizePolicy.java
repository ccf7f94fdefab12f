package org.practitionersforum.core.internal.forum;

import java.util.List;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.SizeBounds;

/** FR-4: a forum's size stays within its bounds. */
final class SizePolicy {

  /**
   * Returns the violation if one more member would exceed the maximum.
   *
   * @param bounds the forum's bounds
   * @param members the current number of members
   * @return a single violation, or empty
   */
  List<Violation> admission(SizeBounds bounds, int members) {
    if (members + 1 > bounds.maximum()) {
      return List.of(
          Violation.of(
              ViolationCode.FORUM_FULL,
              "the forum already has its maximum of " + bounds.maximum() + " members"));
    }
    return List.of();
  }

  /**
   * Returns the violation if a forum of this size cannot be active.
   *
   * @param bounds the forum's bounds
   * @param members the number of members
   * @return a single violation, or empty
   */
  List<Violation> activation(SizeBounds bounds, int members) {
    if (members < bounds.minimum()) {
      return List.of(
          Violation.of(
              ViolationCode.BELOW_MINIMUM,
              "an active forum needs at least "
                  + bounds.minimum()
                  + " members, and it has "
                  + members));
    }
    return List.of();
  }
}

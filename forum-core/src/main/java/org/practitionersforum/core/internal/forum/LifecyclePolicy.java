package org.practitionersforum.core.internal.forum;

import java.util.List;
import java.util.Locale;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.ForumState;

/** FR-8: the moves the forum lifecycle allows. */
final class LifecyclePolicy {

  /**
   * Returns the violation if the lifecycle does not allow the move.
   *
   * @param from the current state
   * @param to the target state
   * @return a single violation, or empty
   */
  List<Violation> transition(ForumState from, ForumState to) {
    if (from == ForumState.CLOSED) {
      return List.of(closed());
    }
    if (!from.canMoveTo(to)) {
      return List.of(
          Violation.of(
              ViolationCode.INVALID_TRANSITION,
              "a "
                  + name(from)
                  + " forum cannot become "
                  + name(to)
                  + "; it can become "
                  + String.join(
                      " or ", from.next().stream().sorted().map(LifecyclePolicy::name).toList())));
    }
    return List.of();
  }

  /**
   * Returns the violation if nothing more can happen in the forum because it is closed.
   *
   * @param state the current state
   * @return a single violation, or empty
   */
  List<Violation> open(ForumState state) {
    return state == ForumState.CLOSED ? List.of(closed()) : List.of();
  }

  private static Violation closed() {
    return Violation.of(
        ViolationCode.FORUM_CLOSED, "the forum is closed; nothing more can happen in it");
  }

  static String name(ForumState state) {
    return state.name().toLowerCase(Locale.ROOT);
  }
}

package org.practitionersforum.api.forum;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a forum (FR-8): proposed, forming, active, suspended when under strength,
 * closed. Every transition states its reason.
 */
public enum ForumState {
  /** Proposed at a base; nobody has joined yet. */
  PROPOSED,
  /** Members are joining; not yet meeting as a forum. */
  FORMING,
  /** Meeting as a forum: within its size bounds, composition satisfied. */
  ACTIVE,
  /** Was active, now paused, for example because it fell below its minimum size. */
  SUSPENDED,
  /** Closed for good. Nothing more happens in a closed forum. */
  CLOSED;

  /**
   * Returns the states this state may move to.
   *
   * @return an unmodifiable set, empty for {@link #CLOSED}
   */
  public Set<ForumState> next() {
    return switch (this) {
      case PROPOSED -> Set.copyOf(EnumSet.of(FORMING, CLOSED));
      case FORMING -> Set.copyOf(EnumSet.of(ACTIVE, CLOSED));
      case ACTIVE -> Set.copyOf(EnumSet.of(SUSPENDED, CLOSED));
      case SUSPENDED -> Set.copyOf(EnumSet.of(ACTIVE, CLOSED));
      case CLOSED -> Set.of();
    };
  }

  /**
   * Tells whether this state may move to {@code target}.
   *
   * @param target the state to move to
   * @return true if the lifecycle allows it
   */
  public boolean canMoveTo(ForumState target) {
    return next().contains(target);
  }
}

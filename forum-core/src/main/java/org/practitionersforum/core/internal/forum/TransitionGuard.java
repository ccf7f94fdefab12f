package org.practitionersforum.core.internal.forum;

import java.util.List;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.spi.StorageTransaction;

/**
 * A further rule that other capabilities add to a forum's lifecycle transitions, for example that
 * terms of reference must be agreed before a forum becomes active (TR-4).
 */
@FunctionalInterface
public interface TransitionGuard {

  /**
   * Returns every reason the forum may not move to {@code target}.
   *
   * @param tx the open unit of work
   * @param forum the forum
   * @param target the state to move to
   * @return the violations, empty if none
   */
  List<Violation> check(StorageTransaction tx, Forum forum, ForumState target);
}

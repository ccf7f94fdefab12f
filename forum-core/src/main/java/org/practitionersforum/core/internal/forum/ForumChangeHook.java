package org.practitionersforum.core.internal.forum;

import java.util.List;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Lets other capabilities take part in the forum service's units of work: refuse a join for their
 * own rules (for example TR-4, joining by agreeing the terms in force) and react, in the same unit
 * of work, when the forum's members, facilitation or sponsor change.
 */
public interface ForumChangeHook {

  /**
   * Returns every reason a practitioner may not join the forum by {@code join} or by accepting an
   * invitation. Not consulted when another capability admits the practitioner itself, through
   * {@link Admissions}.
   *
   * @param tx the open unit of work
   * @param forum the forum as read
   * @param practitioner the practitioner joining
   * @return the violations, empty if none
   */
  default List<Violation> admission(
      StorageTransaction tx, Forum forum, PractitionerId practitioner) {
    return List.of();
  }

  /**
   * Called in the unit of work after the forum was stored with changed members, facilitation or
   * sponsor; for a join, through {@link #memberJoined}. Whatever the hook writes is part of the
   * same all-or-nothing unit.
   *
   * @param unit the unit of work
   * @param forum the forum as stored
   */
  default void partiesChanged(Transactor.Unit unit, Forum forum) {}

  /**
   * Called in the unit of work after the forum was stored with one more member, when that member is
   * the only change of its parties. By default the same as {@link #partiesChanged}: a hook that
   * reacts only to parties leaving overrides it to do nothing and so spares every join its reads.
   *
   * @param unit the unit of work
   * @param forum the forum as stored
   */
  default void memberJoined(Transactor.Unit unit, Forum forum) {
    partiesChanged(unit, forum);
  }
}

package org.practitionersforum.jdbc.internal.forum;

import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.jdbc.internal.rows.ChildRows;

/**
 * The stored child rows of one forum that an update compares the new forum with: all its members
 * and invitations, and its facilitations and history after the ones a snapshot leaves out.
 */
record ForumChildren(
    ChildRows<Member> members,
    ChildRows<Invitation> invitations,
    ChildRows<Facilitation> facilitations,
    ChildRows<StateChange> history) {

  /**
   * The rows after the given numbers of earlier facilitations and state changes, or null if these
   * rows do not hold them all.
   */
  ForumChildren from(int earlierFacilitations, int earlierHistory) {
    ChildRows<Facilitation> f = facilitations.from(earlierFacilitations);
    ChildRows<StateChange> h = history.from(earlierHistory);
    return f == null || h == null ? null : new ForumChildren(members, invitations, f, h);
  }
}

package org.practitionersforum.jdbc.internal.forum;

import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.jdbc.internal.rows.ChildRows;

/**
 * A forum as a unit of work read or wrote it, whole or without its earlier history and
 * facilitations ({@link Forum#earlierHistory()}, {@link Forum#earlierFacilitations()}), with the
 * ordinals of the rows of each list it holds, in list order.
 */
record ForumSnapshot(
    Forum forum, int[] members, int[] invitations, int[] facilitations, int[] history) {

  /** Tells whether the snapshot holds the whole forum. */
  boolean whole() {
    return forum.earlierHistory() == 0 && forum.earlierFacilitations() == 0;
  }

  /** The rows the snapshot holds. */
  ForumChildren children() {
    return new ForumChildren(
        ChildRows.whole(forum.members(), members),
        ChildRows.whole(forum.invitations(), invitations),
        ChildRows.after(forum.earlierFacilitations(), forum.facilitations(), facilitations),
        ChildRows.after(forum.earlierHistory(), forum.history(), history));
  }
}

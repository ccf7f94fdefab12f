package org.practitionersforum.jdbc.internal.forum;

import java.sql.SQLException;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.jdbc.internal.rows.ChildRows;
import org.practitionersforum.jdbc.internal.rows.Ordered;
import org.practitionersforum.jdbc.internal.rows.Row;

/**
 * One forum being assembled from its row and its child rows, which may come in any order: each list
 * is put in ordinal order when the forum is built.
 */
final class ForumParts {
  private final Forum.Builder forum;
  private final Ordered<Member> members = new Ordered<>();
  private final Ordered<Invitation> invitations = new Ordered<>();
  private final Ordered<Facilitation> facilitations = new Ordered<>();
  private final Ordered<StateChange> history = new Ordered<>();

  /** Starts from the forum row's values; null to assemble child rows only. */
  ForumParts(Forum.Builder forum) {
    this.forum = forum;
  }

  /** Adds a child row read in the columns of {@link ChildColumn}. */
  void add(Row<ChildColumn> r) throws SQLException {
    int ordinal = r.integer(ChildColumn.ORDINAL);
    switch (ChildKind.of(r.integer(ChildColumn.KIND))) {
      case MEMBER:
        members.add(ordinal, ForumRowMapper.childMember(r));
        break;
      case INVITATION:
        invitations.add(ordinal, ForumRowMapper.childInvitation(r));
        break;
      case FACILITATION:
        facilitations.add(ordinal, ForumRowMapper.childFacilitation(r));
        break;
      default:
        history.add(ordinal, ForumRowMapper.childStateChange(r));
        break;
    }
  }

  /** Adds a member read from its own table. */
  void addMember(int ordinal, Member member) {
    members.add(ordinal, member);
  }

  /**
   * Builds the forum. A read of the current forum holds the latest state change and facilitation
   * only, whose ordinals tell how many came before them.
   */
  ForumSnapshot snapshot(ForumStatements.Extent extent) {
    int[] historyOrdinals = history.ordinals();
    int[] facilitationOrdinals = facilitations.ordinals();
    boolean current = extent == ForumStatements.Extent.CURRENT;
    forum
        .members(members.values())
        .invitations(invitations.values())
        .facilitations(facilitations.values())
        .history(history.values())
        .earlierHistory(current && historyOrdinals.length > 0 ? historyOrdinals[0] - 1 : 0)
        .earlierFacilitations(
            current && facilitationOrdinals.length > 0 ? facilitationOrdinals[0] - 1 : 0);
    return new ForumSnapshot(
        forum.build(),
        members.ordinals(),
        invitations.ordinals(),
        facilitationOrdinals,
        historyOrdinals);
  }

  /**
   * The child rows read after the given numbers of earlier facilitations and state changes, without
   * a forum row.
   */
  ForumChildren children(int earlierFacilitations, int earlierHistory) {
    return new ForumChildren(
        ChildRows.whole(members.values(), members.ordinals()),
        ChildRows.whole(invitations.values(), invitations.ordinals()),
        ChildRows.after(earlierFacilitations, facilitations.values(), facilitations.ordinals()),
        ChildRows.after(earlierHistory, history.values(), history.ordinals()));
  }
}

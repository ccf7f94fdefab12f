package org.practitionersforum.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.jdbc.Dialect;

/**
 * The SQL of the forum tables for one configuration, built once per storage, and the plan that
 * turns a forum's child lists into the fewest row deletes and inserts.
 */
final class ForumRows {
  static final String FORUM_COLUMNS = "id, organisation_id, base_id, locality_id, name,"
      + " discipline_mix, discipline, specialism_mix, specialism, focus, min_members, max_members,"
      + " line_management_excluded, sponsor_id, state, proposed_at, member_count, version";

  /** Child row kinds, in the order they are read. */
  static final int MEMBER = 1;
  static final int INVITATION = 2;
  static final int FACILITATION = 3;
  static final int HISTORY = 4;

  /** How a read selects forums: one id, one base, or the forums one practitioner is member of. */
  enum Filter {
    ID, BASE, MEMBER
  }

  final String insertForum;
  final String updateForum;
  final String updateMemberCount;
  final String forumExists;
  final String selectParties;
  final String insertMember;
  final String insertInvitation;
  final String insertFacilitation;
  final String insertHistory;
  final String deleteMember;
  final String deleteInvitation;
  final String deleteFacilitation;
  final String deleteHistory;
  private final Tables t;
  private final String[] selectForums = new String[Filter.values().length];
  private final String[] selectChildren = new String[Filter.values().length];
  private final String selectForumWithChildren;
  private final boolean tableByTable;
  private final String selectForumWithMembers;
  private final List<String> selectOtherChildren;

  ForumRows(Tables t, Dialect dialect) {
    this.t = t;
    insertForum = "INSERT INTO " + t.forum() + " (" + FORUM_COLUMNS + ") VALUES"
        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + (dialect == Dialect.POSTGRESQL ? " ON CONFLICT (id) DO NOTHING" : "");
    updateForum = "UPDATE " + t.forum() + " SET organisation_id = ?, base_id = ?, locality_id = ?,"
        + " name = ?, discipline_mix = ?, discipline = ?, specialism_mix = ?, specialism = ?,"
        + " focus = ?, min_members = ?, max_members = ?, line_management_excluded = ?,"
        + " sponsor_id = ?, state = ?, proposed_at = ?, member_count = ?, version = version + 1"
        + " WHERE id = ? AND version = ?";
    // The same versioned update when only the membership changed (joining, leaving).
    updateMemberCount = "UPDATE " + t.forum() + " SET member_count = ?, version = version + 1"
        + " WHERE id = ? AND version = ?";
    forumExists = "SELECT version FROM " + t.forum() + " WHERE id = ?";
    // Who the parties are (ForumStore.findParties): the forum row's version, state and sponsor on
    // every row, the ongoing facilitation's facilitator (only the latest facilitation may be
    // ongoing, so at most one row matches), then a member's ordinal and id (null on the single row
    // of a forum without members). One bind parameter, the forum's id; no row if there is none.
    selectParties = "SELECT f.version, f.state, f.sponsor_id, fa.facilitator_id, m.ordinal, m.practitioner_id"
        + " FROM " + t.forum() + " f LEFT JOIN " + t.facilitation() + " fa ON fa.forum_id = f.id"
        + " AND fa.ended_at IS NULL LEFT JOIN " + t.member() + " m ON m.forum_id = f.id WHERE f.id = ?";
    insertMember = "INSERT INTO " + t.member()
        + " (forum_id, ordinal, practitioner_id, joined_at) VALUES (?, ?, ?, ?)";
    insertInvitation = "INSERT INTO " + t.invitation()
        + " (forum_id, ordinal, invitee_id, invited_by, invited_at) VALUES (?, ?, ?, ?, ?)";
    insertFacilitation = "INSERT INTO " + t.facilitation()
        + " (forum_id, ordinal, facilitator_id, started_at, ended_at, end_reason)"
        + " VALUES (?, ?, ?, ?, ?, ?)";
    insertHistory = "INSERT INTO " + t.history()
        + " (forum_id, ordinal, from_state, to_state, reason, by_role, changed_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    deleteMember = "DELETE FROM " + t.member() + " WHERE forum_id = ? AND ordinal = ?";
    deleteInvitation = "DELETE FROM " + t.invitation() + " WHERE forum_id = ? AND ordinal = ?";
    deleteFacilitation = "DELETE FROM " + t.facilitation() + " WHERE forum_id = ? AND ordinal = ?";
    deleteHistory = "DELETE FROM " + t.history() + " WHERE forum_id = ? AND ordinal = ?";
    for (Filter f : Filter.values()) {
      selectForums[f.ordinal()] = "SELECT " + FORUM_COLUMNS + " FROM " + t.forum() + " WHERE "
          + forumCondition(f, "id") + " ORDER BY id";
      // The UNION ALL sits in a derived table: H2 then caches the parsed statement (it re-parses
      // a bare UNION on every execution, ten times the cost of the query); PostgreSQL and MariaDB
      // run both forms alike.
      selectChildren[f.ordinal()] = "SELECT * FROM (" + unionOfChildren(forumCondition(f, "forum_id"))
          + ") children";
    }
    // With the forum: the version of its terms, by primary key (null without terms), which the
    // services ask for next (whether terms are in force, for the admission rule; whether there
    // are terms to settle after a change of parties).
    selectForumWithChildren = "SELECT f." + FORUM_COLUMNS.replace(", ", ", f.") + ", t.version, c.*"
        + " FROM " + t.forum() + " f LEFT JOIN " + t.terms() + " t ON t.forum_id = f.id"
        + " LEFT JOIN (" + unionOfChildren(forumCondition(Filter.ID, "forum_id"))
        + ") c ON 1 = 1 WHERE f.id = ?";
    // H2 runs in the host's process, where a statement costs CPU rather than a round trip, and a
    // UNION ALL in a derived table costs it a quarter more than a statement per table (measured:
    // 19 us against 15 us for the same rows; a bare union is not cached as a statement at all). There a forum is read table by table. Its members come with the forum row: at
    // most the forum's maximum, they multiply nothing.
    tableByTable = dialect == Dialect.H2;
    selectForumWithMembers = "SELECT f." + FORUM_COLUMNS.replace(", ", ", f.")
        + ", t.version, m.ordinal, m.practitioner_id, m.joined_at FROM " + t.forum() + " f"
        + " LEFT JOIN " + t.terms() + " t ON t.forum_id = f.id"
        + " LEFT JOIN " + t.member() + " m ON m.forum_id = f.id WHERE f.id = ?";
    selectOtherChildren = List.of(childRows(HISTORY, "forum_id = ?"),
        childRows(FACILITATION, "forum_id = ?"), childRows(INVITATION, "forum_id = ?"));
  }

  /** The forum rows selected by a filter, ordered by id; one bind parameter. */
  String selectForums(Filter filter) {
    return selectForums[filter.ordinal()];
  }

  /**
   * Every child row of the forums selected by a filter, in one statement: four bind parameters,
   * all the filter's value. Columns: forum_id, kind, ordinal, a (a person or role), b and c
   * (states or a role), txt (free text), t1 and t2 (instants). In no particular order: the reader
   * puts each forum's lists in ordinal order.
   */
  String selectChildren(Filter filter) {
    return selectChildren[filter.ordinal()];
  }

  /**
   * One forum with every child row, in one statement (one round trip where a forum is read to be
   * changed): the forum's columns ({@link #FORUM_COLUMNS}) on every row, then the version of the
   * forum's terms (null if it has none), followed by the columns of {@link #selectChildren} (all
   * null on the single row of a forum without children). Five bind parameters, all the forum's
   * id; no row if there is no such forum.
   */
  String selectForumWithChildren() {
    return selectForumWithChildren;
  }

  /**
   * Tells whether one forum is read table by table ({@link #selectForumWithMembers}, then {@link
   * #selectOtherChildren}) rather than in the one statement {@link #selectForumWithChildren}.
   *
   * @return true on H2
   */
  boolean readsTableByTable() {
    return tableByTable;
  }

  /**
   * One forum with its members: the forum's columns ({@link #FORUM_COLUMNS}) on every row, then the
   * version of its terms (null if it has none), then a member's ordinal, practitioner id and
   * joining time (null on the single row of a forum without members). One bind parameter, the
   * forum's id; no row if there is no such forum.
   */
  String selectForumWithMembers() {
    return selectForumWithMembers;
  }

  /**
   * The history, facilitations and invitations of one forum, a statement each, in the columns of
   * {@link #selectChildren}; one bind parameter each, the forum's id.
   */
  List<String> selectOtherChildren() {
    return selectOtherChildren;
  }

  private String unionOfChildren(String cond) {
    return childRows(HISTORY, cond) + " UNION ALL " + childRows(FACILITATION, cond)
        + " UNION ALL " + childRows(INVITATION, cond) + " UNION ALL " + childRows(MEMBER, cond);
  }

  /** The child rows of one kind, in the columns of {@link #selectChildren}. */
  private String childRows(int kind, String cond) {
    switch (kind) {
      case HISTORY:
        return "SELECT forum_id, " + HISTORY + " AS kind, ordinal, by_role AS a, from_state AS b,"
            + " to_state AS c, reason AS txt, changed_at AS t1, NULL AS t2 FROM " + t.history()
            + " WHERE " + cond;
      case FACILITATION:
        return "SELECT forum_id, " + FACILITATION + ", ordinal, facilitator_id, NULL, NULL,"
            + " end_reason, started_at, ended_at FROM " + t.facilitation() + " WHERE " + cond;
      case INVITATION:
        return "SELECT forum_id, " + INVITATION + ", ordinal, invitee_id, invited_by, NULL,"
            + " NULL, invited_at, NULL FROM " + t.invitation() + " WHERE " + cond;
      default:
        return "SELECT forum_id, " + MEMBER + ", ordinal, practitioner_id, NULL, NULL, NULL,"
            + " joined_at, NULL FROM " + t.member() + " WHERE " + cond;
    }
  }

  private String forumCondition(Filter filter, String column) {
    switch (filter) {
      case ID:
        return column + " = ?";
      case BASE:
        return column.equals("id") ? "base_id = ?"
            : column + " IN (SELECT id FROM " + t.forum() + " WHERE base_id = ?)";
      default:
        return column + " IN (SELECT forum_id FROM " + t.member() + " WHERE practitioner_id = ?)";
    }
  }

  /**
   * A stored forum with the row keys (ordinals) of its members, invitations, facilitations and
   * history, in list order.
   */
  record Snapshot(Forum forum, int[] members, int[] invitations, int[] facilitations, int[] history) {}

  /**
   * What to do to turn one stored child list into another: which rows to delete, and which
   * elements to insert under which ordinals. Kept rows stay; new ones are appended after every
   * ordinal ever used, so list order is ordinal order.
   *
   * @param deletes the ordinals of the rows to delete
   * @param inserts the indexes, in the new list, of the elements to insert
   * @param insertOrdinals the ordinals of the inserted rows
   * @param ordinals the ordinals of the new list, in order
   */
  record Plan(List<Integer> deletes, List<Integer> inserts, List<Integer> insertOrdinals, int[] ordinals) {

    static <T> Plan of(List<T> old, int[] oldOrdinals, List<T> now) {
      int[] ordinals = new int[now.size()];
      boolean[] kept = new boolean[old.size()];
      int i = 0;
      int j = 0;
      // The longest prefix of the new list that is a subsequence of the old one stays in place.
      while (i < now.size()) {
        int k = j;
        while (k < old.size() && !Objects.equals(old.get(k), now.get(i))) {
          k++;
        }
        if (k == old.size()) {
          break;
        }
        kept[k] = true;
        ordinals[i] = oldOrdinals[k];
        j = k + 1;
        i++;
      }
      List<Integer> deletes = new ArrayList<>();
      int max = 0;
      for (int k = 0; k < old.size(); k++) {
        max = Math.max(max, oldOrdinals[k]);
        if (!kept[k]) {
          deletes.add(oldOrdinals[k]);
        }
      }
      List<Integer> inserts = new ArrayList<>();
      List<Integer> insertOrdinals = new ArrayList<>();
      for (; i < now.size(); i++) {
        ordinals[i] = ++max;
        inserts.add(i);
        insertOrdinals.add(ordinals[i]);
      }
      return new Plan(deletes, inserts, insertOrdinals, ordinals);
    }

    static int[] fresh(int size) {
      int[] ordinals = new int[size];
      for (int i = 0; i < size; i++) {
        ordinals[i] = i + 1;
      }
      return ordinals;
    }
  }
}

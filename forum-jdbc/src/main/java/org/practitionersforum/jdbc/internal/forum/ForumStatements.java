package org.practitionersforum.jdbc.internal.forum;

import java.util.List;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;
import org.practitionersforum.jdbc.internal.rows.ColumnList;
import org.practitionersforum.jdbc.internal.rows.Selection;
import org.practitionersforum.jdbc.internal.rows.Selection.Segment;
import org.practitionersforum.jdbc.internal.terms.TermsColumn;

/**
 * The SQL of the forum tables for one configuration, built once per storage: one row per forum
 * (with its version) and child rows for members, open invitations, facilitations and history, each
 * keyed by the forum and an ordinal. Immutable and thread-safe.
 */
public final class ForumStatements {
  static final ColumnList<ForumColumn> FORUM = ColumnList.of(ForumColumn.class);

  /** The forum row's columns an update sets: all but the key and the version. */
  static final ColumnList<ForumColumn> FORUM_CONTENT =
      FORUM.without(ForumColumn.ID, ForumColumn.VERSION);

  static final ColumnList<MemberColumn> MEMBER = ColumnList.of(MemberColumn.class);
  static final ColumnList<InvitationColumn> INVITATION = ColumnList.of(InvitationColumn.class);
  static final ColumnList<FacilitationColumn> FACILITATION =
      ColumnList.of(FacilitationColumn.class);

  /** A facilitation's columns an update sets: all but the key. */
  static final ColumnList<FacilitationColumn> FACILITATION_CONTENT =
      FACILITATION.without(FacilitationColumn.FORUM_ID, FacilitationColumn.ORDINAL);

  static final ColumnList<HistoryColumn> HISTORY = ColumnList.of(HistoryColumn.class);

  /** A state change's columns an update sets: all but the key. */
  static final ColumnList<HistoryColumn> HISTORY_CONTENT =
      HISTORY.without(HistoryColumn.FORUM_ID, HistoryColumn.ORDINAL);

  static final ColumnList<ChildColumn> CHILD = ColumnList.of(ChildColumn.class);

  /**
   * How a read selects forums: one id, one base, the forums one practitioner is member of, or one
   * organisation's.
   */
  enum Filter {
    ID,
    BASE,
    MEMBER,
    ORGANISATION
  }

  /**
   * How much of one forum a read takes: all of it, or its row, members and invitations with only
   * the latest state change and the latest facilitation ({@code ForumStore.findCurrent}).
   */
  enum Extent {
    WHOLE,
    CURRENT
  }

  final String insertForum;
  final String updateForum;
  final String updateMemberCount;
  final String forumExists;
  final String insertMember;
  final String insertInvitation;
  final String insertFacilitation;
  final String insertHistory;
  final String updateFacilitation;
  final String updateHistory;
  final String deleteMember;
  final String deleteInvitation;
  final String deleteFacilitation;
  final String deleteHistory;

  /**
   * Who the parties are ({@code ForumStore.findParties}): the forum row's version, state and
   * sponsor on every row, the ongoing facilitation's facilitator (only the latest facilitation may
   * be ongoing, so at most one row matches), then a member's ordinal and id (null on the single row
   * of a forum without members). One bind parameter, the forum's id; no row if there is none.
   */
  final String selectParties;

  final Segment<ForumColumn> partiesForum;
  final Segment<FacilitationColumn> partiesFacilitator;
  final Segment<MemberColumn> partiesMember;

  /**
   * Whether one forum is read table by table ({@link #selectForumWithMembers}, then {@link
   * #selectOtherChildren}) rather than in one statement ({@link #selectForumWithChildren}).
   */
  final boolean readsTableByTable;

  /** The forum's columns in the reads of one forum. */
  final Segment<ForumColumn> oneForum;

  /** The version of the forum's terms (null without terms), next in the reads of one forum. */
  final Segment<TermsColumn> oneForumTerms;

  /** The child row's columns in {@link #selectForumWithChildren}. */
  final Segment<ChildColumn> oneForumChild;

  /** A member's columns in {@link #selectForumWithMembers}. */
  final Segment<MemberColumn> oneForumMember;

  /**
   * One forum with its child rows, in one statement (one round trip), by extent: the forum's
   * columns and its terms' version on every row, then a child row's (all null on the single row of
   * a forum without children). Five bind parameters, all the forum's id; no row if there is no such
   * forum.
   */
  private final String[] selectForumWithChildren = new String[Extent.values().length];

  /**
   * One forum with its members: the forum's columns and its terms' version on every row, then a
   * member's (null on the single row of a forum without members). One bind parameter, the forum's
   * id; no row if there is no such forum. The members, at most the forum's maximum, multiply
   * nothing.
   */
  final String selectForumWithMembers;

  /**
   * The history, facilitations and invitations of one forum, by extent, a statement each, in the
   * columns {@link #CHILD}; one bind parameter each, the forum's id.
   */
  private final List<List<String>> selectOtherChildren;

  /**
   * One page of a forum's history by ordinal range: the forum's version on every row, then the
   * state change's columns (null on the single row of a forum with none in the range). Bind: the
   * first ordinal, the last ordinal, the forum's id; no row if there is no such forum.
   */
  final String selectHistoryPage;

  final Segment<ForumColumn> pageForum;
  final Segment<HistoryColumn> pageHistory;

  /**
   * A forum's members and invitations, and its facilitations and history after given ordinals, in
   * one statement in the columns {@link #CHILD}: what an update of a forum this unit of work did
   * not read compares with. Bind: the forum's id and the last ordinal of the history kept, the
   * forum's id and the last ordinal of the facilitations kept, the forum's id twice.
   */
  final String selectChildrenAfter;

  private final Tables t;
  private final SqlDialect dialect;
  private final String[] selectForums = new String[Filter.values().length];
  private final String[] selectChildren = new String[Filter.values().length];

  /**
   * Builds the statements.
   *
   * @param t the table names
   * @param dialect the database's dialect
   */
  public ForumStatements(Tables t, SqlDialect dialect) {
    this.t = t;
    this.dialect = dialect;
    insertForum = dialect.insertUnlessDuplicate(t.forum(), FORUM.names(), "id");
    updateForum =
        "UPDATE "
            + t.forum()
            + " SET "
            + FORUM_CONTENT.assignments()
            + ", version = version + 1 WHERE id = ? AND version = ?";
    // The same versioned update when only the membership changed (joining, leaving).
    updateMemberCount =
        "UPDATE "
            + t.forum()
            + " SET member_count = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";
    forumExists = "SELECT version FROM " + t.forum() + " WHERE id = ?";
    insertMember = insert(t.member(), MEMBER);
    insertInvitation = insert(t.invitation(), INVITATION);
    insertFacilitation = insert(t.facilitation(), FACILITATION);
    insertHistory = insert(t.history(), HISTORY);
    updateFacilitation =
        "UPDATE "
            + t.facilitation()
            + " SET "
            + FACILITATION_CONTENT.assignments()
            + " WHERE forum_id = ? AND ordinal = ?";
    updateHistory =
        "UPDATE "
            + t.history()
            + " SET "
            + HISTORY_CONTENT.assignments()
            + " WHERE forum_id = ? AND ordinal = ?";
    deleteMember = "DELETE FROM " + t.member() + " WHERE forum_id = ? AND ordinal = ?";
    deleteInvitation = "DELETE FROM " + t.invitation() + " WHERE forum_id = ? AND ordinal = ?";
    deleteFacilitation = "DELETE FROM " + t.facilitation() + " WHERE forum_id = ? AND ordinal = ?";
    deleteHistory = "DELETE FROM " + t.history() + " WHERE forum_id = ? AND ordinal = ?";

    Selection parties = new Selection();
    partiesForum =
        parties.add(
            "f", ColumnList.of(ForumColumn.VERSION, ForumColumn.STATE, ForumColumn.SPONSOR_ID));
    partiesFacilitator = parties.add("fa", ColumnList.of(FacilitationColumn.FACILITATOR_ID));
    partiesMember =
        parties.add("m", ColumnList.of(MemberColumn.ORDINAL, MemberColumn.PRACTITIONER_ID));
    selectParties =
        "SELECT "
            + parties.sql()
            + " FROM "
            + t.forum()
            + " f LEFT JOIN "
            + t.facilitation()
            + " fa ON fa.forum_id = f.id AND fa.ended_at IS NULL LEFT JOIN "
            + t.member()
            + " m ON m.forum_id = f.id WHERE f.id = ?";

    for (Filter f : Filter.values()) {
      selectForums[f.ordinal()] =
          "SELECT "
              + FORUM.names()
              + " FROM "
              + t.forum()
              + " WHERE "
              + forumCondition(f, "id")
              + " ORDER BY id";
      // The UNION ALL sits in a derived table: H2 then caches the parsed statement (it re-parses
      // a bare UNION on every execution); PostgreSQL and MariaDB run both forms alike.
      selectChildren[f.ordinal()] =
          "SELECT "
              + CHILD.names()
              + " FROM ("
              + unionOfChildren(Extent.WHOLE, forumCondition(f, "forum_id"))
              + ") children";
    }

    // One forum comes with the version of its terms, by primary key (null without terms), which
    // the services ask for next (whether terms are in force, for the admission rule; whether
    // there are terms to settle after a change of parties).
    readsTableByTable = dialect.readsTableByTable();
    Selection withChildren = new Selection();
    oneForum = withChildren.add("f", FORUM);
    oneForumTerms = withChildren.add("t", ColumnList.of(TermsColumn.VERSION));
    oneForumChild = withChildren.add("c", CHILD);
    for (Extent e : Extent.values()) {
      selectForumWithChildren[e.ordinal()] =
          "SELECT "
              + withChildren.sql()
              + " FROM "
              + t.forum()
              + " f LEFT JOIN "
              + t.terms()
              + " t ON t.forum_id = f.id LEFT JOIN ("
              + unionOfChildren(e, "forum_id = ?")
              + ") c ON 1 = 1 WHERE f.id = ?";
    }
    Selection withMembers = new Selection();
    withMembers.add("f", FORUM);
    withMembers.add("t", ColumnList.of(TermsColumn.VERSION));
    oneForumMember =
        withMembers.add(
            "m",
            ColumnList.of(
                MemberColumn.ORDINAL, MemberColumn.PRACTITIONER_ID, MemberColumn.JOINED_AT));
    selectForumWithMembers =
        "SELECT "
            + withMembers.sql()
            + " FROM "
            + t.forum()
            + " f"
            + " LEFT JOIN "
            + t.terms()
            + " t ON t.forum_id = f.id"
            + " LEFT JOIN "
            + t.member()
            + " m ON m.forum_id = f.id WHERE f.id = ?";
    selectOtherChildren =
        List.of(
            List.of(
                childRows(ChildKind.HISTORY, "forum_id = ?"),
                childRows(ChildKind.FACILITATION, "forum_id = ?"),
                childRows(ChildKind.INVITATION, "forum_id = ?")),
            List.of(
                latestChildRow(ChildKind.HISTORY),
                latestChildRow(ChildKind.FACILITATION),
                childRows(ChildKind.INVITATION, "forum_id = ?")));

    Selection page = new Selection();
    pageForum = page.add("f", ColumnList.of(ForumColumn.VERSION));
    pageHistory = page.add("h", HISTORY.without(HistoryColumn.FORUM_ID));
    selectHistoryPage =
        "SELECT "
            + page.sql()
            + " FROM "
            + t.forum()
            + " f LEFT JOIN "
            + t.history()
            + " h ON h.forum_id = f.id AND h.ordinal BETWEEN ? AND ? WHERE f.id = ?";
    selectChildrenAfter =
        "SELECT "
            + CHILD.names()
            + " FROM ("
            + childRows(ChildKind.HISTORY, "forum_id = ? AND ordinal > ?")
            + " UNION ALL "
            + childRows(ChildKind.FACILITATION, "forum_id = ? AND ordinal > ?")
            + " UNION ALL "
            + childRows(ChildKind.INVITATION, "forum_id = ?")
            + " UNION ALL "
            + childRows(ChildKind.MEMBER, "forum_id = ?")
            + ") children";
  }

  /**
   * The forum rows selected by a filter, ordered by id, in the columns {@link #FORUM}; one bind
   * parameter.
   */
  String selectForums(Filter filter) {
    return selectForums[filter.ordinal()];
  }

  /**
   * Every child row of the forums selected by a filter, in one statement, in the columns {@link
   * #CHILD}: four bind parameters, all the filter's value. In no particular order: the reader puts
   * each forum's lists in ordinal order.
   */
  String selectChildren(Filter filter) {
    return selectChildren[filter.ordinal()];
  }

  /** See {@link #selectForumWithChildren}. */
  String selectForumWithChildren(Extent extent) {
    return selectForumWithChildren[extent.ordinal()];
  }

  /** See {@link #selectOtherChildren}. */
  List<String> selectOtherChildren(Extent extent) {
    return selectOtherChildren.get(extent.ordinal());
  }

  private static <C extends Enum<C>> String insert(String table, ColumnList<C> columns) {
    return "INSERT INTO "
        + table
        + " ("
        + columns.names()
        + ") VALUES ("
        + columns.placeholders()
        + ")";
  }

  /**
   * The child rows of every kind, in the columns {@link #CHILD}; four bind parameters. With {@link
   * Extent#CURRENT}, only the latest state change and facilitation, by the primary key read
   * backwards.
   */
  private String unionOfChildren(Extent extent, String cond) {
    String history =
        extent == Extent.WHOLE
            ? childRows(ChildKind.HISTORY, cond)
            : "(" + latestChildRow(ChildKind.HISTORY) + ")";
    String facilitation =
        extent == Extent.WHOLE
            ? childRows(ChildKind.FACILITATION, cond)
            : "(" + latestChildRow(ChildKind.FACILITATION) + ")";
    return history
        + " UNION ALL "
        + facilitation
        + " UNION ALL "
        + childRows(ChildKind.INVITATION, cond)
        + " UNION ALL "
        + childRows(ChildKind.MEMBER, cond);
  }

  /**
   * The child rows of one kind, in the columns {@link #CHILD}: for a state change, the role that
   * made it (a), the states before (b) and after (c), the reason (txt) and the time (t1); for a
   * facilitation, the facilitator (a), why it ended (txt), its start (t1) and end (t2); for an
   * invitation, the invitee (a), the role that invited (b) and when (t1); for a member, the
   * practitioner (a) and when they joined (t1).
   */
  String childRows(ChildKind kind, String cond) {
    switch (kind) {
      case HISTORY:
        return "SELECT "
            + CHILD.as(
                "forum_id",
                kind.code + "",
                "ordinal",
                "by_role",
                "from_state",
                "to_state",
                "reason",
                "changed_at",
                "NULL")
            + " FROM "
            + t.history()
            + " WHERE "
            + cond;
      case FACILITATION:
        return "SELECT "
            + CHILD.as(
                "forum_id",
                kind.code + "",
                "ordinal",
                "facilitator_id",
                "NULL",
                "NULL",
                "end_reason",
                "started_at",
                "ended_at")
            + " FROM "
            + t.facilitation()
            + " WHERE "
            + cond;
      case INVITATION:
        return "SELECT "
            + CHILD.as(
                "forum_id",
                kind.code + "",
                "ordinal",
                "invitee_id",
                "invited_by",
                "NULL",
                "NULL",
                "invited_at",
                "NULL")
            + " FROM "
            + t.invitation()
            + " WHERE "
            + cond;
      default:
        return "SELECT "
            + CHILD.as(
                "forum_id",
                kind.code + "",
                "ordinal",
                "practitioner_id",
                "NULL",
                "NULL",
                "NULL",
                "joined_at",
                "NULL")
            + " FROM "
            + t.member()
            + " WHERE "
            + cond;
    }
  }

  /**
   * The latest child row of one kind of one forum: its primary key read backwards, one row, so that
   * the read costs the same however many rows the forum has. One bind parameter, the forum's id.
   */
  private String latestChildRow(ChildKind kind) {
    return childRows(kind, "forum_id = ?")
        + " ORDER BY forum_id DESC, ordinal DESC"
        + dialect.firstRows(1);
  }

  private String forumCondition(Filter filter, String column) {
    switch (filter) {
      case ID:
        return column + " = ?";
      case BASE:
        return column.equals("id")
            ? "base_id = ?"
            : column + " IN (SELECT id FROM " + t.forum() + " WHERE base_id = ?)";
      case ORGANISATION:
        return column.equals("id")
            ? "organisation_id = ?"
            : column + " IN (SELECT id FROM " + t.forum() + " WHERE organisation_id = ?)";
      default:
        return column + " IN (SELECT forum_id FROM " + t.member() + " WHERE practitioner_id = ?)";
    }
  }
}

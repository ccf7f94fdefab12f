package org.practitionersforum.jdbc.internal.terms;

import java.util.List;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;
import org.practitionersforum.jdbc.internal.rows.ColumnList;
import org.practitionersforum.jdbc.internal.rows.Selection;
import org.practitionersforum.jdbc.internal.rows.Selection.Segment;

/**
 * The SQL of the terms tables for one configuration, built once per storage: one row per forum (the
 * aggregate's version), one per terms version (status, round, hash, times, texts), and child rows
 * for the purposes and stated limits, the agreements and the objections of each version. Immutable
 * and thread-safe.
 */
public final class TermsStatements {
  static final ColumnList<VersionColumn> VERSION = ColumnList.of(VersionColumn.class);

  /** A version row's columns an update sets: all but the key. */
  static final ColumnList<VersionColumn> VERSION_CONTENT =
      VERSION.without(VersionColumn.FORUM_ID, VersionColumn.NUMBER);

  static final ColumnList<ItemColumn> ITEM = ColumnList.of(ItemColumn.class);
  static final ColumnList<AgreementColumn> AGREEMENT = ColumnList.of(AgreementColumn.class);
  static final ColumnList<ObjectionColumn> OBJECTION = ColumnList.of(ObjectionColumn.class);
  static final ColumnList<TermsChildColumn> CHILD = ColumnList.of(TermsChildColumn.class);

  final String insertTerms;
  final String updateTerms;
  final String termsExists;

  /**
   * A forum's terms: the versioned row's version on every row, then a version row's columns ({@link
   * #versionHead}, {@link #versionRow}; null on the single row of terms without versions). One bind
   * parameter, the forum id; no row without terms.
   */
  final String selectVersions;

  /**
   * Every child row of a forum's versions, in the columns {@link #CHILD}, then the check row (see
   * {@link #childrenOf}). Bind: the forum id, four times.
   */
  final String selectChildren;

  /** As {@link #selectVersions}, for the version in force only, found by its unique column. */
  final String selectInForceVersion;

  /**
   * As {@link #selectChildren}, for the version in force only. Bind: where {@link
   * #inForceChildrenByNumber}, the forum id and the version's number for each of the first three
   * parts, then the forum id; else the forum id, four times.
   */
  final String selectInForceChildren;

  /** The versioned row's version in {@link #selectVersions} and {@link #selectInForceVersion}. */
  final Segment<TermsColumn> versionHead;

  /** A version row's columns in {@link #selectVersions} and {@link #selectInForceVersion}. */
  final Segment<VersionColumn> versionRow;

  /** See {@link SqlDialect#findsInForceChildrenByNumber()}. */
  final boolean inForceChildrenByNumber;

  /**
   * Where the dialect reads table by table, {@link #selectChildren} as one statement per child
   * table (null elsewhere): the objections, the purposes and limits, then the agreements, each in
   * the columns {@link #CHILD}, the agreements with the versioned row's version after them ({@link
   * #byTableCheck}), on a row of its own (all else null) if there are no agreements. Bind for each:
   * the forum id; the last takes the forum id once more.
   */
  final List<String> childrenByTable;

  /**
   * {@link #childrenByTable} for the version in force: each binds the version's number after the
   * first forum id.
   */
  final List<String> inForceChildrenByTable;

  /**
   * The versioned row's version after the child columns, in the last of {@link #childrenByTable}.
   */
  final Segment<TermsColumn> byTableCheck;

  /**
   * Whether a forum has terms (their version) and a version in force (its number), by the primary
   * key and the unique in-force column. Bind: the forum id.
   */
  final String selectHead;

  final Segment<TermsColumn> headTerms;
  final Segment<VersionColumn> headInForce;

  /**
   * The current round of the versions with one hash: the versioned row, each version row with that
   * hash, and the agreements of every round of it (the reader keeps the current round's and the
   * last ordinal, under which the next agreement goes). Bind: the hash, the forum id.
   */
  final String selectRound;

  final Segment<TermsColumn> roundTerms;
  final Segment<VersionColumn> roundVersion;
  final Segment<AgreementColumn> roundAgreement;

  /**
   * One agreement, inserted only if its version row has its hash and round and is open for
   * agreement or in force (TR-2, TR-3), under the next ordinal of that version. Run after the
   * versioned update of the terms row, which locks the forum's terms: the ordinal cannot race.
   * Bind: party, role, time, forum id, number, hash, round. Where the unit of work read the
   * version's row at the version of the terms that the update found, the store checks those
   * conditions itself and inserts with {@link #insertAgreement}.
   */
  final String insertAgreementChecked;

  /** The version in force, if any, leaves force. Bind: the time, the forum id. */
  final String supersedeInForce;

  /** The open version in its round comes into force. Bind: time, forum id, number, hash, round. */
  final String enterForce;

  final String insertVersion;
  final String updateVersion;
  final String deleteVersion;
  final String insertItem;
  final String deleteItems;
  final String insertAgreement;
  final String deleteAgreement;
  final String deleteAgreements;
  final String insertObjection;
  final String deleteObjection;
  final String deleteObjections;

  /**
   * Builds the statements.
   *
   * @param t the table names
   * @param dialect the database's dialect
   */
  public TermsStatements(Tables t, SqlDialect dialect) {
    insertTerms = dialect.insertUnlessDuplicate(t.terms(), "forum_id, version", "forum_id");
    updateTerms =
        "UPDATE " + t.terms() + " SET version = version + 1 WHERE forum_id = ? AND version = ?";
    termsExists = "SELECT version FROM " + t.terms() + " WHERE forum_id = ?";
    // A read of terms is two statements: the versioned row with the version rows (wide: the
    // texts), then the child rows of those versions in one UNION ALL (narrow), which ends with
    // the versioned row's version again, so that a change committed between the two statements
    // is seen and the pair is read again. One wide UNION ALL, each child row padded with the
    // version columns, cost H2 and PostgreSQL more than the second round trip.
    Selection versions = new Selection();
    versionHead = versions.add("t", ColumnList.of(TermsColumn.VERSION));
    versionRow = versions.add("v", VERSION.without(VersionColumn.FORUM_ID));
    selectVersions =
        "SELECT "
            + versions.sql()
            + " FROM "
            + t.terms()
            + " t LEFT JOIN "
            + t.termsVersion()
            + " v ON v.forum_id = t.forum_id WHERE t.forum_id = ?";
    selectChildren = childrenOf(t, "c.forum_id = ?", "");
    // The same for the version in force: its row by the unique in-force column, its children by
    // their key prefix (forum_id, number), or where the dialect says so from the unique in-force
    // column too. A version that left force in between changed the versioned row, which the
    // statement's last row reports.
    inForceChildrenByNumber = dialect.findsInForceChildrenByNumber();
    selectInForceVersion =
        "SELECT "
            + versions.sql()
            + " FROM "
            + t.terms()
            + " t LEFT JOIN "
            + t.termsVersion()
            + " v ON v.in_force_forum_id = t.forum_id WHERE t.forum_id = ?";
    selectInForceChildren =
        inForceChildrenByNumber
            ? childrenOf(t, "c.forum_id = ? AND c.number = ?", "")
            : childrenOf(
                t,
                "v.in_force_forum_id = ?",
                " JOIN "
                    + t.termsVersion()
                    + " v ON v.forum_id = c.forum_id AND v.number = c.number");
    // Where a statement costs processor time rather than a round trip and a UNION ALL costs more
    // than its parts, the children are read a table at a time, the agreements last with the
    // versioned row's version (the check that the statements read one version of the terms).
    childrenByTable = dialect.readsTableByTable() ? childrenByTable(t, "") : null;
    inForceChildrenByTable =
        dialect.readsTableByTable() ? childrenByTable(t, " AND c.number = ?") : null;
    byTableCheck = new Segment<>(ColumnList.of(TermsColumn.VERSION), CHILD.size());
    Selection head = new Selection();
    headTerms = head.add("t", ColumnList.of(TermsColumn.VERSION));
    headInForce = head.add("iv", ColumnList.of(VersionColumn.NUMBER));
    selectHead =
        "SELECT "
            + head.sql()
            + " FROM "
            + t.terms()
            + " t LEFT JOIN "
            + t.termsVersion()
            + " iv ON iv.in_force_forum_id = t.forum_id WHERE t.forum_id = ?";
    Selection round = new Selection();
    roundTerms = round.add("t", ColumnList.of(TermsColumn.VERSION));
    roundVersion =
        round.add(
            "v", ColumnList.of(VersionColumn.NUMBER, VersionColumn.STATUS, VersionColumn.ROUND));
    roundAgreement =
        round.add(
            "a",
            ColumnList.of(
                AgreementColumn.ORDINAL,
                AgreementColumn.PARTY_ID,
                AgreementColumn.ROLE,
                AgreementColumn.AGREED_AT,
                AgreementColumn.ROUND));
    selectRound =
        "SELECT "
            + round.sql()
            + " FROM "
            + t.terms()
            + " t LEFT JOIN "
            + t.termsVersion()
            + " v ON v.forum_id = t.forum_id AND v.content_hash = ? LEFT JOIN "
            + t.agreement()
            + " a ON a.forum_id = v.forum_id AND a.number = v.number"
            + " WHERE t.forum_id = ? ORDER BY v.number, a.ordinal";
    insertAgreementChecked =
        "INSERT INTO "
            + t.agreement()
            + " ("
            + AGREEMENT.names()
            + ")"
            + " SELECT v.forum_id, v.number, COALESCE((SELECT MAX(a.ordinal) FROM "
            + t.agreement()
            + " a WHERE a.forum_id = v.forum_id AND a.number = v.number), 0) + 1, ?, ?,"
            + " v.content_hash, v.round, ? FROM "
            + t.termsVersion()
            + " v WHERE v.forum_id = ?"
            + " AND v.number = ? AND v.content_hash = ? AND v.round = ?"
            + " AND v.status IN ('OPEN', 'IN_FORCE')";
    supersedeInForce =
        "UPDATE "
            + t.termsVersion()
            + " SET status = 'SUPERSEDED',"
            + " in_force_forum_id = NULL, ended_at = ? WHERE in_force_forum_id = ?";
    enterForce =
        "UPDATE "
            + t.termsVersion()
            + " SET status = 'IN_FORCE',"
            + " in_force_forum_id = forum_id, in_force_at = ? WHERE forum_id = ? AND number = ?"
            + " AND content_hash = ? AND round = ? AND status = 'OPEN'";
    insertVersion = insert(t.termsVersion(), VERSION);
    updateVersion =
        "UPDATE "
            + t.termsVersion()
            + " SET "
            + VERSION_CONTENT.assignments()
            + " WHERE forum_id = ? AND number = ?";
    deleteVersion = "DELETE FROM " + t.termsVersion() + " WHERE forum_id = ? AND number = ?";
    insertItem = insert(t.termsItem(), ITEM);
    deleteItems = "DELETE FROM " + t.termsItem() + " WHERE forum_id = ? AND number = ?";
    insertAgreement = insert(t.agreement(), AGREEMENT);
    deleteAgreement =
        "DELETE FROM " + t.agreement() + " WHERE forum_id = ? AND number = ? AND ordinal = ?";
    deleteAgreements = "DELETE FROM " + t.agreement() + " WHERE forum_id = ? AND number = ?";
    insertObjection = insert(t.objection(), OBJECTION);
    deleteObjection =
        "DELETE FROM " + t.objection() + " WHERE forum_id = ? AND number = ? AND ordinal = ?";
    deleteObjections = "DELETE FROM " + t.objection() + " WHERE forum_id = ? AND number = ?";
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
   * The statements of {@link #childrenByTable}: {@code number} is empty, or the condition on the
   * version's number that follows the forum id's.
   */
  private static List<String> childrenByTable(Tables t, String number) {
    return List.of(
        "SELECT "
            + objectionColumns()
            + " FROM "
            + t.objection()
            + " c WHERE c.forum_id = ?"
            + number,
        "SELECT " + itemColumns() + " FROM " + t.termsItem() + " c WHERE c.forum_id = ?" + number,
        "SELECT "
            + agreementColumns()
            + ", t.version FROM "
            + t.terms()
            + " t LEFT JOIN "
            + t.agreement()
            + " c ON c.forum_id = ?"
            + number
            + " WHERE t.forum_id = ?");
  }

  /**
   * The child rows of a forum's terms versions, in no particular order, in the columns {@link
   * #CHILD}, then one row of kind 0 whose last column is the version of the forum's terms (no such
   * row if the forum has no terms). Bind, for each of the four parts: the forum id (and, for the
   * first three, the version's number when the condition names it). The join, if any, follows each
   * child table (alias {@code c}) of the first three parts; the fourth reads the versioned row by
   * forum id.
   */
  private static String childrenOf(Tables t, String condition, String join) {
    // PostgreSQL types a UNION pairwise from the left: the objections, typed in every column,
    // come first, and the versioned row, mostly untyped nulls, last.
    return "SELECT "
        + CHILD.names()
        + " FROM (SELECT "
        + objectionColumns()
        + " FROM "
        + t.objection()
        + " c"
        + join
        + " WHERE "
        + condition
        + " UNION ALL SELECT "
        + agreementColumns()
        + " FROM "
        + t.agreement()
        + " c"
        + join
        + " WHERE "
        + condition
        + " UNION ALL SELECT "
        + itemColumns()
        + " FROM "
        + t.termsItem()
        + " c"
        + join
        + " WHERE "
        + condition
        + " UNION ALL SELECT "
        + CHILD.as(
            "0",
            TermsChildKind.CHECK.code + "",
            "0",
            "NULL",
            "NULL",
            "NULL",
            "NULL",
            "NULL",
            "c.version")
        + " FROM "
        + t.terms()
        + " c WHERE c.forum_id = ?) terms_rows";
  }

  private static String objectionColumns() {
    return CHILD.as(
        "c.number",
        TermsChildKind.OBJECTION.code + "",
        "c.ordinal",
        "c.party_id",
        "c.role",
        "c.content_hash",
        "c.round",
        "c.reason",
        "c.objected_at");
  }

  private static String agreementColumns() {
    return CHILD.as(
        "c.number",
        TermsChildKind.AGREEMENT.code + "",
        "c.ordinal",
        "c.party_id",
        "c.role",
        "c.content_hash",
        "c.round",
        "NULL",
        "c.agreed_at");
  }

  private static String itemColumns() {
    return CHILD.as(
        "c.number", "c.kind", "c.ordinal", "NULL", "NULL", "NULL", "NULL", "c.text", "NULL");
  }
}

package org.practitionersforum.jdbc.internal;

import java.util.List;
import java.util.Map;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.jdbc.Dialect;

/**
 * The SQL of the terms tables for one configuration, built once per storage: one row per forum
 * (the aggregate's version), one per terms version (status, round, hash, times, texts), and child
 * rows for the purposes and stated limits, the agreements and the objections of each version.
 */
final class TermsRows {
  /** Child row kinds, in the order they are read. */
  static final int PURPOSE = 1;
  static final int LIMIT = 2;
  static final int AGREEMENT = 3;
  static final int OBJECTION = 4;

  static final String VERSION_COLUMNS = "number, status, round, content_hash, in_force_forum_id,"
      + " drafted_at, opened_at, in_force_at, ended_at, confidentiality, attendance, equal_airtime,"
      + " cadence, quorum, facilitation, facilitation_ends, decision_making, sharing_with_managers,"
      + " review_date";

  final String insertTerms;
  final String updateTerms;
  final String termsExists;
  final String selectVersions;
  final String selectChildren;
  final String selectInForceVersion;
  final String selectInForceChildren;
  /**
   * Whether {@link #selectInForceChildren} takes the version's number after the forum id in each of
   * its first three parts (else it takes only the forum id, four times).
   */
  final boolean inForceChildrenByNumber;
  /**
   * On H2, {@link #selectChildren} and {@link #selectInForceChildren} as one statement per child
   * table (null elsewhere): the objections, the purposes and limits, then the agreements with the
   * versioned row's version in a tenth column, on a row of its own (all else null) if there are no
   * agreements. Bind for each: the forum id then, for the version in force, its number; the last
   * takes the forum id once more after them.
   */
  final List<String> childrenByTable;
  /** See {@link #childrenByTable}. */
  final List<String> inForceChildrenByTable;
  final String selectHead;
  final String selectRound;
  final String insertAgreementChecked;
  final String supersedeInForce;
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

  TermsRows(Tables t, Dialect dialect) {
    insertTerms = "INSERT INTO " + t.terms() + " (forum_id, version) VALUES (?, ?)"
        + (dialect == Dialect.POSTGRESQL ? " ON CONFLICT (forum_id) DO NOTHING" : "");
    updateTerms = "UPDATE " + t.terms() + " SET version = version + 1 WHERE forum_id = ? AND version = ?";
    termsExists = "SELECT version FROM " + t.terms() + " WHERE forum_id = ?";
    // A read of terms is two statements: the versioned row with the version rows (wide: the
    // texts), then the child rows of those versions in one UNION ALL (narrow), which ends with
    // the versioned row's version again, so that a change committed between the two statements
    // is seen and the pair is read again. One wide UNION ALL, each child row padded with the
    // version columns, cost H2 and PostgreSQL more than the second round trip.
    selectVersions = "SELECT t.version, v." + VERSION_COLUMNS.replace(", ", ", v.") + " FROM " + t.terms()
        + " t LEFT JOIN " + t.termsVersion() + " v ON v.forum_id = t.forum_id WHERE t.forum_id = ?";
    selectChildren = childrenOf(t, "c.forum_id = ?", "");
    // The same for the version in force: its row by the unique in-force column, its children by
    // their key prefix (forum_id, number). On PostgreSQL the children are found from the unique
    // in-force column too, with the forum id as the only parameter: bound to a number, the
    // statement's custom plans (re-planned on every execution) were estimated cheaper than its
    // generic plan once the agreements grew past millions of rows, so the server re-planned it on
    // every read, and the read grew with the table. With only the forum id, the custom and the
    // generic plans cost the same, and the server keeps the generic one. A version that left force
    // in between changed the versioned row, which the statement's last row reports.
    inForceChildrenByNumber = dialect != Dialect.POSTGRESQL;
    selectInForceVersion = "SELECT t.version, v." + VERSION_COLUMNS.replace(", ", ", v.") + " FROM " + t.terms()
        + " t LEFT JOIN " + t.termsVersion() + " v ON v.in_force_forum_id = t.forum_id WHERE t.forum_id = ?";
    selectInForceChildren = inForceChildrenByNumber ? childrenOf(t, "c.forum_id = ? AND c.number = ?", "")
        : childrenOf(t, "v.in_force_forum_id = ?", " JOIN " + t.termsVersion() + " v ON v.forum_id = c.forum_id"
            + " AND v.number = c.number");
    // H2 runs a UNION ALL in a derived table at a quarter more than a statement per table (60 us
    // against 76 us for the children of a version in force at national scale), and a statement
    // costs it CPU, not a round trip: there the children are read a table at a time, the
    // agreements last with the versioned row's version (the check that the statements read one
    // version of the terms).
    childrenByTable = dialect == Dialect.H2 ? childrenByTable(t, "") : null;
    inForceChildrenByTable = dialect == Dialect.H2 ? childrenByTable(t, " AND c.number = ?") : null;
    // Whether a forum has terms (their version) and a version in force (its number), by the
    // primary key and the unique in-force column. Bind: the forum id.
    selectHead = "SELECT t.version, iv.number FROM " + t.terms() + " t LEFT JOIN " + t.termsVersion()
        + " iv ON iv.in_force_forum_id = t.forum_id WHERE t.forum_id = ?";
    // The current round of the versions with one hash: the versioned row, each version row with
    // that hash, and the agreements of every round of it (the reader keeps the current round's and
    // the last ordinal, under which the next agreement goes). Bind: the hash, the forum id.
    selectRound = "SELECT t.version, v.number, v.status, v.round, a.ordinal, a.party_id, a.role, a.agreed_at,"
        + " a.round FROM " + t.terms() + " t LEFT JOIN " + t.termsVersion() + " v ON v.forum_id = t.forum_id"
        + " AND v.content_hash = ? LEFT JOIN " + t.agreement() + " a ON a.forum_id = v.forum_id"
        + " AND a.number = v.number WHERE t.forum_id = ? ORDER BY v.number, a.ordinal";
    // One agreement, inserted only if its version row has its hash and round and is open for
    // agreement or in force (TR-2, TR-3), under the next ordinal of that version. Run after the
    // versioned update of the terms row, which locks the forum's terms: the ordinal cannot race.
    // Bind: party, role, time, forum id, number, hash, round.
    // Where the unit of work read the version's row at the version of the terms that the update
    // found, JdbcTermsStore checks those conditions itself and inserts with insertAgreement.
    insertAgreementChecked = "INSERT INTO " + t.agreement()
        + " (forum_id, number, ordinal, party_id, role, content_hash, round, agreed_at)"
        + " SELECT v.forum_id, v.number, COALESCE((SELECT MAX(a.ordinal) FROM " + t.agreement() + " a"
        + " WHERE a.forum_id = v.forum_id AND a.number = v.number), 0) + 1, ?, ?, v.content_hash, v.round, ?"
        + " FROM " + t.termsVersion() + " v WHERE v.forum_id = ? AND v.number = ? AND v.content_hash = ?"
        + " AND v.round = ? AND v.status IN ('OPEN', 'IN_FORCE')";
    // The version in force, if any, leaves force. Bind: the time, the forum id.
    supersedeInForce = "UPDATE " + t.termsVersion() + " SET status = 'SUPERSEDED', in_force_forum_id = NULL,"
        + " ended_at = ? WHERE in_force_forum_id = ?";
    // The open version in its round comes into force. Bind: the time, forum id, number, hash, round.
    enterForce = "UPDATE " + t.termsVersion() + " SET status = 'IN_FORCE', in_force_forum_id = forum_id,"
        + " in_force_at = ? WHERE forum_id = ? AND number = ? AND content_hash = ? AND round = ? AND status = 'OPEN'";
    insertVersion = "INSERT INTO " + t.termsVersion() + " (forum_id, " + VERSION_COLUMNS + ") VALUES"
        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    updateVersion = "UPDATE " + t.termsVersion() + " SET status = ?, round = ?, content_hash = ?,"
        + " in_force_forum_id = ?, drafted_at = ?, opened_at = ?, in_force_at = ?, ended_at = ?,"
        + " confidentiality = ?, attendance = ?, equal_airtime = ?, cadence = ?, quorum = ?,"
        + " facilitation = ?, facilitation_ends = ?, decision_making = ?, sharing_with_managers = ?,"
        + " review_date = ? WHERE forum_id = ? AND number = ?";
    deleteVersion = "DELETE FROM " + t.termsVersion() + " WHERE forum_id = ? AND number = ?";
    insertItem = "INSERT INTO " + t.termsItem() + " (forum_id, number, kind, ordinal, text) VALUES (?, ?, ?, ?, ?)";
    deleteItems = "DELETE FROM " + t.termsItem() + " WHERE forum_id = ? AND number = ?";
    insertAgreement = "INSERT INTO " + t.agreement()
        + " (forum_id, number, ordinal, party_id, role, content_hash, round, agreed_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    deleteAgreement = "DELETE FROM " + t.agreement() + " WHERE forum_id = ? AND number = ? AND ordinal = ?";
    deleteAgreements = "DELETE FROM " + t.agreement() + " WHERE forum_id = ? AND number = ?";
    insertObjection = "INSERT INTO " + t.objection()
        + " (forum_id, number, ordinal, party_id, role, content_hash, round, reason, objected_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    deleteObjection = "DELETE FROM " + t.objection() + " WHERE forum_id = ? AND number = ? AND ordinal = ?";
    deleteObjections = "DELETE FROM " + t.objection() + " WHERE forum_id = ? AND number = ?";
  }

  /**
   * The statements of {@link #childrenByTable}: {@code number} is empty, or the condition on the
   * version's number that follows the forum id's.
   */
  private static List<String> childrenByTable(Tables t, String number) {
    return List.of(
        "SELECT c.number, " + OBJECTION + " AS kind, c.ordinal, c.party_id, c.role, c.content_hash,"
            + " c.round, c.reason, c.objected_at FROM " + t.objection() + " c WHERE c.forum_id = ?" + number,
        "SELECT c.number, c.kind, c.ordinal, NULL, NULL, NULL, NULL, c.text, NULL FROM " + t.termsItem()
            + " c WHERE c.forum_id = ?" + number,
        "SELECT c.number, " + AGREEMENT + " AS kind, c.ordinal, c.party_id, c.role, c.content_hash, c.round,"
            + " NULL, c.agreed_at, t.version FROM " + t.terms() + " t LEFT JOIN " + t.agreement()
            + " c ON c.forum_id = ?" + number + " WHERE t.forum_id = ?");
  }

  /**
   * The child rows of a forum's terms versions, in no particular order, then one row of kind 0
   * whose last column is the version of the forum's terms (no such row if the forum has no
   * terms). Columns: number, kind, ordinal, a (party), b (role), h (hash), r (round), txt (text),
   * at (instant). Bind, for each of the four parts: the forum id (and, for the first three, the
   * version's number when the condition names it). The join, if any, follows each child table
   * (alias {@code c}) of the first three parts; the fourth reads the versioned row by forum id.
   */
  private static String childrenOf(Tables t, String condition, String join) {
    // PostgreSQL types a UNION pairwise from the left: the objections, typed in every column,
    // come first, and the versioned row, mostly untyped nulls, last.
    return "SELECT * FROM (SELECT c.number, " + OBJECTION + " AS kind, c.ordinal, c.party_id AS a, c.role AS b,"
        + " c.content_hash AS h, c.round AS r, c.reason AS txt, c.objected_at AS at FROM " + t.objection()
        + " c" + join + " WHERE " + condition
        + " UNION ALL SELECT c.number, " + AGREEMENT + ", c.ordinal, c.party_id, c.role, c.content_hash, c.round,"
        + " NULL, c.agreed_at FROM " + t.agreement() + " c" + join + " WHERE " + condition
        + " UNION ALL SELECT c.number, c.kind, c.ordinal, NULL, NULL, NULL, NULL, c.text, NULL FROM "
        + t.termsItem() + " c" + join + " WHERE " + condition
        + " UNION ALL SELECT 0, 0, 0, NULL, NULL, NULL, NULL, NULL, c.version FROM " + t.terms()
        + " c WHERE c.forum_id = ?) terms_rows";
  }

  /**
   * Stored terms with the row keys (ordinals) of each version's agreements and objections, in
   * list order, by version number.
   */
  record Snapshot(ForumTerms terms, Map<Integer, int[]> agreements, Map<Integer, int[]> objections) {}

  /**
   * One version's row as a unit of work read it along with a round ({@link
   * JdbcTermsStore#findAgreementRound}), at a version of the whole terms: what recording an
   * agreement to it checks, and the last ordinal of its agreements (0 without any).
   */
  record RoundRow(long termsVersion, int number, String hash, int round, TermsStatus status, int lastOrdinal) {

    /**
     * The ordinal an agreement takes if the terms are still at this row's version: 0 if the row
     * refuses it (another hash or round, or a version neither open for agreement nor in force),
     * -1 if this row does not tell (another version of the terms, or another version number).
     */
    int nextOrdinal(long termsVersion, int number, String hash, int round) {
      if (termsVersion != this.termsVersion || number != this.number) {
        return -1;
      }
      boolean agreeable = status == TermsStatus.OPEN || status == TermsStatus.IN_FORCE;
      return agreeable && hash.equals(this.hash) && round == this.round ? lastOrdinal + 1 : 0;
    }
  }

}

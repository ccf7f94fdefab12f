package org.practitionersforum.jdbc.internal;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.practitionersforum.api.terms.ForumTerms;
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
  final String selectTerms;
  final String selectInForce;
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
    // One statement each (one round trip, one snapshot of the rows even under READ COMMITTED):
    // the versioned row with each version row, and every child row, in one UNION ALL (inside a
    // derived table, so that H2 caches the parsed statement; see ForumRows.selectChildren).
    selectTerms = unionOf(t, "v.forum_id = t.forum_id", table -> table + " c WHERE c.forum_id = ?");
    // The same narrowed to the version in force: its row by the unique in-force column, its
    // children joined to it by their key prefix (forum_id, number).
    selectInForce = unionOf(t, "v.in_force_forum_id = t.forum_id", table -> t.termsVersion() + " iv JOIN " + table
        + " c ON c.forum_id = iv.forum_id AND c.number = iv.number WHERE iv.in_force_forum_id = ?");
    // Whether a forum has terms (their version) and a version in force (its number), by the
    // primary key and the unique in-force column. Bind: the forum id.
    selectHead = "SELECT t.version, iv.number FROM " + t.terms() + " t LEFT JOIN " + t.termsVersion()
        + " iv ON iv.in_force_forum_id = t.forum_id WHERE t.forum_id = ?";
    // The current round of the versions with one hash: the versioned row, each version row with
    // that hash, and the agreements of its current round. Bind: the hash, the forum id.
    selectRound = "SELECT t.version, v.number, v.status, v.round, a.ordinal, a.party_id, a.role, a.agreed_at"
        + " FROM " + t.terms() + " t LEFT JOIN " + t.termsVersion() + " v ON v.forum_id = t.forum_id"
        + " AND v.content_hash = ? LEFT JOIN " + t.agreement() + " a ON a.forum_id = v.forum_id"
        + " AND a.number = v.number AND a.round = v.round WHERE t.forum_id = ? ORDER BY v.number, a.ordinal";
    // One agreement, inserted only if its version row has its hash and round and is open for
    // agreement or in force (TR-2, TR-3), under the next ordinal of that version. Run after the
    // versioned update of the terms row, which locks the forum's terms: the ordinal cannot race.
    // Bind: party, role, time, forum id, number, hash, round.
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

  /** Columns of {@link #selectTerms} before the version columns; a version row has kind 0. */
  static final int VERSION_OFFSET = 9;

  /**
   * The terms' rows in one statement. Columns: number, kind (0 for the versioned row with a
   * version row, else the child kind), ordinal, a (party), b (role), h (hash), r (round), txt
   * (text), at (instant), then the aggregate's version and {@link #VERSION_COLUMNS}. A forum
   * without terms has no row; one with terms has at least the kind-0 row (its version columns
   * null when it has no version). Four bind parameters, all the forum id.
   */
  private static String unionOf(Tables t, String versionJoin, UnaryOperator<String> children) {
    // PostgreSQL types a UNION pairwise from the left: the objections, typed in every child
    // column, come right after the version row, whose child columns are untyped nulls.
    String nulls = ", NULL".repeat(VERSION_COLUMNS.split(", ").length + 1);
    return "SELECT * FROM (SELECT v.number AS number, 0 AS kind, 0 AS ordinal, NULL AS a, NULL AS b,"
        + " NULL AS h, NULL AS r, NULL AS txt, NULL AS at, t.version AS tv, v."
        + VERSION_COLUMNS.replace("number, ", "number AS vn, ").replace(", ", ", v.") + " FROM " + t.terms()
        + " t LEFT JOIN " + t.termsVersion() + " v ON " + versionJoin + " WHERE t.forum_id = ?"
        + " UNION ALL SELECT c.number, " + OBJECTION + ", c.ordinal, c.party_id, c.role, c.content_hash, c.round,"
        + " c.reason, c.objected_at" + nulls + " FROM " + children.apply(t.objection())
        + " UNION ALL SELECT c.number, " + AGREEMENT + ", c.ordinal, c.party_id, c.role, c.content_hash, c.round,"
        + " NULL, c.agreed_at" + nulls + " FROM " + children.apply(t.agreement())
        + " UNION ALL SELECT c.number, c.kind, c.ordinal, NULL, NULL, NULL, NULL, c.text, NULL" + nulls
        + " FROM " + children.apply(t.termsItem())
        + ") terms_rows ORDER BY 1, 2, 3";
  }

  /**
   * Stored terms with the row keys (ordinals) of each version's agreements and objections, in
   * list order, by version number.
   */
  record Snapshot(ForumTerms terms, Map<Integer, int[]> agreements, Map<Integer, int[]> objections) {}

}

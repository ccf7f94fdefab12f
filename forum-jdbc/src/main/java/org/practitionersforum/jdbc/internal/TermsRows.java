package org.practitionersforum.jdbc.internal;

import java.util.Map;
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
  final String selectVersions;
  final String selectChildren;
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
    selectVersions = "SELECT t.version, v." + VERSION_COLUMNS.replace(", ", ", v.") + " FROM " + t.terms()
        + " t LEFT JOIN " + t.termsVersion() + " v ON v.forum_id = t.forum_id WHERE t.forum_id = ?"
        + " ORDER BY v.number";
    // Columns: number, kind, ordinal, a (party), b (role), h (hash), r (round), txt (text), at (instant).
    // In a derived table, so that H2 caches the parsed UNION ALL (see ForumRows.selectChildren).
    selectChildren = "SELECT * FROM (SELECT number, kind, ordinal, NULL AS a, NULL AS b,"
        + " NULL AS h, NULL AS r, text AS txt, NULL AS at FROM " + t.termsItem() + " WHERE forum_id = ?"
        + " UNION ALL SELECT number, " + AGREEMENT + ", ordinal, party_id, role, content_hash, round, NULL,"
        + " agreed_at FROM " + t.agreement() + " WHERE forum_id = ?"
        + " UNION ALL SELECT number, " + OBJECTION + ", ordinal, party_id, role, content_hash, round, reason,"
        + " objected_at FROM " + t.objection() + " WHERE forum_id = ?"
        + ") children ORDER BY 1, 2, 3";
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
   * Stored terms with the row keys (ordinals) of each version's agreements and objections, in
   * list order, by version number.
   */
  record Snapshot(ForumTerms terms, Map<Integer, int[]> agreements, Map<Integer, int[]> objections) {}
}

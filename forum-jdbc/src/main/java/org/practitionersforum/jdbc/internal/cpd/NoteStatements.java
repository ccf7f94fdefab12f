package org.practitionersforum.jdbc.internal.cpd;

import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;

/**
 * The SQL of the note table for one configuration: one versioned row per note. Immutable and
 * thread-safe.
 */
public final class NoteStatements {
  static final String COLUMNS =
      "id, author_id, session_id, forum_id, session_mode, session_started_at, session_nanos,"
          + " learnt, relevance, impact, peer_learning, written_at, revised_at, version";

  final String selectNote;
  final String selectByAuthor;
  final String insertNote;
  final String updateNote;
  final String noteVersion;
  final String deleteNote;

  /**
   * Builds the statements.
   *
   * @param t the table names
   * @param dialect the database's dialect
   */
  public NoteStatements(Tables t, SqlDialect dialect) {
    String table = t.table("cpd_note");
    selectNote = "SELECT " + COLUMNS + " FROM " + table + " WHERE id = ?";
    selectByAuthor =
        "SELECT "
            + COLUMNS
            + " FROM "
            + table
            + " WHERE author_id = ? ORDER BY session_started_at, id";
    insertNote = dialect.insertUnlessDuplicate(table, COLUMNS, "id");
    updateNote =
        "UPDATE "
            + table
            + " SET learnt = ?, relevance = ?, impact = ?, peer_learning = ?, revised_at = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";
    noteVersion = "SELECT version FROM " + table + " WHERE id = ?";
    deleteNote = "DELETE FROM " + table + " WHERE id = ? AND version = ?";
  }
}

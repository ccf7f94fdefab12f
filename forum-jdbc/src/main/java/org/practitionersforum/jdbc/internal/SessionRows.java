package org.practitionersforum.jdbc.internal;

import org.practitionersforum.jdbc.Dialect;

/**
 * The SQL of the session tables for one configuration, built once per storage: one versioned row
 * per session and one row per member's attendance, which carries the session's start so that the
 * CPD query is one index range scan per practitioner and period.
 */
final class SessionRows {
  static final String COLUMNS = "id, forum_id, mode, started_at, duration_nanos, terms_version,"
      + " minutes, recorded_at, version";

  /** How a read selects sessions: one id, one forum, or one practitioner's attendance in a period. */
  enum Filter {
    ID, FORUM, ATTENDED
  }

  final String insert;
  final String update;
  final String exists;
  final String insertAttendance;
  final String deleteAttendance;
  private final Tables t;

  SessionRows(Tables t, Dialect dialect) {
    this.t = t;
    insert = "INSERT INTO " + t.session() + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + (dialect == Dialect.POSTGRESQL ? " ON CONFLICT (id) DO NOTHING" : "");
    update = "UPDATE " + t.session() + " SET forum_id = ?, mode = ?, started_at = ?, duration_nanos = ?,"
        + " terms_version = ?, minutes = ?, recorded_at = ?, version = version + 1 WHERE id = ? AND version = ?";
    exists = "SELECT version FROM " + t.session() + " WHERE id = ?";
    insertAttendance = "INSERT INTO " + t.attendance()
        + " (session_id, ordinal, practitioner_id, status, started_at) VALUES (?, ?, ?, ?, ?)";
    deleteAttendance = "DELETE FROM " + t.attendance() + " WHERE session_id = ?";
  }

  /** The session rows a filter selects, by start then id; the filter's parameters. */
  String selectSessions(Filter filter) {
    return "SELECT " + COLUMNS + " FROM " + t.session() + " WHERE " + condition(filter)
        + " ORDER BY started_at, id";
  }

  /** The attendance rows of the sessions a filter selects, by session and ordinal; the filter's parameters. */
  String selectAttendance(Filter filter) {
    String cond;
    switch (filter) {
      case ID:
        cond = "session_id = ?";
        break;
      case FORUM:
        cond = "session_id IN (SELECT id FROM " + t.session() + " WHERE forum_id = ?)";
        break;
      default:
        cond = "session_id IN (" + attended() + ")";
        break;
    }
    return "SELECT session_id, practitioner_id, status FROM " + t.attendance() + " WHERE " + cond
        + " ORDER BY session_id, ordinal";
  }

  private String condition(Filter filter) {
    switch (filter) {
      case ID:
        return "id = ?";
      case FORUM:
        return "forum_id = ?";
      default:
        return "id IN (" + attended() + ")";
    }
  }

  private String attended() {
    return "SELECT session_id FROM " + t.attendance() + " WHERE practitioner_id = ? AND status = 'PRESENT'"
        + " AND started_at >= ? AND started_at < ?";
  }
}

package org.practitionersforum.jdbc.internal.session;

import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;
import org.practitionersforum.jdbc.internal.rows.ColumnList;

/**
 * The SQL of the session tables for one configuration, built once per storage: one versioned row
 * per session and one row per member's attendance. Immutable and thread-safe.
 */
public final class SessionStatements {
  static final ColumnList<SessionColumn> SESSION = ColumnList.of(SessionColumn.class);

  /** A session row's columns an update sets: all but the key and the version. */
  static final ColumnList<SessionColumn> SESSION_CONTENT =
      SESSION.without(SessionColumn.ID, SessionColumn.VERSION);

  static final ColumnList<AttendanceColumn> ATTENDANCE = ColumnList.of(AttendanceColumn.class);

  /** The attendance columns a read takes. */
  static final ColumnList<AttendanceColumn> ATTENDANCE_READ =
      ColumnList.of(
          AttendanceColumn.SESSION_ID, AttendanceColumn.PRACTITIONER_ID, AttendanceColumn.STATUS);

  /**
   * How a read selects sessions: one id, one forum, or one practitioner's attendance in a period.
   */
  enum Filter {
    ID,
    FORUM,
    ATTENDED
  }

  final String insert;
  final String update;
  final String exists;
  final String insertAttendance;
  final String deleteAttendance;
  final String claim;
  final String delete;
  private final Tables t;
  private final String[] selectSessions = new String[Filter.values().length];
  private final String[] selectAttendance = new String[Filter.values().length];

  /**
   * Builds the statements.
   *
   * @param t the table names
   * @param dialect the database's dialect
   */
  public SessionStatements(Tables t, SqlDialect dialect) {
    this.t = t;
    insert = dialect.insertUnlessDuplicate(t.session(), SESSION.names(), "id");
    update =
        "UPDATE "
            + t.session()
            + " SET "
            + SESSION_CONTENT.assignments()
            + ", version = version + 1 WHERE id = ? AND version = ?";
    exists = "SELECT version FROM " + t.session() + " WHERE id = ?";
    insertAttendance =
        "INSERT INTO "
            + t.attendance()
            + " ("
            + ATTENDANCE.names()
            + ") VALUES ("
            + ATTENDANCE.placeholders()
            + ")";
    deleteAttendance = "DELETE FROM " + t.attendance() + " WHERE session_id = ?";
    claim = "UPDATE " + t.session() + " SET version = version + 1 WHERE id = ? AND version = ?";
    delete = "DELETE FROM " + t.session() + " WHERE id = ?";
    for (Filter f : Filter.values()) {
      selectSessions[f.ordinal()] =
          "SELECT "
              + SESSION.names()
              + " FROM "
              + t.session()
              + " WHERE "
              + condition(f)
              + " ORDER BY started_at, id";
      selectAttendance[f.ordinal()] =
          "SELECT "
              + ATTENDANCE_READ.names()
              + " FROM "
              + t.attendance()
              + " WHERE "
              + attendanceCondition(f)
              + " ORDER BY session_id, ordinal";
    }
  }

  /**
   * The session rows a filter selects, by start then id, in the columns {@link #SESSION}; the
   * filter's parameters.
   */
  String selectSessions(Filter filter) {
    return selectSessions[filter.ordinal()];
  }

  /**
   * The attendance rows of the sessions a filter selects, by session and ordinal, in the columns
   * {@link #ATTENDANCE_READ}; the filter's parameters.
   */
  String selectAttendance(Filter filter) {
    return selectAttendance[filter.ordinal()];
  }

  private String attendanceCondition(Filter filter) {
    switch (filter) {
      case ID:
        return "session_id = ?";
      case FORUM:
        return "session_id IN (SELECT id FROM " + t.session() + " WHERE forum_id = ?)";
      default:
        return "session_id IN (" + attended() + ")";
    }
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
    return "SELECT session_id FROM "
        + t.attendance()
        + " WHERE practitioner_id = ?"
        + " AND status = 'PRESENT' AND started_at >= ? AND started_at < ?";
  }
}

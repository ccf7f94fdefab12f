package org.practitionersforum.jdbc.internal.session;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.Reading;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.rows.Params;
import org.practitionersforum.jdbc.internal.rows.Row;

/**
 * Maps sessions to rows and back, column by name, and refuses, before any statement, values the
 * database could not hold exactly.
 */
final class SessionRowMapper {
  private SessionRowMapper() {}

  /** The session row's values, without its attendance. */
  static Session.Builder session(Row<SessionColumn> r) throws SQLException {
    Session.Builder b =
        Session.builder()
            .id(SessionId.of(r.string(SessionColumn.ID)))
            .forum(ForumId.of(r.string(SessionColumn.FORUM_ID)))
            .mode(SessionMode.valueOf(r.string(SessionColumn.MODE)))
            .startedAt(r.instant(SessionColumn.STARTED_AT))
            .duration(Duration.ofNanos(r.bigint(SessionColumn.DURATION_NANOS)))
            .termsVersion(r.integer(SessionColumn.TERMS_VERSION))
            .recordedAt(r.instant(SessionColumn.RECORDED_AT))
            .version(r.bigint(SessionColumn.VERSION));
    String minutes = r.string(SessionColumn.MINUTES);
    if (minutes != null) {
      b.minutes(minutes);
    }
    String citation = r.string(SessionColumn.READING_CITATION);
    String link = r.string(SessionColumn.READING_LINK);
    if (citation != null || link != null) {
      b.reading(
          Reading.builder()
              .citation(Optional.ofNullable(citation))
              .link(Optional.ofNullable(link))
              .build());
    }
    return b;
  }

  /** One member's attendance. */
  static Attendance attendance(Row<AttendanceColumn> r) throws SQLException {
    return Attendance.of(
        PractitionerId.of(r.string(AttendanceColumn.PRACTITIONER_ID)),
        AttendanceStatus.valueOf(r.string(AttendanceColumn.STATUS)));
  }

  /** Binds the session row's content: every column but the id and the version. */
  static void bindContent(Params<SessionColumn> p, Session s) throws SQLException {
    p.string(SessionColumn.FORUM_ID, s.forum().value())
        .string(SessionColumn.MODE, s.mode().name())
        .bigint(SessionColumn.STARTED_AT, Values.nanos(s.startedAt(), "the start of a session"))
        .bigint(SessionColumn.DURATION_NANOS, s.duration().toNanos())
        .integer(SessionColumn.TERMS_VERSION, s.termsVersion())
        .string(SessionColumn.MINUTES, s.minutes())
        .string(SessionColumn.READING_CITATION, s.reading().flatMap(Reading::citation))
        .string(SessionColumn.READING_LINK, s.reading().flatMap(Reading::link))
        .bigint(
            SessionColumn.RECORDED_AT,
            Values.nanos(s.recordedAt(), "the time a session was recorded"));
  }

  /** Binds one member's attendance row. */
  static void bind(
      Params<AttendanceColumn> p, String session, int ordinal, Attendance a, long startedAt)
      throws SQLException {
    p.string(AttendanceColumn.SESSION_ID, session)
        .integer(AttendanceColumn.ORDINAL, ordinal)
        .string(AttendanceColumn.PRACTITIONER_ID, a.practitioner().value())
        .string(AttendanceColumn.STATUS, a.status().name())
        .bigint(AttendanceColumn.STARTED_AT, startedAt);
  }

  /** Refuses, before any statement, values that the database could not hold exactly. */
  static void checkStorable(Session s) {
    Values.text(s.id().value(), "a session id", Checks.MAX_ID_LENGTH);
    Values.text(s.forum().value(), "a forum id", Checks.MAX_ID_LENGTH);
    Values.nanos(s.startedAt(), "the start of a session");
    Values.nanos(s.recordedAt(), "the time a session was recorded");
    s.minutes()
        .ifPresent(m -> Values.text(m, "the minutes of a session", Session.MAX_MINUTES_LENGTH));
    s.reading()
        .flatMap(Reading::citation)
        .ifPresent(c -> Values.text(c, "a citation", Reading.MAX_CITATION_LENGTH));
    s.reading()
        .flatMap(Reading::link)
        .ifPresent(l -> Values.text(l, "a link", Reading.MAX_LINK_LENGTH));
    for (Attendance a : s.attendance()) {
      Values.text(a.practitioner().value(), "an attendee id", Checks.MAX_ID_LENGTH);
    }
  }
}

package org.practitionersforum.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.SessionStore;

/**
 * Sessions as one versioned row each plus one row per member's attendance. A read is two
 * statements whatever the number of sessions: the session rows, then their attendance rows. An
 * update is a versioned {@code UPDATE} of the session row, and rewrites the attendance rows only
 * if the attendance or the start changed.
 */
final class JdbcSessionStore implements SessionStore {
  private final UnitOfWork uow;
  private final SessionRows sql;

  JdbcSessionStore(UnitOfWork uow) {
    this.uow = uow;
    this.sql = uow.statements().sessions();
  }

  @Override
  public Optional<Session> find(SessionId id) {
    uow.checkOpen();
    Checks.notNull(id, "session id");
    Session cached = uow.sessionSnapshots().get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    List<Session> found = load(SessionRows.Filter.ID, ps -> ps.setString(1, id.value()), "read a session");
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Session> findByForum(ForumId forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    return load(SessionRows.Filter.FORUM, ps -> ps.setString(1, forum.value()), "read a forum's sessions");
  }

  @Override
  public List<Session> findAttended(PractitionerId practitioner, Instant from, Instant until) {
    uow.checkOpen();
    Checks.notNull(practitioner, "practitioner id");
    Checks.notNull(from, "start of period");
    Checks.notNull(until, "end of period");
    long start = clamp(from);
    long end = clamp(until);
    return load(SessionRows.Filter.ATTENDED, ps -> {
      ps.setString(1, practitioner.value());
      ps.setLong(2, start);
      ps.setLong(3, end);
    }, "read the sessions a practitioner attended");
  }

  /** An instant as nanoseconds, saturated at the storable range: a period may be open-ended. */
  private static long clamp(Instant instant) {
    if (instant.isBefore(Values.instant(Long.MIN_VALUE))) {
      return Long.MIN_VALUE;
    }
    if (instant.isAfter(Values.instant(Long.MAX_VALUE))) {
      return Long.MAX_VALUE;
    }
    return Values.nanos(instant, "a period's bound");
  }

  @Override
  public Session insert(Session session) {
    uow.checkOpen();
    Checks.notNull(session, "session");
    if (session.version() != 0) {
      throw new IllegalArgumentException("a new session must be at version 0");
    }
    checkStorable(session);
    try {
      try (PreparedStatement ps = uow.prepare(sql.insert)) {
        ps.setString(1, session.id().value());
        int i = bind(ps, session, 2);
        ps.setLong(i, 1);
        if (ps.executeUpdate() == 0) {
          throw new DuplicateException("a session with that id already exists");
        }
      }
      attendance(session).run(uow);
      Session stored = Session.builder().from(session).version(1).build();
      uow.sessionSnapshots().put(session.id(), stored);
      return stored;
    } catch (SQLException e) {
      uow.sessionSnapshots().remove(session.id());
      throw SqlErrors.translate(e, "insert a session", "session");
    }
  }

  @Override
  public Session update(Session session) {
    uow.checkOpen();
    Checks.notNull(session, "session");
    checkStorable(session);
    String id = session.id().value();
    try {
      try (PreparedStatement ps = uow.prepare(sql.update)) {
        int i = bind(ps, session, 1);
        ps.setString(i++, id);
        ps.setLong(i, session.version());
        if (ps.executeUpdate() == 0) {
          uow.sessionSnapshots().remove(session.id());
          throw missingOrStale(id);
        }
      }
      Session old = uow.sessionSnapshots().get(session.id());
      boolean unchanged = old != null && old.version() == session.version()
          && old.attendance().equals(session.attendance()) && old.startedAt().equals(session.startedAt());
      if (!unchanged) {
        try (PreparedStatement ps = uow.prepare(sql.deleteAttendance)) {
          ps.setString(1, id);
          ps.executeUpdate();
        }
        attendance(session).run(uow);
      }
      Session stored = Session.builder().from(session).version(session.version() + 1).build();
      uow.sessionSnapshots().put(session.id(), stored);
      return stored;
    } catch (SQLException e) {
      uow.sessionSnapshots().remove(session.id());
      throw SqlErrors.translate(e, "update a session", "session");
    }
  }

  private Rows.Batch attendance(Session session) {
    Rows.Batch batch = new Rows.Batch(sql.insertAttendance);
    String id = session.id().value();
    long start = Values.nanos(session.startedAt(), "the start of a session");
    List<Attendance> all = session.attendance();
    for (int k = 0; k < all.size(); k++) {
      Attendance a = all.get(k);
      int ordinal = k + 1;
      batch.add(ps -> {
        ps.setString(1, id);
        ps.setInt(2, ordinal);
        ps.setString(3, a.practitioner().value());
        ps.setString(4, a.status().name());
        ps.setLong(5, start);
      });
    }
    return batch;
  }

  private RuntimeException missingOrStale(String id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.exists)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new ConcurrentUpdateException("session") : new NotFoundException("no such session");
      }
    }
  }

  /** Refuses, before any statement, values that the database could not hold exactly. */
  private static void checkStorable(Session s) {
    Values.text(s.id().value(), "a session id", Checks.MAX_ID_LENGTH);
    Values.text(s.forum().value(), "a forum id", Checks.MAX_ID_LENGTH);
    Values.nanos(s.startedAt(), "the start of a session");
    Values.nanos(s.recordedAt(), "the time a session was recorded");
    s.minutes().ifPresent(m -> Values.text(m, "the minutes of a session", Session.MAX_MINUTES_LENGTH));
    for (Attendance a : s.attendance()) {
      Values.text(a.practitioner().value(), "an attendee id", Checks.MAX_ID_LENGTH);
    }
  }

  /** Binds forum id to recorded time; returns the next parameter index. */
  private static int bind(PreparedStatement ps, Session s, int start) throws SQLException {
    int i = start;
    ps.setString(i++, s.forum().value());
    ps.setString(i++, s.mode().name());
    ps.setLong(i++, Values.nanos(s.startedAt(), "the start of a session"));
    ps.setLong(i++, s.duration().toNanos());
    ps.setInt(i++, s.termsVersion());
    Rows.setString(ps, i++, s.minutes().orElse(null));
    ps.setLong(i++, Values.nanos(s.recordedAt(), "the time a session was recorded"));
    return i;
  }

  /** Reads the sessions a filter selects, with their attendance, in two statements. */
  private List<Session> load(SessionRows.Filter filter, Rows.Binder params, String operation) {
    try {
      Map<String, Session.Builder> byId = new LinkedHashMap<>();
      try (PreparedStatement ps = uow.prepare(sql.selectSessions(filter))) {
        params.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Session.Builder b = Session.builder()
                .id(SessionId.of(rs.getString(1)))
                .forum(ForumId.of(rs.getString(2)))
                .mode(SessionMode.valueOf(rs.getString(3)))
                .startedAt(Values.instant(rs.getLong(4)))
                .duration(Duration.ofNanos(rs.getLong(5)))
                .termsVersion(rs.getInt(6))
                .recordedAt(Values.instant(rs.getLong(8)))
                .version(rs.getLong(9));
            String minutes = rs.getString(7);
            if (minutes != null) {
              b.minutes(minutes);
            }
            byId.put(rs.getString(1), b);
          }
        }
      }
      if (byId.isEmpty()) {
        return List.of();
      }
      try (PreparedStatement ps = uow.prepare(sql.selectAttendance(filter))) {
        params.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Session.Builder b = byId.get(rs.getString(1));
            if (b != null) {
              b.addAttendance(Attendance.of(PractitionerId.of(rs.getString(2)),
                  AttendanceStatus.valueOf(rs.getString(3))));
            }
          }
        }
      }
      List<Session> out = new ArrayList<>(byId.size());
      for (Session.Builder b : byId.values()) {
        Session s = b.build();
        uow.sessionSnapshots().put(s.id(), s);
        out.add(s);
      }
      return out;
    } catch (SQLException e) {
      throw SqlErrors.translate(e, operation, "session");
    }
  }
}

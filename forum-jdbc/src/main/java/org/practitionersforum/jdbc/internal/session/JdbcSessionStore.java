package org.practitionersforum.jdbc.internal.session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.SessionStore;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.rows.Batch;
import org.practitionersforum.jdbc.internal.rows.Binder;
import org.practitionersforum.jdbc.internal.rows.Params;
import org.practitionersforum.jdbc.internal.rows.Row;

/**
 * Sessions as one versioned row each plus one row per member's attendance. A read is two statements
 * whatever the number of sessions: the session rows, then their attendance rows. A session read or
 * written is remembered in the unit's {@link SessionReadSet}. An update is a versioned {@code
 * UPDATE} of the session row, and rewrites the attendance rows only if the attendance or the start
 * changed.
 */
public final class JdbcSessionStore implements SessionStore {
  private final UnitOfWork uow;
  private final SessionStatements sql;
  private final SessionReadSet reads;

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   */
  public JdbcSessionStore(UnitOfWork uow) {
    this.uow = uow;
    this.sql = uow.statements().sessions();
    this.reads = uow.readSet(SessionReadSet.class, SessionReadSet::new);
  }

  @Override
  public Optional<Session> find(SessionId id) {
    uow.checkOpen();
    Checks.notNull(id, "session id");
    Session cached = reads.snapshot(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    List<Session> found =
        load(SessionStatements.Filter.ID, ps -> ps.setString(1, id.value()), "read a session");
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Session> findByForum(ForumId forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    return load(
        SessionStatements.Filter.FORUM,
        ps -> ps.setString(1, forum.value()),
        "read a forum's sessions");
  }

  @Override
  public List<Session> findAttended(PractitionerId practitioner, Instant from, Instant until) {
    uow.checkOpen();
    Checks.notNull(practitioner, "practitioner id");
    Checks.notNull(from, "start of period");
    Checks.notNull(until, "end of period");
    long start = clamp(from);
    long end = clamp(until);
    return load(
        SessionStatements.Filter.ATTENDED,
        ps -> {
          ps.setString(1, practitioner.value());
          ps.setLong(2, start);
          ps.setLong(3, end);
        },
        "read the sessions a practitioner attended");
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
    SessionRowMapper.checkStorable(session);
    try {
      try (PreparedStatement ps = uow.prepare(sql.insert)) {
        Params<SessionColumn> p = Params.of(ps, SessionStatements.SESSION);
        p.string(SessionColumn.ID, session.id().value()).bigint(SessionColumn.VERSION, 1);
        SessionRowMapper.bindContent(p, session);
        if (ps.executeUpdate() == 0) {
          throw new DuplicateException("a session with that id already exists");
        }
      }
      attendance(session).run(uow);
      Session stored = Session.builder().from(session).version(1).build();
      reads.remember(session.id(), stored, stored.version());
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(session.id());
      throw uow.failure(e, "insert a session", "session");
    }
  }

  @Override
  public Session update(Session session) {
    uow.checkOpen();
    Checks.notNull(session, "session");
    SessionRowMapper.checkStorable(session);
    String id = session.id().value();
    try {
      try (PreparedStatement ps = uow.prepare(sql.update)) {
        Params<SessionColumn> p = Params.of(ps, SessionStatements.SESSION_CONTENT);
        SessionRowMapper.bindContent(p, session);
        p.key(id).key(session.version());
        if (ps.executeUpdate() == 0) {
          reads.dropSnapshot(session.id());
          throw missingOrStale(id);
        }
      }
      Session old = reads.snapshot(session.id());
      boolean unchanged =
          old != null
              && old.version() == session.version()
              && old.attendance().equals(session.attendance())
              && old.startedAt().equals(session.startedAt());
      if (!unchanged) {
        try (PreparedStatement ps = uow.prepare(sql.deleteAttendance)) {
          ps.setString(1, id);
          ps.executeUpdate();
        }
        attendance(session).run(uow);
      }
      Session stored = Session.builder().from(session).version(session.version() + 1).build();
      reads.remember(session.id(), stored, stored.version());
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(session.id());
      throw uow.failure(e, "update a session", "session");
    }
  }

  /**
   * Deletes a session: a versioned update first, which checks the version read and locks the row,
   * then its attendance rows, then the row itself.
   */
  @Override
  public void delete(Session session) {
    uow.checkOpen();
    Checks.notNull(session, "session");
    String id = session.id().value();
    try {
      try (PreparedStatement ps = uow.prepare(sql.claim)) {
        ps.setString(1, id);
        ps.setLong(2, session.version());
        if (ps.executeUpdate() == 0) {
          reads.dropSnapshot(session.id());
          throw missingOrStale(id);
        }
      }
      try (PreparedStatement ps = uow.prepare(sql.deleteAttendance)) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = uow.prepare(sql.delete)) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
      reads.forget(session.id());
    } catch (SQLException e) {
      reads.dropSnapshot(session.id());
      throw uow.failure(e, "delete a session", "session");
    }
  }

  /** The attendance rows of a session, under the ordinals 1, 2, 3, ... */
  private Batch attendance(Session session) {
    Batch batch = new Batch(sql.insertAttendance);
    String id = session.id().value();
    long start = Values.nanos(session.startedAt(), "the start of a session");
    List<Attendance> all = session.attendance();
    for (int k = 0; k < all.size(); k++) {
      Attendance a = all.get(k);
      int ordinal = k + 1;
      batch.add(
          ps ->
              SessionRowMapper.bind(
                  Params.of(ps, SessionStatements.ATTENDANCE), id, ordinal, a, start));
    }
    return batch;
  }

  private RuntimeException missingOrStale(String id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.exists)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException("session")
            : new NotFoundException("no such session");
      }
    }
  }

  /** Reads the sessions a filter selects, with their attendance, in two statements. */
  private List<Session> load(SessionStatements.Filter filter, Binder params, String operation) {
    try {
      Map<String, Session.Builder> byId = new LinkedHashMap<>();
      try (PreparedStatement ps = uow.prepare(sql.selectSessions(filter))) {
        params.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          Row<SessionColumn> row = new Row<>(rs, SessionStatements.SESSION, 0);
          while (rs.next()) {
            byId.put(row.string(SessionColumn.ID), SessionRowMapper.session(row));
          }
        }
      }
      if (byId.isEmpty()) {
        return List.of();
      }
      try (PreparedStatement ps = uow.prepare(sql.selectAttendance(filter))) {
        params.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          Row<AttendanceColumn> row = new Row<>(rs, SessionStatements.ATTENDANCE_READ, 0);
          while (rs.next()) {
            Session.Builder b = byId.get(row.string(AttendanceColumn.SESSION_ID));
            if (b != null) {
              b.addAttendance(SessionRowMapper.attendance(row));
            }
          }
        }
      }
      List<Session> out = new ArrayList<>(byId.size());
      for (Session.Builder b : byId.values()) {
        Session s = b.build();
        reads.remember(s.id(), s, s.version());
        out.add(s);
      }
      return out;
    } catch (SQLException e) {
      throw uow.failure(e, operation, "session");
    }
  }
}

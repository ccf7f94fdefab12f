package org.practitionersforum.jdbc.internal.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditCursor;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.spi.AuditStore;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.OutboxRecord;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.outbox.JdbcOutboxStore;

/**
 * The audit trail on one table. An append is one {@code INSERT} under the primary key (aggregate,
 * sequence number), which turns two units appending the same place of a chain into a {@link
 * ConcurrentUpdateException} for the second; the head of a chain is one read of that key backwards.
 * Where the dialect {@linkplain
 * org.practitionersforum.jdbc.internal.dialect.SqlDialect#joinsTrailingInserts() joins trailing
 * inserts}, an appended record is held back by the unit of work and goes to the database with the
 * command's events in one statement, or alone before the unit's next statement or at its end.
 * Nothing here updates a row except its identity columns, or deletes one.
 */
public final class JdbcAuditStore implements AuditStore {
  private final UnitOfWork uow;
  private final AuditStatements sql;

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   */
  public JdbcAuditStore(UnitOfWork uow) {
    this.uow = uow;
    this.sql = uow.statements().audit();
  }

  @Override
  public void append(AuditRecord r) {
    uow.checkOpen();
    Checks.notNull(r, "SEC-2: audit record");
    Values.nanos(r.at(), "the time of an audit record");
    if (uow.statements().sqlDialect().joinsTrailingInserts()) {
      uow.holdBack(r);
      return;
    }
    insert(r);
  }

  /**
   * Inserts an audit record now, in a statement of its own.
   *
   * @param r the record
   * @throws ConcurrentUpdateException if its chain already has a record at its place
   */
  public void insert(AuditRecord r) {
    try (PreparedStatement ps = uow.prepare(sql.insert)) {
      bind(ps, 0, r);
      if (ps.executeUpdate() == 0) {
        throw new ConcurrentUpdateException("audit record");
      }
    } catch (SQLException e) {
      throw failure(uow, e, "append an audit record");
    }
  }

  /**
   * Inserts an audit record and a command's events in one statement (see {@link
   * AuditStatements#insertWithEvents(int)}).
   *
   * @param r the record
   * @param events the events, in order, at least one
   * @throws ConcurrentUpdateException if the record's chain already has a record at its place
   */
  public void insertWithEvents(AuditRecord r, List<OutboxRecord> events) {
    try (PreparedStatement ps = uow.prepare(sql.insertWithEvents(events.size()))) {
      int i = bind(ps, 0, r);
      for (OutboxRecord e : events) {
        i = JdbcOutboxStore.bind(ps, i, e);
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getLong(1) == 0) {
          throw new ConcurrentUpdateException("audit record");
        }
      }
    } catch (SQLException e) {
      throw failure(uow, e, "append an audit record and write events to the outbox");
    }
  }

  /**
   * Binds an audit record's columns, in the order of {@link AuditStatements#COLUMNS}.
   *
   * @param ps the statement
   * @param before how many parameters the statement binds before the record's
   * @param r the record
   * @return the number of the last parameter bound
   * @throws SQLException if the driver fails
   */
  public static int bind(PreparedStatement ps, int before, AuditRecord r) throws SQLException {
    int i = before;
    ps.setString(++i, r.aggregate().kind().name());
    ps.setString(++i, r.aggregate().id());
    ps.setLong(++i, r.sequence());
    ps.setString(++i, r.aggregateSalt().orElse(null));
    ps.setString(++i, r.aggregateDigest().orElse(null));
    ps.setString(++i, r.operation().name());
    ps.setString(++i, r.actorRole().name());
    ps.setString(++i, r.actorId());
    ps.setString(++i, r.actorSalt().orElse(null));
    ps.setString(++i, r.actorDigest());
    ps.setString(++i, r.organisation().map(OrganisationId::value).orElse(null));
    ps.setLong(++i, Values.nanos(r.at(), "the time of an audit record"));
    ps.setString(++i, r.outcome());
    ps.setString(++i, r.previousHash());
    ps.setString(++i, r.hash());
    return i;
  }

  /**
   * Returns the typed error for a failed insert of an audit record: a record already at the same
   * place of its chain means another unit appended first.
   *
   * @param uow the unit of work
   * @param e the failure
   * @param operation what was being done, without values
   * @return the error to throw
   */
  public static ForumException failure(UnitOfWork uow, SQLException e, String operation) {
    ForumException f = uow.failure(e, operation, "audit record");
    if (f instanceof DuplicateException) {
      return new ConcurrentUpdateException("audit record");
    }
    return f;
  }

  @Override
  public Optional<AuditRecord> head(AggregateRef aggregate) {
    uow.checkOpen();
    Checks.notNull(aggregate, "SEC-2: aggregate");
    try (PreparedStatement ps = uow.prepare(sql.head)) {
      ps.setString(1, aggregate.kind().name());
      ps.setString(2, aggregate.id());
      List<AuditRecord> found = read(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    } catch (SQLException e) {
      throw uow.failure(e, "read the head of an audit chain", "audit record");
    }
  }

  @Override
  public List<AuditRecord> query(AuditQuery q) {
    uow.checkOpen();
    Checks.notNull(q, "SEC-2: audit query");
    String statement =
        sql.query(
            q.aggregate().isPresent(),
            q.actor().isPresent(),
            q.from().isPresent(),
            q.until().isPresent(),
            q.after().isPresent(),
            q.descending(),
            q.limit());
    try (PreparedStatement ps = uow.prepare(statement)) {
      int i = 0;
      if (q.aggregate().isPresent()) {
        ps.setString(++i, q.aggregate().get().kind().name());
        ps.setString(++i, q.aggregate().get().id());
      }
      if (q.actor().isPresent()) {
        ps.setString(++i, q.actor().get().value());
      }
      if (q.from().isPresent()) {
        ps.setLong(++i, clamp(q.from().get()));
      }
      if (q.until().isPresent()) {
        ps.setLong(++i, clamp(q.until().get()));
      }
      if (q.after().isPresent()) {
        AuditCursor c = q.after().get();
        long at = clamp(c.at());
        ps.setLong(++i, at);
        ps.setLong(++i, at);
        ps.setString(++i, c.hash());
      }
      return read(ps);
    } catch (SQLException e) {
      throw uow.failure(e, "query the audit trail", "audit record");
    }
  }

  @Override
  public List<AuditRecord> scan(
      Optional<AggregateRef> afterAggregate, long afterSequence, int limit) {
    uow.checkOpen();
    Checks.notNull(afterAggregate, "SEC-2: scan position");
    if (limit < 1) {
      throw new IllegalArgumentException("a scan returns at least one record");
    }
    try {
      if (afterAggregate.isEmpty()) {
        try (PreparedStatement ps = uow.prepare(sql.scan(sql.scanFirst, limit))) {
          return read(ps);
        }
      }
      String kind = afterAggregate.get().kind().name();
      String id = afterAggregate.get().id();
      List<AuditRecord> out = new ArrayList<>();
      try (PreparedStatement ps = uow.prepare(sql.scan(sql.scanChain, limit))) {
        ps.setString(1, kind);
        ps.setString(2, id);
        ps.setLong(3, afterSequence);
        out.addAll(read(ps));
      }
      if (out.size() < limit) {
        try (PreparedStatement ps = uow.prepare(sql.scan(sql.scanKind, limit - out.size()))) {
          ps.setString(1, kind);
          ps.setString(2, id);
          out.addAll(read(ps));
        }
      }
      if (out.size() < limit) {
        try (PreparedStatement ps = uow.prepare(sql.scan(sql.scanLater, limit - out.size()))) {
          ps.setString(1, kind);
          out.addAll(read(ps));
        }
      }
      return out;
    } catch (SQLException e) {
      throw uow.failure(e, "read the audit trail", "audit record");
    }
  }

  @Override
  public int pseudonymise(PersonId person, String pseudonym) {
    uow.checkOpen();
    Checks.notNull(person, "SEC-3: person id");
    Checks.id(pseudonym, "SEC-3: pseudonym");
    try {
      int count;
      try (PreparedStatement ps = uow.prepare(sql.countPerson)) {
        ps.setString(1, person.value());
        ps.setString(2, person.value());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          count = rs.getInt(1);
        }
      }
      if (count > 0) {
        update(sql.pseudonymiseActor, pseudonym, person.value());
        update(sql.pseudonymiseAggregate, pseudonym, person.value());
      }
      return count;
    } catch (SQLException e) {
      throw uow.failure(e, "pseudonymise a person in the audit trail", "audit record");
    }
  }

  @Override
  public int removeIdentities(OrganisationId organisation, Instant before, String pseudonym) {
    uow.checkOpen();
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(before, "SEC-2: retention limit");
    Checks.id(pseudonym, "SEC-2: pseudonym");
    try (PreparedStatement ps = uow.prepare(sql.removeIdentities)) {
      ps.setString(1, pseudonym);
      ps.setString(2, organisation.value());
      ps.setLong(3, clamp(before));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw uow.failure(e, "remove identities from the audit trail", "audit record");
    }
  }

  private void update(String statement, String pseudonym, String id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(statement)) {
      ps.setString(1, pseudonym);
      ps.setString(2, id);
      ps.executeUpdate();
    }
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

  private static List<AuditRecord> read(PreparedStatement ps) throws SQLException {
    List<AuditRecord> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String organisation = rs.getString("organisation_id");
        out.add(
            new AuditRecord(
                new AggregateRef(
                    AggregateRef.Kind.valueOf(rs.getString("aggregate_kind")),
                    rs.getString("aggregate_id")),
                Optional.ofNullable(rs.getString("aggregate_salt")),
                Optional.ofNullable(rs.getString("aggregate_digest")),
                rs.getLong("sequence_number"),
                Operation.valueOf(rs.getString("operation")),
                Role.valueOf(rs.getString("actor_role")),
                rs.getString("actor_id"),
                Optional.ofNullable(rs.getString("actor_salt")),
                rs.getString("actor_digest"),
                organisation == null
                    ? Optional.empty()
                    : Optional.of(OrganisationId.of(organisation)),
                Values.instant(rs.getLong("recorded_at")),
                rs.getString("outcome"),
                rs.getString("previous_hash"),
                rs.getString("record_hash")));
      }
    }
    return out;
  }
}

package org.practitionersforum.jdbc.internal.consultation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ConsultationStore;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.jdbc.internal.ReadSet;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;

/**
 * Consultation rounds as one versioned row each: the round as a JSON document, and beside it the
 * columns the overdue query selects on (organisation, close date, recommendations awaiting a
 * disposition). A read is one statement; an update is one versioned {@code UPDATE}. What a unit
 * read or wrote is kept in its read set, so reads are repeatable.
 */
public final class JdbcConsultationStore implements ConsultationStore {
  private static final String COLUMNS =
      "id, organisation_id, state, closes_on, undisposed, document, version";

  private final UnitOfWork uow;
  private final Sql sql;
  private final Rounds reads;

  /** The rounds one unit of work has read or written, at their stored versions. */
  static final class Rounds extends ReadSet<RoundId, ConsultationRound> {
    Rounds() {
      super("consultation round");
    }
  }

  /** The statements of the round table for one configuration. Immutable. */
  public static final class Sql {
    final String select;
    final String insert;
    final String update;
    final String version;
    final String undisposed;

    /**
     * Builds the statements.
     *
     * @param t the table names
     * @param dialect the database's dialect
     */
    public Sql(Tables t, SqlDialect dialect) {
      String table = t.consultationRound();
      select = "SELECT document, version FROM " + table + " WHERE id = ?";
      insert = dialect.insertUnlessDuplicate(table, COLUMNS, "id");
      update =
          "UPDATE "
              + table
              + " SET state = ?, closes_on = ?, undisposed = ?, document = ?,"
              + " version = version + 1 WHERE id = ? AND version = ?";
      version = "SELECT version FROM " + table + " WHERE id = ?";
      undisposed =
          "SELECT document, version FROM "
              + table
              + " WHERE organisation_id = ? AND closes_on <= ? AND undisposed > 0 ORDER BY id";
    }
  }

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   * @param sql the round statements
   */
  public JdbcConsultationStore(UnitOfWork uow, Sql sql) {
    this.uow = uow;
    this.sql = sql;
    this.reads = uow.readSet(Rounds.class, Rounds::new);
  }

  @Override
  public Optional<ConsultationRound> find(RoundId id) {
    uow.checkOpen();
    Checks.notNull(id, "round id");
    ConsultationRound cached = reads.snapshot(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (reads.isAbsent(id)) {
      return Optional.empty();
    }
    try (PreparedStatement ps = uow.prepare(sql.select)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          reads.markAbsent(id);
          return Optional.empty();
        }
        ConsultationRound found = round(rs);
        reads.remember(id, found, found.version());
        return Optional.of(found);
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a consultation round", "consultation round");
    }
  }

  @Override
  public ConsultationRound insert(ConsultationRound round) {
    uow.checkOpen();
    Checks.notNull(round, "consultation round");
    if (round.version() != 0) {
      throw new IllegalArgumentException("a new consultation round must be at version 0");
    }
    ConsultationRound stored = ConsultationRound.builder().from(round).version(1).build();
    try (PreparedStatement ps = uow.prepare(sql.insert)) {
      ps.setString(1, round.id().value());
      ps.setString(2, round.organisation().value());
      ps.setString(3, round.state().name());
      ps.setLong(4, round.closesOn().toEpochDay());
      ps.setInt(5, round.undisposed().size());
      ps.setString(6, document(stored));
      ps.setLong(7, 1);
      if (ps.executeUpdate() == 0) {
        throw new DuplicateException("a consultation round with that id already exists");
      }
      reads.clearAbsent(round.id());
      reads.remember(round.id(), stored, 1);
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(round.id());
      throw uow.failure(e, "insert a consultation round", "consultation round");
    }
  }

  @Override
  public ConsultationRound update(ConsultationRound round) {
    uow.checkOpen();
    Checks.notNull(round, "consultation round");
    ConsultationRound stored =
        ConsultationRound.builder().from(round).version(round.version() + 1).build();
    try {
      try (PreparedStatement ps = uow.prepare(sql.update)) {
        ps.setString(1, round.state().name());
        ps.setLong(2, round.closesOn().toEpochDay());
        ps.setInt(3, round.undisposed().size());
        ps.setString(4, document(stored));
        ps.setString(5, round.id().value());
        ps.setLong(6, round.version());
        if (ps.executeUpdate() == 0) {
          reads.dropSnapshot(round.id());
          throw missingOrStale(round.id());
        }
      }
      reads.remember(round.id(), stored, stored.version());
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(round.id());
      throw uow.failure(e, "update a consultation round", "consultation round");
    }
  }

  @Override
  public List<ConsultationRound> findUndisposed(
      OrganisationId organisation, LocalDate closedOnOrBefore) {
    uow.checkOpen();
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(closedOnOrBefore, "date");
    List<ConsultationRound> out = new ArrayList<>();
    try (PreparedStatement ps = uow.prepare(sql.undisposed)) {
      ps.setString(1, organisation.value());
      ps.setLong(2, closedOnOrBefore.toEpochDay());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ConsultationRound found = round(rs);
          // A round this unit has read or written is seen as the unit sees it.
          ConsultationRound seen = reads.snapshot(found.id());
          out.add(seen != null ? seen : found);
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "list consultation rounds", "consultation round");
    }
    out.removeIf(r -> r.undisposed().isEmpty());
    return out;
  }

  private static ConsultationRound round(ResultSet rs) throws SQLException {
    String json = rs.getString("document");
    long version = rs.getLong("version");
    try {
      return ConsultationRound.builder()
          .from(ForumJson.read(json, ConsultationRound.class))
          .version(version)
          .build();
    } catch (RuntimeException e) {
      throw new StorageException("a stored consultation round cannot be read as one", false, null);
    }
  }

  private static String document(ConsultationRound round) {
    return ForumJson.write(round);
  }

  private RuntimeException missingOrStale(RoundId id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.version)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException("consultation round")
            : new NotFoundException("no such consultation round");
      }
    }
  }
}

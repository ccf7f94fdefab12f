package org.practitionersforum.jdbc.internal.consultation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.ServiceId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ConsultationStore;
import org.practitionersforum.api.spi.EngagementTallies;
import org.practitionersforum.api.spi.EngagementTally;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.jdbc.internal.ReadSet;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;
import org.practitionersforum.jdbc.internal.rows.Batch;

/**
 * Consultation rounds as one versioned row each: the round as a JSON document, and beside it the
 * columns the overdue query selects on (organisation, close date, recommendations awaiting a
 * disposition). A read is one statement; an update is one versioned {@code UPDATE}. The people a
 * round names ({@link ConsultationRound#people()}) are kept one row each in a table beside it,
 * written with the round: an update deletes and inserts only the rows that changed, so erasure and
 * subject access find a person's rounds through an index. The engagement metrics (CR-8) aggregate
 * the round's facts (manager, service, dates, short window) kept on its row and one row per
 * recommendation written beside it the same way, grouped per manager and per service in the
 * database. What a unit read or wrote is kept in its read set, so reads are repeatable.
 */
public final class JdbcConsultationStore implements ConsultationStore {
  private static final String COLUMNS =
      "id, organisation_id, state, closes_on, undisposed, document, version, round_mode,"
          + " manager_id, service_id, opens_on, decision_on, short_window, opened_late";
  private static final String REC_COLUMNS =
      "round_id, forum_id, rec_number, organisation_id, manager_id, service_id, opens_on,"
          + " closes_on, disposition, disposed_on, wait_days, implemented_on";

  private final UnitOfWork uow;
  private final PersonRows parties;
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
    final String naming;
    final String meetings;
    final String parties;
    final String insertParty;
    final String deleteParty;
    final String insertRecommendation;
    final String deleteRecommendation;
    final String deleteRecommendations;
    final String roundTallies;
    final String recommendationTallies;
    final String medians;
    final boolean separateMedians;

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
              + " version = version + 1, manager_id = ?, service_id = ?, opens_on = ?,"
              + " decision_on = ?, short_window = ?, opened_late = ?"
              + " WHERE id = ? AND version = ?";
      version = "SELECT version FROM " + table + " WHERE id = ?";
      undisposed =
          "SELECT document, version FROM "
              + table
              + " WHERE organisation_id = ? AND closes_on <= ? AND undisposed > 0 ORDER BY id";
      meetings =
          "SELECT document, version FROM "
              + table
              + " WHERE organisation_id = ? AND round_mode = 'MEETING' ORDER BY id";
      String party = t.consultationParty();
      naming =
          "SELECT r.document, r.version FROM "
              + party
              + " p JOIN "
              + table
              + " r ON r.id = p.round_id WHERE p.person_id = ? ORDER BY p.round_id";
      parties = "SELECT person_id FROM " + party + " WHERE round_id = ?";
      insertParty = "INSERT INTO " + party + " (round_id, person_id) VALUES (?, ?)";
      deleteParty = "DELETE FROM " + party + " WHERE round_id = ? AND person_id = ?";
      String rec = t.consultationRecommendation();
      insertRecommendation =
          "INSERT INTO "
              + rec
              + " ("
              + REC_COLUMNS
              + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
      deleteRecommendation =
          "DELETE FROM " + rec + " WHERE round_id = ? AND forum_id = ? AND rec_number = ?";
      deleteRecommendations = "DELETE FROM " + rec + " WHERE round_id = ?";
      // The metrics (CR-8): one grouped query over the round rows and one over the recommendation
      // rows, each run per manager and per service; "%1$s" is the grouping column.
      roundTallies =
          "SELECT %1$s, COUNT(*), SUM(opened_late), SUM(short_window) FROM "
              + table
              + " WHERE organisation_id = ? AND opens_on BETWEEN ? AND ? AND %1$s IS NOT NULL"
              + " GROUP BY %1$s";
      separateMedians = dialect.mediansOnlyAsWindows();
      recommendationTallies =
          "SELECT %1$s, COUNT(*), COUNT(disposition),"
              + " SUM(CASE WHEN disposition IN ('ADOPTED', 'ADAPTED') THEN 1 ELSE 0 END),"
              + " COUNT(implemented_on),"
              + " SUM(CASE WHEN disposition IS NULL AND closes_on <= ? THEN 1 ELSE 0 END)"
              + (separateMedians ? "" : ", PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY wait_days)")
              + " FROM "
              + rec
              + " WHERE organisation_id = ? AND opens_on BETWEEN ? AND ? AND %1$s IS NOT NULL"
              + " GROUP BY %1$s";
      // Where the median is a window function only (MariaDB): one value per group, over the
      // disposed recommendations.
      medians =
          "SELECT DISTINCT %1$s, MEDIAN(wait_days) OVER (PARTITION BY %1$s) FROM "
              + rec
              + " WHERE organisation_id = ? AND opens_on BETWEEN ? AND ? AND %1$s IS NOT NULL"
              + " AND wait_days IS NOT NULL";
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
    this.parties = new PersonRows(sql.parties, sql.deleteParty, sql.insertParty);
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
      ps.setString(8, round.mode().name());
      bindFacts(ps, 9, round);
      if (ps.executeUpdate() == 0) {
        throw new DuplicateException("a consultation round with that id already exists");
      }
      parties.write(uow, round.id().value(), Set.of(), stored.people());
      writeRecommendations(round.id(), Map.of(), RecommendationRow.of(stored));
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
    ConsultationRound before = reads.snapshot(round.id());
    try {
      try (PreparedStatement ps = uow.prepare(sql.update)) {
        ps.setString(1, round.state().name());
        ps.setLong(2, round.closesOn().toEpochDay());
        ps.setInt(3, round.undisposed().size());
        ps.setString(4, document(stored));
        bindFacts(ps, 5, round);
        ps.setString(11, round.id().value());
        ps.setLong(12, round.version());
        if (ps.executeUpdate() == 0) {
          reads.dropSnapshot(round.id());
          throw missingOrStale(round.id());
        }
      }
      Set<PersonId> had =
          before != null && before.version() == round.version()
              ? before.people()
              : parties.stored(uow, round.id().value());
      parties.write(uow, round.id().value(), had, stored.people());
      if (before != null && before.version() == round.version()) {
        writeRecommendations(
            round.id(), RecommendationRow.of(before), RecommendationRow.of(stored));
      } else {
        // Without the rows as this unit read them, all of the round's rows are written again.
        try (PreparedStatement ps = uow.prepare(sql.deleteRecommendations)) {
          ps.setString(1, round.id().value());
          ps.executeUpdate();
        }
        writeRecommendations(round.id(), Map.of(), RecommendationRow.of(stored));
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

  @Override
  public List<ConsultationRound> findNaming(PersonId person) {
    uow.checkOpen();
    Checks.notNull(person, "person id");
    List<ConsultationRound> out = new ArrayList<>();
    try (PreparedStatement ps = uow.prepare(sql.naming)) {
      ps.setString(1, person.value());
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
    out.removeIf(r -> !r.people().contains(person));
    return out;
  }

  @Override
  public List<ConsultationRound> findMeetings(OrganisationId organisation) {
    uow.checkOpen();
    Checks.notNull(organisation, "organisation id");
    List<ConsultationRound> out = new ArrayList<>();
    try (PreparedStatement ps = uow.prepare(sql.meetings)) {
      ps.setString(1, organisation.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ConsultationRound found = round(rs);
          // A round this unit has read or written is seen as the unit sees it.
          ConsultationRound seen = reads.snapshot(found.id());
          out.add(seen != null ? seen : found);
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "list meeting rounds", "consultation round");
    }
    return out;
  }

  @Override
  public EngagementTallies engagement(
      OrganisationId organisation,
      LocalDate from,
      LocalDate to,
      LocalDate overdueClosedOnOrBefore) {
    uow.checkOpen();
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(from, "first date");
    Checks.notNull(to, "last date");
    Checks.notNull(overdueClosedOnOrBefore, "date");
    try {
      Map<PersonId, EngagementTally> byManager = new TreeMap<>();
      tallies("manager_id", organisation, from, to, overdueClosedOnOrBefore)
          .forEach((k, v) -> byManager.put(PersonId.of(k), v));
      Map<ServiceId, EngagementTally> byService = new TreeMap<>();
      tallies("service_id", organisation, from, to, overdueClosedOnOrBefore)
          .forEach((k, v) -> byService.put(ServiceId.of(k), v));
      return new EngagementTallies(new TreeMap<>(byManager), new TreeMap<>(byService));
    } catch (SQLException e) {
      throw uow.failure(e, "compute engagement metrics", "consultation round");
    }
  }

  /** The tallies grouped by one column of the round and recommendation rows. */
  private Map<String, EngagementTally> tallies(
      String column, OrganisationId org, LocalDate from, LocalDate to, LocalDate overdueBy)
      throws SQLException {
    Map<String, long[]> rounds = new HashMap<>();
    try (PreparedStatement ps = uow.prepare(String.format(sql.roundTallies, column))) {
      bindPeriod(ps, 1, org, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rounds.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        }
      }
    }
    Map<String, long[]> recs = new HashMap<>();
    Map<String, Double> medians = new HashMap<>();
    try (PreparedStatement ps = uow.prepare(String.format(sql.recommendationTallies, column))) {
      ps.setLong(1, overdueBy.toEpochDay());
      bindPeriod(ps, 2, org, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String key = rs.getString(1);
          recs.put(
              key,
              new long[] {
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)
              });
          if (!sql.separateMedians) {
            double median = rs.getDouble(7);
            if (!rs.wasNull()) {
              medians.put(key, median);
            }
          }
        }
      }
    }
    if (sql.separateMedians) {
      try (PreparedStatement ps = uow.prepare(String.format(sql.medians, column))) {
        bindPeriod(ps, 1, org, from, to);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            medians.put(rs.getString(1), rs.getDouble(2));
          }
        }
      }
    }
    Map<String, EngagementTally> out = new HashMap<>();
    rounds.forEach(
        (key, r) -> {
          long[] c = recs.getOrDefault(key, new long[5]);
          Double median = medians.get(key);
          out.put(
              key,
              new EngagementTally(
                  r[0],
                  r[1],
                  r[2],
                  c[0],
                  c[1],
                  c[2],
                  c[3],
                  c[4],
                  median == null ? OptionalDouble.empty() : OptionalDouble.of(median)));
        });
    return out;
  }

  private static void bindPeriod(
      PreparedStatement ps, int at, OrganisationId org, LocalDate from, LocalDate to)
      throws SQLException {
    ps.setString(at, org.value());
    ps.setLong(at + 1, from.toEpochDay());
    ps.setLong(at + 2, to.toEpochDay());
  }

  /** Binds the round's facts the metrics aggregate, from the given parameter on (six of them). */
  private static void bindFacts(PreparedStatement ps, int at, ConsultationRound round)
      throws SQLException {
    ps.setString(at, round.openedBy().value());
    RecommendationRow.setString(ps, at + 1, round.service().map(ServiceId::value).orElse(null));
    ps.setLong(at + 2, round.opensOn().toEpochDay());
    RecommendationRow.setLong(
        ps, at + 3, round.decisionDueOn().map(LocalDate::toEpochDay).orElse(null));
    ps.setInt(at + 4, round.shortWindow() ? 1 : 0);
    ps.setInt(at + 5, round.openedAfterDecision() ? 1 : 0);
  }

  /**
   * Deletes the recommendation rows that changed or went and inserts those that changed or came.
   */
  private void writeRecommendations(
      RoundId id,
      Map<RecommendationRow.Key, RecommendationRow> had,
      Map<RecommendationRow.Key, RecommendationRow> has)
      throws SQLException {
    Batch deletes = new Batch(sql.deleteRecommendation);
    for (Map.Entry<RecommendationRow.Key, RecommendationRow> e : had.entrySet()) {
      if (!e.getValue().equals(has.get(e.getKey()))) {
        deletes.add(
            ps -> {
              ps.setString(1, id.value());
              ps.setString(2, e.getKey().forum());
              ps.setInt(3, e.getKey().number());
            });
      }
    }
    deletes.run(uow);
    Batch inserts = new Batch(sql.insertRecommendation);
    for (Map.Entry<RecommendationRow.Key, RecommendationRow> e : has.entrySet()) {
      if (!e.getValue().equals(had.get(e.getKey()))) {
        inserts.add(e.getValue()::bind);
      }
    }
    inserts.run(uow);
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

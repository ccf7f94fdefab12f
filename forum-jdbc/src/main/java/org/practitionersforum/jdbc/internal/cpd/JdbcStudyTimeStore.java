package org.practitionersforum.jdbc.internal.cpd;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.cpd.StudyTimeGrant;
import org.practitionersforum.api.cpd.StudyTimePolicy;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.StudyTimeStore;
import org.practitionersforum.api.spi.StudyTimeTotals;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;

/**
 * Protected study time as a versioned row per organisation's policy and per practitioner's own
 * grant, and a group's totals as one aggregate query: the database credits each attendance with its
 * time not already covered by an earlier one (a running maximum of earlier ends, a window function)
 * and sums the credit of study and reflective sessions, so no attendance is loaded into Java. The
 * crediting is the CPD record's rule, stated in SQL; the storage contract holds it to the same
 * answers as the in-memory storage, which runs the rule itself.
 */
public final class JdbcStudyTimeStore implements StudyTimeStore {
  private final UnitOfWork uow;
  private final Sql sql;

  /** The SQL of the study time tables for one configuration. Immutable and thread-safe. */
  public static final class Sql {
    final String selectPolicy;
    final String insertPolicy;
    final String updatePolicy;
    final String policyVersion;
    final String selectGrant;
    final String insertGrant;
    final String updateGrant;
    final String deleteGrant;
    final String grantVersion;
    final String forumTotals;
    final String baseTotals;

    /**
     * Builds the statements.
     *
     * @param t the table names
     * @param dialect the database's dialect
     */
    public Sql(Tables t, SqlDialect dialect) {
      String policy = t.table("study_time_policy");
      String grant = t.table("study_time_grant");
      selectPolicy =
          "SELECT default_nanos, year_starts, version FROM "
              + policy
              + " WHERE organisation_id = ?";
      insertPolicy =
          dialect.insertUnlessDuplicate(
              policy, "organisation_id, default_nanos, year_starts, version", "organisation_id");
      updatePolicy =
          "UPDATE "
              + policy
              + " SET default_nanos = ?, year_starts = ?, version = version + 1"
              + " WHERE organisation_id = ? AND version = ?";
      policyVersion = "SELECT version FROM " + policy + " WHERE organisation_id = ?";
      selectGrant =
          "SELECT organisation_id, grant_nanos, version FROM "
              + grant
              + " WHERE practitioner_id = ?";
      insertGrant =
          dialect.insertUnlessDuplicate(
              grant, "practitioner_id, organisation_id, grant_nanos, version", "practitioner_id");
      updateGrant =
          "UPDATE "
              + grant
              + " SET organisation_id = ?, grant_nanos = ?, version = version + 1"
              + " WHERE practitioner_id = ? AND version = ?";
      deleteGrant = "DELETE FROM " + grant + " WHERE practitioner_id = ? AND version = ?";
      grantVersion = "SELECT version FROM " + grant + " WHERE practitioner_id = ?";
      String inForum =
          " AND p.id IN (SELECT m.practitioner_id FROM " + t.member() + " m WHERE m.forum_id = ?)";
      String atBase = " AND p.base_id = ?";
      forumTotals = totals(t, grant, inForum);
      baseTotals = totals(t, grant, atBase);
    }

    /**
     * The totals of the organisation's practitioners a condition on {@code p} selects. Parameters:
     * the default grant; the window's start less the longest session, and its end; the organisation
     * and the condition's value (for the attendance read); the window's start; the organisation and
     * the condition's value (for the group).
     */
    private static String totals(Tables t, String grant, String scope) {
      String group =
          "SELECT p.id FROM " + t.practitioner() + " p WHERE p.organisation_id = ?" + scope;
      String attended =
          "SELECT a.practitioner_id, s.started_at, s.started_at + s.duration_nanos AS ends,"
              + " CASE WHEN s.mode = 'REFLECTIVE' OR s.reading_citation IS NOT NULL"
              + " OR s.reading_link IS NOT NULL THEN 1 ELSE 0 END AS draws,"
              + " MAX(s.started_at + s.duration_nanos) OVER (PARTITION BY a.practitioner_id"
              + " ORDER BY s.started_at, s.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)"
              + " AS counted"
              + " FROM "
              + t.attendance()
              + " a JOIN "
              + t.session()
              + " s ON s.id = a.session_id"
              + " WHERE a.status = 'PRESENT' AND a.started_at >= ? AND a.started_at < ?"
              + " AND a.practitioner_id IN ("
              + group
              + ")";
      String credited =
          "SELECT w.practitioner_id, w.started_at, w.ends, w.draws,"
              + " CASE WHEN w.counted IS NULL OR w.counted < w.started_at THEN w.started_at"
              + " ELSE w.counted END AS credited_from"
              + " FROM ("
              + attended
              + ") w";
      String used =
          "SELECT x.practitioner_id AS pid,"
              + " SUM(CASE WHEN x.ends > x.credited_from THEN x.ends - x.credited_from ELSE 0 END)"
              + " AS used_nanos"
              + " FROM ("
              + credited
              + ") x WHERE x.started_at >= ? AND x.draws = 1 GROUP BY x.practitioner_id";
      return "SELECT COUNT(*) AS people,"
          + " COALESCE(SUM(COALESCE(g.grant_nanos, ?)), 0) AS granted_nanos,"
          + " COALESCE(SUM(u.used_nanos), 0) AS used_nanos"
          + " FROM "
          + t.practitioner()
          + " p LEFT JOIN "
          + grant
          + " g ON g.practitioner_id = p.id LEFT JOIN ("
          + used
          + ") u ON u.pid = p.id WHERE p.organisation_id = ?"
          + scope;
    }
  }

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   * @param sql the study time statements
   */
  public JdbcStudyTimeStore(UnitOfWork uow, Sql sql) {
    this.uow = uow;
    this.sql = sql;
  }

  @Override
  public Optional<StudyTimePolicy> findPolicy(OrganisationId organisation) {
    uow.checkOpen();
    Checks.notNull(organisation, "organisation id");
    try (PreparedStatement ps = uow.prepare(sql.selectPolicy)) {
      ps.setString(1, organisation.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StudyTimePolicy(
                organisation,
                Duration.ofNanos(rs.getLong(1)),
                Month.of(rs.getInt(2)),
                rs.getLong(3)));
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a study time policy", "study time policy");
    }
  }

  @Override
  public StudyTimePolicy insertPolicy(StudyTimePolicy policy) {
    uow.checkOpen();
    Checks.notNull(policy, "study time policy");
    if (policy.version() != 0) {
      throw new IllegalArgumentException("a new study time policy must be at version 0");
    }
    Values.text(policy.organisation().value(), "an organisation id", Checks.MAX_ID_LENGTH);
    try (PreparedStatement ps = uow.prepare(sql.insertPolicy)) {
      ps.setString(1, policy.organisation().value());
      ps.setLong(2, policy.defaultGrant().toNanos());
      ps.setInt(3, policy.yearStarts().getValue());
      ps.setLong(4, 1);
      if (ps.executeUpdate() == 0) {
        throw new DuplicateException("the organisation has a study time policy already");
      }
      return policy.atVersion(1);
    } catch (SQLException e) {
      throw uow.failure(e, "insert a study time policy", "study time policy");
    }
  }

  @Override
  public StudyTimePolicy updatePolicy(StudyTimePolicy policy) {
    uow.checkOpen();
    Checks.notNull(policy, "study time policy");
    try {
      try (PreparedStatement ps = uow.prepare(sql.updatePolicy)) {
        ps.setLong(1, policy.defaultGrant().toNanos());
        ps.setInt(2, policy.yearStarts().getValue());
        ps.setString(3, policy.organisation().value());
        ps.setLong(4, policy.version());
        if (ps.executeUpdate() == 0) {
          throw missingOrStale(sql.policyVersion, policy.organisation().value(), "policy");
        }
      }
      return policy.atVersion(policy.version() + 1);
    } catch (SQLException e) {
      throw uow.failure(e, "update a study time policy", "study time policy");
    }
  }

  @Override
  public Optional<StudyTimeGrant> findGrant(PractitionerId practitioner) {
    uow.checkOpen();
    Checks.notNull(practitioner, "practitioner id");
    try (PreparedStatement ps = uow.prepare(sql.selectGrant)) {
      ps.setString(1, practitioner.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StudyTimeGrant(
                practitioner,
                OrganisationId.of(rs.getString(1)),
                Duration.ofNanos(rs.getLong(2)),
                rs.getLong(3)));
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a study time grant", "study time grant");
    }
  }

  @Override
  public StudyTimeGrant insertGrant(StudyTimeGrant grant) {
    uow.checkOpen();
    Checks.notNull(grant, "study time grant");
    if (grant.version() != 0) {
      throw new IllegalArgumentException("a new study time grant must be at version 0");
    }
    Values.text(grant.practitioner().value(), "a practitioner id", Checks.MAX_ID_LENGTH);
    Values.text(grant.organisation().value(), "an organisation id", Checks.MAX_ID_LENGTH);
    try (PreparedStatement ps = uow.prepare(sql.insertGrant)) {
      ps.setString(1, grant.practitioner().value());
      ps.setString(2, grant.organisation().value());
      ps.setLong(3, grant.grant().toNanos());
      ps.setLong(4, 1);
      if (ps.executeUpdate() == 0) {
        throw new DuplicateException("the practitioner has a study time grant already");
      }
      return grant.atVersion(1);
    } catch (SQLException e) {
      throw uow.failure(e, "insert a study time grant", "study time grant");
    }
  }

  @Override
  public StudyTimeGrant updateGrant(StudyTimeGrant grant) {
    uow.checkOpen();
    Checks.notNull(grant, "study time grant");
    Values.text(grant.organisation().value(), "an organisation id", Checks.MAX_ID_LENGTH);
    try {
      try (PreparedStatement ps = uow.prepare(sql.updateGrant)) {
        ps.setString(1, grant.organisation().value());
        ps.setLong(2, grant.grant().toNanos());
        ps.setString(3, grant.practitioner().value());
        ps.setLong(4, grant.version());
        if (ps.executeUpdate() == 0) {
          throw missingOrStale(sql.grantVersion, grant.practitioner().value(), "grant");
        }
      }
      return grant.atVersion(grant.version() + 1);
    } catch (SQLException e) {
      throw uow.failure(e, "update a study time grant", "study time grant");
    }
  }

  @Override
  public void deleteGrant(StudyTimeGrant grant) {
    uow.checkOpen();
    Checks.notNull(grant, "study time grant");
    try {
      try (PreparedStatement ps = uow.prepare(sql.deleteGrant)) {
        ps.setString(1, grant.practitioner().value());
        ps.setLong(2, grant.version());
        if (ps.executeUpdate() == 0) {
          throw missingOrStale(sql.grantVersion, grant.practitioner().value(), "grant");
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "delete a study time grant", "study time grant");
    }
  }

  @Override
  public StudyTimeTotals forumTotals(
      ForumId forum,
      OrganisationId organisation,
      Duration defaultGrant,
      Instant from,
      Instant until) {
    Checks.notNull(forum, "forum id");
    return totals(sql.forumTotals, forum.value(), organisation, defaultGrant, from, until);
  }

  @Override
  public StudyTimeTotals baseTotals(
      BaseId base,
      OrganisationId organisation,
      Duration defaultGrant,
      Instant from,
      Instant until) {
    Checks.notNull(base, "base id");
    return totals(sql.baseTotals, base.value(), organisation, defaultGrant, from, until);
  }

  private StudyTimeTotals totals(
      String statement,
      String scope,
      OrganisationId organisation,
      Duration defaultGrant,
      Instant from,
      Instant until) {
    uow.checkOpen();
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(defaultGrant, "default grant");
    Checks.notNull(from, "start of the window");
    Checks.notNull(until, "end of the window");
    try (PreparedStatement ps = uow.prepare(statement)) {
      int i = 1;
      ps.setLong(i++, defaultGrant.toNanos());
      ps.setLong(i++, Values.nanos(from.minus(Session.MAX_DURATION), "the start of a window"));
      ps.setLong(i++, Values.nanos(until, "the end of a window"));
      ps.setString(i++, organisation.value());
      ps.setString(i++, scope);
      ps.setLong(i++, Values.nanos(from, "the start of a window"));
      ps.setString(i++, organisation.value());
      ps.setString(i, scope);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new StudyTimeTotals(
            rs.getLong(1), Duration.ofNanos(rs.getLong(2)), Duration.ofNanos(rs.getLong(3)));
      }
    } catch (SQLException e) {
      throw uow.failure(e, "total study time", "study time");
    }
  }

  private RuntimeException missingOrStale(String versionSql, String key, String what)
      throws SQLException {
    try (PreparedStatement ps = uow.prepare(versionSql)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException("study time " + what)
            : new NotFoundException("no such study time " + what);
      }
    }
  }
}

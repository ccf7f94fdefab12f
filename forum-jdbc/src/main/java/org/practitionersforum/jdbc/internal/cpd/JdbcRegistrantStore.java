package org.practitionersforum.jdbc.internal.cpd;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.cpd.RegistrantProfile;
import org.practitionersforum.api.cpd.Registration;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.RegistrantProfileStore;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;

/**
 * Registrant profiles as a versioned head row with a row per registration and a row per recorded
 * reflective discussion. A read is three statements by the practitioner's id; a write replaces the
 * child rows whole after a versioned {@code UPDATE} of the head row, which also locks it.
 */
public final class JdbcRegistrantStore implements RegistrantProfileStore {
  private final UnitOfWork uow;
  private final Sql sql;

  /** The SQL of the profile tables for one configuration. Immutable and thread-safe. */
  public static final class Sql {
    final String selectHead;
    final String selectRegistrations;
    final String selectDiscussions;
    final String insertHead;
    final String insertRegistration;
    final String insertDiscussion;
    final String updateHead;
    final String deleteHead;
    final String deleteRegistrations;
    final String deleteDiscussions;

    /**
     * Builds the statements.
     *
     * @param t the table names
     * @param dialect the database's dialect
     */
    public Sql(Tables t, SqlDialect dialect) {
      String head = t.table("cpd_registrant");
      String registration = t.table("cpd_registration");
      String discussion = t.table("cpd_discussion");
      selectHead = "SELECT version FROM " + head + " WHERE practitioner_id = ?";
      selectRegistrations =
          "SELECT regulator, renewal_date FROM "
              + registration
              + " WHERE practitioner_id = ? ORDER BY ordinal";
      selectDiscussions =
          "SELECT held_on FROM " + discussion + " WHERE practitioner_id = ? ORDER BY held_on";
      insertHead =
          dialect.insertUnlessDuplicate(head, "practitioner_id, version", "practitioner_id");
      insertRegistration =
          "INSERT INTO "
              + registration
              + " (practitioner_id, ordinal, regulator, renewal_date) VALUES (?, ?, ?, ?)";
      insertDiscussion = "INSERT INTO " + discussion + " (practitioner_id, held_on) VALUES (?, ?)";
      updateHead =
          "UPDATE " + head + " SET version = version + 1 WHERE practitioner_id = ? AND version = ?";
      deleteHead = "DELETE FROM " + head + " WHERE practitioner_id = ? AND version = ?";
      deleteRegistrations = "DELETE FROM " + registration + " WHERE practitioner_id = ?";
      deleteDiscussions = "DELETE FROM " + discussion + " WHERE practitioner_id = ?";
    }
  }

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   * @param sql the profile statements
   */
  public JdbcRegistrantStore(UnitOfWork uow, Sql sql) {
    this.uow = uow;
    this.sql = sql;
  }

  @Override
  public Optional<RegistrantProfile> find(PractitionerId practitioner) {
    uow.checkOpen();
    Checks.notNull(practitioner, "practitioner id");
    try {
      long version;
      try (PreparedStatement ps = uow.prepare(sql.selectHead)) {
        ps.setString(1, practitioner.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          version = rs.getLong(1);
        }
      }
      List<Registration> registrations = new ArrayList<>();
      try (PreparedStatement ps = uow.prepare(sql.selectRegistrations)) {
        ps.setString(1, practitioner.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            registrations.add(
                new Registration(
                    rs.getString(1), Optional.ofNullable(rs.getObject(2, LocalDate.class))));
          }
        }
      }
      List<LocalDate> discussions = new ArrayList<>();
      try (PreparedStatement ps = uow.prepare(sql.selectDiscussions)) {
        ps.setString(1, practitioner.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            discussions.add(rs.getObject(1, LocalDate.class));
          }
        }
      }
      return Optional.of(new RegistrantProfile(practitioner, registrations, discussions, version));
    } catch (SQLException e) {
      throw uow.failure(e, "read a registrant profile", "registrant profile");
    }
  }

  @Override
  public RegistrantProfile insert(RegistrantProfile profile) {
    uow.checkOpen();
    Checks.notNull(profile, "registrant profile");
    if (profile.version() != 0) {
      throw new IllegalArgumentException("a new registrant profile must be at version 0");
    }
    checkStorable(profile);
    try {
      try (PreparedStatement ps = uow.prepare(sql.insertHead)) {
        ps.setString(1, profile.practitioner().value());
        ps.setLong(2, 1);
        if (ps.executeUpdate() == 0) {
          throw new DuplicateException("a registrant profile for this practitioner exists");
        }
      }
      insertChildren(profile);
      return profile.atVersion(1);
    } catch (SQLException e) {
      throw uow.failure(e, "insert a registrant profile", "registrant profile");
    }
  }

  @Override
  public RegistrantProfile update(RegistrantProfile profile) {
    uow.checkOpen();
    Checks.notNull(profile, "registrant profile");
    checkStorable(profile);
    try {
      try (PreparedStatement ps = uow.prepare(sql.updateHead)) {
        ps.setString(1, profile.practitioner().value());
        ps.setLong(2, profile.version());
        if (ps.executeUpdate() == 0) {
          throw missingOrStale(profile.practitioner());
        }
      }
      deleteChildren(profile.practitioner());
      insertChildren(profile);
      return profile.atVersion(profile.version() + 1);
    } catch (SQLException e) {
      throw uow.failure(e, "update a registrant profile", "registrant profile");
    }
  }

  @Override
  public void delete(RegistrantProfile profile) {
    uow.checkOpen();
    Checks.notNull(profile, "registrant profile");
    try {
      // The head row first: a stale or missing profile leaves the children as they were.
      try (PreparedStatement ps = uow.prepare(sql.updateHead)) {
        ps.setString(1, profile.practitioner().value());
        ps.setLong(2, profile.version());
        if (ps.executeUpdate() == 0) {
          throw missingOrStale(profile.practitioner());
        }
      }
      deleteChildren(profile.practitioner());
      try (PreparedStatement ps = uow.prepare(sql.deleteHead)) {
        ps.setString(1, profile.practitioner().value());
        ps.setLong(2, profile.version() + 1);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw uow.failure(e, "delete a registrant profile", "registrant profile");
    }
  }

  private void insertChildren(RegistrantProfile profile) throws SQLException {
    String id = profile.practitioner().value();
    int ordinal = 0;
    for (Registration r : profile.registrations()) {
      try (PreparedStatement ps = uow.prepare(sql.insertRegistration)) {
        ps.setString(1, id);
        ps.setInt(2, ordinal++);
        ps.setString(3, r.regulator());
        ps.setObject(4, r.renewalDate().orElse(null), java.sql.Types.DATE);
        ps.executeUpdate();
      }
    }
    for (LocalDate d : profile.reflectiveDiscussions()) {
      try (PreparedStatement ps = uow.prepare(sql.insertDiscussion)) {
        ps.setString(1, id);
        ps.setObject(2, d, java.sql.Types.DATE);
        ps.executeUpdate();
      }
    }
  }

  private void deleteChildren(PractitionerId practitioner) throws SQLException {
    for (String statement : List.of(sql.deleteRegistrations, sql.deleteDiscussions)) {
      try (PreparedStatement ps = uow.prepare(statement)) {
        ps.setString(1, practitioner.value());
        ps.executeUpdate();
      }
    }
  }

  private static void checkStorable(RegistrantProfile profile) {
    Values.text(profile.practitioner().value(), "a practitioner id", Checks.MAX_ID_LENGTH);
    for (Registration r : profile.registrations()) {
      Values.text(r.regulator(), "a regulator id", Checks.MAX_ID_LENGTH);
    }
  }

  private RuntimeException missingOrStale(PractitionerId practitioner) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.selectHead)) {
      ps.setString(1, practitioner.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException("registrant profile")
            : new NotFoundException("no such registrant profile");
      }
    }
  }
}

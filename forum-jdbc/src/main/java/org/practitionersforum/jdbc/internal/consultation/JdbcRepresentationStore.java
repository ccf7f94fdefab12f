package org.practitionersforum.jdbc.internal.consultation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.consultation.Representation;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.RepresentationStore;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.jdbc.internal.ReadSet;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;

/**
 * Forums' representations (CR-7) as one versioned row each, as the rounds are kept: the
 * representation as a JSON document with its organisation beside it, for the missing report-back
 * query. The representatives it names ({@link Representation#people()}) are kept one row each in a
 * table beside it, written with it, so erasure and subject access find them through an index. What
 * a unit read or wrote is kept in its read set, so reads are repeatable.
 */
public final class JdbcRepresentationStore implements RepresentationStore {
  private static final String COLUMNS = "forum_id, organisation_id, document, version";

  private final UnitOfWork uow;
  private final PersonRows people;
  private final Sql sql;
  private final Representations reads;

  /** The representations one unit of work has read or written, at their stored versions. */
  static final class Representations extends ReadSet<ForumId, Representation> {
    Representations() {
      super("forum's representation");
    }
  }

  /** The statements of the representation tables for one configuration. Immutable. */
  public static final class Sql {
    final String select;
    final String insert;
    final String update;
    final String version;
    final String byOrganisation;
    final String naming;
    final String people;
    final String insertPerson;
    final String deletePerson;

    /**
     * Builds the statements.
     *
     * @param t the table names
     * @param dialect the database's dialect
     */
    public Sql(Tables t, SqlDialect dialect) {
      String table = t.consultationRepresentation();
      select = "SELECT document, version FROM " + table + " WHERE forum_id = ?";
      insert = dialect.insertUnlessDuplicate(table, COLUMNS, "forum_id");
      update =
          "UPDATE "
              + table
              + " SET document = ?, version = version + 1 WHERE forum_id = ? AND version = ?";
      version = "SELECT version FROM " + table + " WHERE forum_id = ?";
      byOrganisation =
          "SELECT document, version FROM " + table + " WHERE organisation_id = ? ORDER BY forum_id";
      String person = t.consultationRepresentative();
      naming =
          "SELECT r.document, r.version FROM "
              + person
              + " p JOIN "
              + table
              + " r ON r.forum_id = p.forum_id WHERE p.person_id = ? ORDER BY p.forum_id";
      people = "SELECT person_id FROM " + person + " WHERE forum_id = ?";
      insertPerson = "INSERT INTO " + person + " (forum_id, person_id) VALUES (?, ?)";
      deletePerson = "DELETE FROM " + person + " WHERE forum_id = ? AND person_id = ?";
    }
  }

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   * @param sql the representation statements
   */
  public JdbcRepresentationStore(UnitOfWork uow, Sql sql) {
    this.uow = uow;
    this.sql = sql;
    this.people = new PersonRows(sql.people, sql.deletePerson, sql.insertPerson);
    this.reads = uow.readSet(Representations.class, Representations::new);
  }

  @Override
  public Optional<Representation> find(ForumId forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    Representation cached = reads.snapshot(forum);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (reads.isAbsent(forum)) {
      return Optional.empty();
    }
    try (PreparedStatement ps = uow.prepare(sql.select)) {
      ps.setString(1, forum.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          reads.markAbsent(forum);
          return Optional.empty();
        }
        Representation found = representation(rs);
        reads.remember(forum, found, found.version());
        return Optional.of(found);
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a forum's representation", "forum's representation");
    }
  }

  @Override
  public Representation insert(Representation representation) {
    uow.checkOpen();
    Checks.notNull(representation, "representation");
    if (representation.version() != 0) {
      throw new IllegalArgumentException("a new representation must be at version 0");
    }
    ForumId id = representation.forum();
    Representation stored = Representation.builder().from(representation).version(1).build();
    try (PreparedStatement ps = uow.prepare(sql.insert)) {
      ps.setString(1, id.value());
      ps.setString(2, representation.organisation().value());
      ps.setString(3, ForumJson.write(stored));
      ps.setLong(4, 1);
      if (ps.executeUpdate() == 0) {
        throw new DuplicateException("the forum's representation exists already");
      }
      people.write(uow, id.value(), Set.of(), stored.people());
      reads.clearAbsent(id);
      reads.remember(id, stored, 1);
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(id);
      throw uow.failure(e, "insert a forum's representation", "forum's representation");
    }
  }

  @Override
  public Representation update(Representation representation) {
    uow.checkOpen();
    Checks.notNull(representation, "representation");
    ForumId id = representation.forum();
    Representation stored =
        Representation.builder().from(representation).version(representation.version() + 1).build();
    Representation before = reads.snapshot(id);
    try {
      try (PreparedStatement ps = uow.prepare(sql.update)) {
        ps.setString(1, ForumJson.write(stored));
        ps.setString(2, id.value());
        ps.setLong(3, representation.version());
        if (ps.executeUpdate() == 0) {
          reads.dropSnapshot(id);
          throw missingOrStale(id);
        }
      }
      Set<PersonId> had =
          before != null && before.version() == representation.version()
              ? before.people()
              : people.stored(uow, id.value());
      people.write(uow, id.value(), had, stored.people());
      reads.remember(id, stored, stored.version());
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(id);
      throw uow.failure(e, "update a forum's representation", "forum's representation");
    }
  }

  @Override
  public List<Representation> findByOrganisation(OrganisationId organisation) {
    uow.checkOpen();
    Checks.notNull(organisation, "organisation id");
    return many(sql.byOrganisation, organisation.value());
  }

  @Override
  public List<Representation> findNaming(PersonId person) {
    uow.checkOpen();
    Checks.notNull(person, "person id");
    List<Representation> out = many(sql.naming, person.value());
    out.removeIf(r -> !r.people().contains(person));
    return out;
  }

  private List<Representation> many(String statement, String value) {
    List<Representation> out = new ArrayList<>();
    try (PreparedStatement ps = uow.prepare(statement)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Representation found = representation(rs);
          // A representation this unit has read or written is seen as the unit sees it.
          Representation seen = reads.snapshot(found.forum());
          out.add(seen != null ? seen : found);
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "list forums' representations", "forum's representation");
    }
    return out;
  }

  private static Representation representation(ResultSet rs) throws SQLException {
    String json = rs.getString("document");
    long version = rs.getLong("version");
    try {
      return Representation.builder()
          .from(ForumJson.read(json, Representation.class))
          .version(version)
          .build();
    } catch (RuntimeException e) {
      throw new StorageException(
          "a stored forum's representation cannot be read as one", false, null);
    }
  }

  private RuntimeException missingOrStale(ForumId id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.version)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException("forum's representation")
            : new NotFoundException("no such forum's representation");
      }
    }
  }
}

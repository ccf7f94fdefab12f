package org.practitionersforum.jdbc.internal.consultation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.rows.Batch;

/**
 * The indexed rows that name the people a JSON document names, one row per person, kept beside the
 * document so that erasure and subject access find a person's documents by index (SEC-3): the
 * people of a consultation round and of a forum's representation. Each table has two columns, the
 * document's id and the person's id.
 */
final class PersonRows {
  private final String select;
  private final String delete;
  private final String insert;

  /**
   * Creates the rows' statements.
   *
   * @param select selects the person ids of one document, by its id
   * @param delete deletes one row, by document id and person id
   * @param insert inserts one row: document id, person id
   */
  PersonRows(String select, String delete, String insert) {
    this.select = select;
    this.delete = delete;
    this.insert = insert;
  }

  /** The people the stored rows say a document names. */
  Set<PersonId> stored(UnitOfWork uow, String owner) throws SQLException {
    Set<PersonId> out = new HashSet<>();
    try (PreparedStatement ps = uow.prepare(select)) {
      ps.setString(1, owner);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(PersonId.of(rs.getString(1)));
        }
      }
    }
    return out;
  }

  /** Deletes the rows of the people a document no longer names and inserts those it now names. */
  void write(UnitOfWork uow, String owner, Set<PersonId> had, Set<PersonId> has)
      throws SQLException {
    Batch deletes = new Batch(delete);
    for (PersonId p : had) {
      if (!has.contains(p)) {
        deletes.add(
            ps -> {
              ps.setString(1, owner);
              ps.setString(2, p.value());
            });
      }
    }
    deletes.run(uow);
    Batch inserts = new Batch(insert);
    for (PersonId p : has) {
      if (!had.contains(p)) {
        inserts.add(
            ps -> {
              ps.setString(1, owner);
              ps.setString(2, p.value());
            });
      }
    }
    inserts.run(uow);
  }
}

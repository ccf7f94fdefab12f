package org.practitionersforum.jdbc.internal.privacy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.ClosedForum;
import org.practitionersforum.api.spi.ErasureStore;
import org.practitionersforum.api.spi.PersonReferences;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.Values;

/**
 * Finds what erasure, subject access and retention need (SEC-3), one statement per question, on the
 * unit of work's connection, so that it sees the unit's own writes. It changes nothing: the privacy
 * service writes through the aggregate stores, whose reads and versions it keeps.
 */
public final class JdbcErasureStore implements ErasureStore {
  private final UnitOfWork uow;
  private final ErasureStatements sql;

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   */
  public JdbcErasureStore(UnitOfWork uow) {
    this.uow = uow;
    this.sql = new ErasureStatements(uow.statements().tables());
  }

  @Override
  public PersonReferences findReferences(PersonId person) {
    uow.checkOpen();
    Checks.notNull(person, "person id");
    List<ForumId> forums = new ArrayList<>();
    List<ForumId> terms = new ArrayList<>();
    List<SessionId> sessions = new ArrayList<>();
    List<PractitionerId> managed = new ArrayList<>();
    try (PreparedStatement ps = uow.prepare(sql.references)) {
      for (int i = 1; i <= ErasureStatements.REFERENCE_PARAMETERS; i++) {
        ps.setString(i, person.value());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(2);
          switch (rs.getInt(1)) {
            case ErasureStatements.FORUM -> forums.add(ForumId.of(id));
            case ErasureStatements.TERMS -> terms.add(ForumId.of(id));
            case ErasureStatements.SESSION -> sessions.add(SessionId.of(id));
            default -> managed.add(PractitionerId.of(id));
          }
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "find the records that name a person", "record");
    }
    return new PersonReferences(forums, terms, sessions, managed);
  }

  @Override
  public List<ClosedForum> findClosedBefore(Instant closedBefore) {
    uow.checkOpen();
    Checks.notNull(closedBefore, "time");
    long before =
        closedBefore.isAfter(Values.instant(Long.MAX_VALUE))
            ? Long.MAX_VALUE
            : Values.nanos(closedBefore, "the time forums closed before");
    List<ClosedForum> out = new ArrayList<>();
    try (PreparedStatement ps = uow.prepare(sql.closedBefore)) {
      ps.setLong(1, before);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ClosedForum(
                  ForumId.of(rs.getString(1)),
                  OrganisationId.of(rs.getString(2)),
                  Values.instant(rs.getLong(3))));
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "find the forums closed before a time", "forum");
    }
    return out;
  }
}

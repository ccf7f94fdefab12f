package org.practitionersforum.jdbc.internal.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.spi.OutboxRecord;
import org.practitionersforum.api.spi.OutboxStore;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.Values;

/**
 * The outbox as one row per event. The database assigns each row's position from an identity column
 * when it is inserted; a command inserts its events after its other writes, so the events of two
 * commands on one forum, which the forum's row orders, get positions in commit order.
 */
public final class JdbcOutboxStore implements OutboxStore {
  private final UnitOfWork uow;
  private final OutboxStatements sql;

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   */
  public JdbcOutboxStore(UnitOfWork uow) {
    this.uow = uow;
    this.sql = uow.statements().outbox();
  }

  @Override
  public void append(List<OutboxRecord> records) {
    uow.checkOpen();
    Checks.noNulls(records, "outbox records");
    if (records.isEmpty()) {
      return;
    }
    for (OutboxRecord r : records) {
      if (r.position() != 0) {
        throw new IllegalArgumentException("a record to append is at position 0");
      }
    }
    if (uow.insertHeldBackWith(records)) {
      return;
    }
    try (PreparedStatement ps = uow.prepare(sql.insert)) {
      for (OutboxRecord r : records) {
        bind(ps, 0, r);
        ps.addBatch();
      }
      if (records.size() == 1) {
        ps.executeUpdate();
      } else {
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw uow.failure(e, "write events to the outbox", "outbox event");
    }
  }

  /**
   * Binds an event's columns, in the order of {@link OutboxStatements#INSERTED}.
   *
   * @param ps the statement
   * @param before how many parameters the statement binds before the event's
   * @param r the event
   * @return the number of the last parameter bound
   * @throws SQLException if the driver fails
   */
  public static int bind(PreparedStatement ps, int before, OutboxRecord r) throws SQLException {
    int i = before;
    ps.setString(++i, r.eventId().toString());
    ps.setString(++i, r.forum().value());
    ps.setString(++i, r.type());
    ps.setString(++i, r.payload());
    ps.setLong(++i, Values.nanos(r.at(), "event time"));
    return i;
  }

  @Override
  public List<OutboxRecord> pending(long afterPosition, int limit) {
    uow.checkOpen();
    if (limit < 1) {
      throw new IllegalArgumentException("a page holds at least one record");
    }
    List<OutboxRecord> out = new ArrayList<>();
    try (PreparedStatement ps = uow.prepare(sql.pending)) {
      ps.setLong(1, afterPosition);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new OutboxRecord(
                  rs.getLong(1),
                  UUID.fromString(rs.getString(2)),
                  ForumId.of(rs.getString(3)),
                  rs.getString(4),
                  rs.getString(5),
                  Values.instant(rs.getLong(6))));
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read the outbox", "outbox event");
    }
    return out;
  }

  @Override
  public int remove(Collection<UUID> eventIds) {
    uow.checkOpen();
    Checks.noNulls(eventIds, "event ids");
    if (eventIds.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps = uow.prepare(sql.delete)) {
      for (UUID id : eventIds) {
        ps.setString(1, id.toString());
        ps.addBatch();
      }
      int removed = 0;
      for (int n : ps.executeBatch()) {
        // A driver may report SUCCESS_NO_INFO (-2) for a row of a batch; count it as removed.
        removed += n == PreparedStatement.SUCCESS_NO_INFO ? 1 : Math.max(n, 0);
      }
      return removed;
    } catch (SQLException e) {
      throw uow.failure(e, "remove delivered events from the outbox", "outbox event");
    }
  }

  @Override
  public boolean replacePayload(UUID eventId, String payload) {
    uow.checkOpen();
    Checks.notNull(eventId, "event id");
    Checks.notNull(payload, "event payload");
    try (PreparedStatement ps = uow.prepare(sql.replacePayload)) {
      ps.setString(1, payload);
      ps.setString(2, eventId.toString());
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw uow.failure(e, "rewrite an event in the outbox", "outbox event");
    }
  }
}

package org.practitionersforum.jdbc.internal.rows;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.jdbc.internal.UnitOfWork;

/**
 * The rows one statement writes, run in one round trip: a plain execution for one row, a batch for
 * more, nothing for none. Not thread-safe.
 */
public final class Batch {
  private final String sql;
  private final List<Binder> rows = new ArrayList<>();

  /**
   * Starts an empty batch.
   *
   * @param sql the statement, run once per row
   */
  public Batch(String sql) {
    this.sql = sql;
  }

  /**
   * Adds a row.
   *
   * @param row binds the row's parameters
   */
  public void add(Binder row) {
    rows.add(row);
  }

  /**
   * Tells whether no row was added.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Runs the statement for every row added, in one round trip.
   *
   * @param uow the unit of work whose connection runs it
   * @throws SQLException if the database refuses a row
   */
  public void run(UnitOfWork uow) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = uow.prepare(sql)) {
      if (rows.size() == 1) {
        rows.get(0).bind(ps);
        ps.executeUpdate();
        return;
      }
      for (Binder row : rows) {
        row.bind(ps);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}

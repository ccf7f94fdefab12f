package org.practitionersforum.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Helpers shared by the stores: nullable binds and reads, and a statement run for any number of
 * rows in one round trip (a plain execution for one row, a batch for more, nothing for none).
 */
final class Rows {
  private Rows() {}

  /** Binds one row's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** The rows to write with one statement. */
  static final class Batch {
    private final String sql;
    private final List<Binder> rows = new ArrayList<>();

    Batch(String sql) {
      this.sql = sql;
    }

    void add(Binder row) {
      rows.add(row);
    }

    boolean isEmpty() {
      return rows.isEmpty();
    }

    /** Runs the statement for every row added, in one round trip. */
    void run(UnitOfWork uow) throws SQLException {
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

  static void setString(PreparedStatement ps, int i, String value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, value);
    }
  }

  static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, value);
    }
  }

  static Optional<Long> getLong(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }
}

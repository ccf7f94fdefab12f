package org.practitionersforum.jdbc;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A data source that records every SELECT executed through it, with the setter calls that bound its
 * parameters, so that a test can run each again under {@code EXPLAIN}.
 */
final class RecordingDataSource {
  /** One SELECT as the storage ran it: its SQL and the setter calls that bound its parameters. */
  record Read(String sql, List<Object[]> bindings) {

    /**
     * Runs the read again behind a prefix, such as {@code "EXPLAIN (FORMAT JSON) "}, with the same
     * parameters.
     *
     * @return the first column of every row of the result, one line each
     */
    String explain(Connection c, String prefix) throws Exception {
      try (PreparedStatement ps = c.prepareStatement(prefix + sql)) {
        for (Object[] binding : bindings) {
          ((Method) binding[0]).invoke(ps, (Object[]) binding[1]);
        }
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.append(rs.getString(1)).append('\n');
          }
        }
        return out.toString();
      } catch (SQLException e) {
        throw new AssertionError("could not explain " + sql, e);
      }
    }
  }

  final List<Read> reads = new ArrayList<>();
  final DataSource dataSource;

  RecordingDataSource(DataSource target) {
    Map<Object, Map<Integer, Object[]>> bindings = new IdentityHashMap<>();
    this.dataSource =
        WatchedDataSource.watch(
            target,
            (statement, sql, method, args) -> {
              if (sql == null) {
                return;
              }
              Map<Integer, Object[]> bound =
                  bindings.computeIfAbsent(statement, s -> new TreeMap<>());
              String name = method.getName();
              if (name.startsWith("set")
                  && args != null
                  && args.length >= 2
                  && args[0] instanceof Integer index) {
                bound.put(index, new Object[] {method, args});
              } else if (name.equals("clearParameters")) {
                bound.clear();
              } else if (name.equals("executeQuery") && args == null) {
                reads.add(new Read(sql, List.copyOf(bound.values())));
              } else if (name.equals("close")) {
                bindings.remove(statement);
              }
            });
  }
}

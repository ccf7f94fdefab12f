package org.practitionersforum.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Runs the storage's migration files with Flyway itself, as a host with its own Flyway would. */
final class FlywayMigrations {
  private FlywayMigrations() {}

  /**
   * Migrates with Flyway, placeholders {@code prefix} and {@code schema_prefix}, into a database
   * that may already hold other tables.
   *
   * @return how many migrations Flyway applied
   */
  static int migrate(DataSource ds, Dialect dialect, String prefix) {
    return Flyway.configure()
        .dataSource(ds)
        .locations(dialect.flywayLocation())
        .placeholders(Map.of("prefix", prefix, "schema_prefix", ""))
        .table(prefix + "flyway_history")
        // As in a host's existing database: other tables are already there; ours all come after.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  /**
   * Describes the tables with a prefix, in a stable order: each column's table (without the
   * prefix), name, type and nullability, and each constraint or index name (without the prefix).
   */
  static List<String> describe(DataSource ds, String prefix) {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      String schema = c.getSchema();
      String catalog = c.getCatalog();
      try (ResultSet rs = c.getMetaData().getColumns(catalog, schema, "%", "%")) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
          if (!table.startsWith(prefix)
              || table.contains("history") && !table.contains("forum_history")) {
            continue;
          }
          out.add(
              "column "
                  + table.substring(prefix.length())
                  + "."
                  + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                  + " "
                  + rs.getString("TYPE_NAME")
                  + "("
                  + rs.getInt("COLUMN_SIZE")
                  + ") nullable="
                  + rs.getString("IS_NULLABLE"));
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT LOWER(table_name), LOWER(constraint_name), constraint_type"
                  + " FROM information_schema.table_constraints WHERE LOWER(table_name) LIKE ?")) {
        ps.setString(1, prefix + "%");
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String table = rs.getString(1);
            String name = rs.getString(2);
            if (!table.startsWith(prefix)
                || table.contains("history") && !table.contains("forum_history")
                || !name.startsWith(prefix)) {
              continue;
            }
            out.add(
                "constraint "
                    + table.substring(prefix.length())
                    + " "
                    + name.substring(prefix.length())
                    + " "
                    + rs.getString(3));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the schema", e);
    }
    out.sort(null);
    return out;
  }
}

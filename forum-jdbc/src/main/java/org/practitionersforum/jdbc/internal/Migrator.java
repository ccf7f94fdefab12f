package org.practitionersforum.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.jdbc.Dialect;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the SQL migrations of a dialect, in order, each once, and records them in the storage's
 * own schema history table ({@code <prefix>schema_history}). The migration files are named and
 * templated as Flyway expects ({@code V1__forum_schema.sql}, placeholders {@code ${schema_prefix}}
 * and {@code ${prefix}}), so a host with Flyway can run them instead.
 */
public final class Migrator {
  /** The migrations, in order. A new SPI store adds its file to every dialect's folder and here. */
  public static final List<String> MIGRATIONS =
      List.of(
          "V1__forum_schema",
          "V2__terms_and_sessions",
          "V3__outbox",
          "V4__audit",
          "V5__lessons",
          "V6__cpd",
          "V7__lesson_tiers",
          "V8__consultation",
          "V9__cpd_notes",
          "V10__consultation_parties",
          "V11__kgate_index",
          "V12__composition_any_mix",
          "V13__lesson_feed",
          "V14__registrants_and_study_time",
          "V15__recommendation_repeats",
          "V16__representatives",
          "V17__consultation_metrics",
          "V18__lesson_consented_disclosure");

  private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

  private Migrator() {}

  /**
   * Brings the schema up to date.
   *
   * @param c a connection, in auto-commit mode or not; left in the mode it was in
   * @param statements the configuration
   * @return how many migrations were applied now
   * @throws SQLException if the database refused a statement
   * @throws StorageException if an applied migration has changed since it was applied
   */
  public static int migrate(Connection c, Statements statements) throws SQLException {
    Dialect dialect = statements.dialect();
    SqlDialect database = statements.sqlDialect();
    Tables t = statements.tables();
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      if (!t.schema().isEmpty()) {
        s.execute("CREATE SCHEMA IF NOT EXISTS " + t.schema() + database.schemaOptions());
      }
      s.execute(
          "CREATE TABLE IF NOT EXISTS "
              + t.schemaHistory()
              + " (version VARCHAR(50) NOT NULL,"
              + " description VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL,"
              + " installed_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL, PRIMARY KEY (version))"
              + database.tableOptions());
    }
    Map<String, Long> applied = new HashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT version, checksum FROM " + t.schemaHistory());
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        applied.put(rs.getString(1), rs.getLong(2));
      }
    }
    int count = 0;
    try {
      for (String name : MIGRATIONS) {
        String template = read(dialect, name);
        long checksum = checksum(template);
        String version = name.substring(1, name.indexOf("__"));
        Long done = applied.get(version);
        if (done != null) {
          if (done != checksum) {
            throw new StorageException(
                "migration "
                    + name
                    + " has changed since it was applied;"
                    + " restore the released file",
                false,
                null);
          }
          continue;
        }
        // Where DDL is transactional, all of a migration or none of it.
        c.setAutoCommit(!database.transactionalDdl());
        try (Statement s = c.createStatement()) {
          for (String sql : split(substitute(template, t))) {
            s.execute(sql);
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO "
                    + t.schemaHistory()
                    + " (version, description, checksum) VALUES (?, ?, ?)")) {
          ps.setString(1, version);
          ps.setString(2, name.substring(name.indexOf("__") + 2).replace('_', ' '));
          ps.setLong(3, checksum);
          ps.executeUpdate();
        }
        if (!c.getAutoCommit()) {
          c.commit();
        }
        c.setAutoCommit(true);
        LOG.info("applied storage migration {} ({})", name, dialect);
        count++;
      }
    } catch (SQLException | RuntimeException e) {
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
    return count;
  }

  /**
   * Returns a migration's SQL with the placeholders replaced, for hosts that inspect or apply it
   * themselves.
   *
   * @param dialect the dialect
   * @param name the migration name, such as {@code "V1__forum_schema"}
   * @param tables the table names
   * @return the SQL text
   */
  public static String sql(Dialect dialect, String name, Tables tables) {
    return substitute(read(dialect, name), tables);
  }

  static String substitute(String template, Tables t) {
    return template.replace("${schema_prefix}", t.schemaPrefix()).replace("${prefix}", t.prefix());
  }

  static List<String> split(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String read(Dialect dialect, String name) {
    String path =
        "/org/practitionersforum/jdbc/migration/" + dialect.folder() + "/" + name + ".sql";
    try (InputStream in = Migrator.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new StorageException(
            "migration " + name + " for " + dialect + " is missing from the jar", false, null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new StorageException("could not read migration " + name, false, e);
    }
  }

  private static long checksum(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}

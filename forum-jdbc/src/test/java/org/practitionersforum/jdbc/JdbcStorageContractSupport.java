package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.tck.AuditTampering;
import org.practitionersforum.tck.StorageContract;

/** Runs the contract suite on one database: tables migrated once, emptied before each test. */
abstract class JdbcStorageContractSupport extends StorageContract {
  private static final Set<String> MIGRATED = new HashSet<>();
  static final List<String> TABLES =
      List.of(
          "consultation_representative",
          "consultation_representation",
          "consultation_recommendation",
          "repeat_band",
          "repeat_entry",
          "repeat_link",
          "repeat_group",
          "consultation_party",
          "consultation_round",
          "cpd_note",
          "cpd_registration",
          "cpd_discussion",
          "cpd_registrant",
          "study_time_grant",
          "study_time_policy",
          "lesson_question",
          "lesson_finding",
          "lesson_tier",
          "lesson_code",
          "lesson_author",
          "lesson",
          "forum_member",
          "forum_invitation",
          "forum_facilitation",
          "forum_history",
          "forum",
          "practitioner",
          "terms_agreement",
          "terms_objection",
          "terms_item",
          "terms_version",
          "forum_terms",
          "session_attendance",
          "session",
          "audit_record");

  abstract DataSource dataSource();

  abstract Dialect dialect();

  /** The table prefix of this run. */
  String prefix() {
    return "tck_";
  }

  /** Creates the tables, once per database and prefix. */
  void migrate(JdbcForumStorage storage) {
    storage.migrate();
  }

  /** Few random sequences on a database server, to keep the build short. */
  @Override
  public int erasureExamples() {
    return dialect() == Dialect.H2 ? 12 : 3;
  }

  /**
   * Every column of every row of every table of this run's prefix, as text, found from the
   * database's metadata rather than from a list, so that a table added later is scanned too.
   */
  @Override
  public Optional<String> everythingStored() {
    StringBuilder out = new StringBuilder();
    try (Connection c = dataSource().getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          c.getMetaData()
              .getTables(c.getCatalog(), null, null, new String[] {"TABLE", "BASE TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          String schema = rs.getString("TABLE_SCHEM");
          // A host's own Flyway history table holds no data of the SDK's.
          if (name.toLowerCase(Locale.ROOT).startsWith(prefix())
              && !name.toLowerCase(Locale.ROOT).contains("flyway_history")
              && (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA"))) {
            tables.add(schema == null || dialect() == Dialect.MARIADB ? name : schema + "." + name);
          }
        }
      }
      assertThat(tables).as("the scan finds the tables").hasSizeGreaterThanOrEqualTo(TABLES.size());
      for (String table : tables) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              out.append(rs.getString(i)).append('\t');
            }
            out.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not scan the tables", e);
    }
    return Optional.of(out.toString());
  }

  @Override
  public Optional<AuditTampering> auditTampering() {
    return Optional.of(new SqlAuditTampering(dataSource(), prefix()));
  }

  /** Fewer random sequences on the server databases, where each command is a round trip. */
  @Override
  public int auditExamples() {
    return dialect() == Dialect.H2 ? 20 : 3;
  }

  @Override
  protected ForumStorage createStorage() {
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(dataSource()).tablePrefix(prefix()).build();
    synchronized (MIGRATED) {
      if (MIGRATED.add(dialect().name() + "/" + prefix())) {
        migrate(storage);
      }
    }
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        s.executeUpdate("DELETE FROM " + prefix() + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the tables", e);
    }
    return storage;
  }
}

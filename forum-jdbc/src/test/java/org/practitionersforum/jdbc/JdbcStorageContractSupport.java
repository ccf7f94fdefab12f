package org.practitionersforum.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
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

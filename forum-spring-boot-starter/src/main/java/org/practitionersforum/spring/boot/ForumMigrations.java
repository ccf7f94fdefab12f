package org.practitionersforum.spring.boot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.jdbc.Dialect;
import org.practitionersforum.jdbc.JdbcForumStorage;
import org.practitionersforum.spring.boot.ForumProperties.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the SDK's tables up to date at start-up, before the {@code ForumSdk} bean is made: with
 * Flyway, or with the SDK's own migrator, or not at all ({@code forum.migrations}).
 *
 * <p>Under Flyway the SDK's migrations keep a history table of their own, {@code
 * <prefix>flyway_history}: their versions (V1, V2, ...) would otherwise clash with the
 * application's own migrations in Spring Boot's history table. The application's Flyway
 * configuration ({@code spring.flyway.*}) is left to the application's own migrations.
 */
public final class ForumMigrations {
  private static final Logger LOG = LoggerFactory.getLogger(ForumMigrations.class);

  private final Migrations mode;
  private final int applied;

  private ForumMigrations(Migrations mode, int applied) {
    this.mode = mode;
    this.applied = applied;
  }

  /**
   * Runs the migrations the properties ask for.
   *
   * @param storage the SDK's storage; only JDBC storage is migrated
   * @param dataSource the application's data source
   * @param properties the {@code forum.*} properties
   * @param classLoader where to look for Flyway
   * @return what was done
   * @throws StorageException if a migration fails
   */
  static ForumMigrations run(
      ForumStorage storage,
      DataSource dataSource,
      ForumProperties properties,
      ClassLoader classLoader) {
    Migrations mode = properties.getMigrations();
    if (!(storage instanceof JdbcForumStorage jdbc)) {
      return new ForumMigrations(Migrations.NONE, 0);
    }
    if (mode == Migrations.AUTO) {
      mode = flywayPresent(classLoader) ? Migrations.FLYWAY : Migrations.SDK;
    }
    int applied =
        switch (mode) {
          case FLYWAY -> FlywayRun.migrate(dataSource, properties, classLoader);
          case SDK -> jdbc.migrate();
          default -> 0;
        };
    LOG.info("the SDK's tables are up to date ({} migrations applied, by {})", applied, mode);
    return new ForumMigrations(mode, applied);
  }

  /**
   * Returns how the tables were migrated.
   *
   * @return {@link Migrations#FLYWAY}, {@link Migrations#SDK} or {@link Migrations#NONE}
   */
  public Migrations mode() {
    return mode;
  }

  /**
   * Returns how many migrations this start applied.
   *
   * @return the count; 0 when the tables were already up to date
   */
  public int applied() {
    return applied;
  }

  private static boolean flywayPresent(ClassLoader classLoader) {
    try {
      Class.forName("org.flywaydb.core.Flyway", false, classLoader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Flyway's run, in a class of its own so that Flyway is loaded only when it is used. */
  private static final class FlywayRun {
    private FlywayRun() {}

    static int migrate(DataSource dataSource, ForumProperties properties, ClassLoader loader) {
      Dialect dialect = properties.getDialect();
      if (dialect == null) {
        try (Connection c = dataSource.getConnection()) {
          dialect = Dialect.detect(c);
        } catch (SQLException e) {
          throw new StorageException(
              "could not detect the database to migrate (SQLState " + e.getSQLState() + ")",
              false,
              null);
        }
      }
      String schema = properties.getSchema();
      String prefix = properties.getTablePrefix();
      return Flyway.configure(loader)
          .dataSource(dataSource)
          .locations(dialect.flywayLocation())
          .placeholders(
              Map.of("prefix", prefix, "schema_prefix", schema.isEmpty() ? "" : schema + "."))
          .table(prefix + "flyway_history")
          // The application's tables may already be there: the SDK's all come after them.
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate()
          .migrationsExecuted;
    }
  }
}

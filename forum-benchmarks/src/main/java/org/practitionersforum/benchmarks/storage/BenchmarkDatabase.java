package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.core.EventDelivery;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.jdbc.JdbcForumStorage;

/**
 * The database a storage benchmark runs on: an H2 database (in memory or in a file) or an embedded
 * PostgreSQL server, behind a HikariCP pool that the SDK and the hand-written baseline share (a
 * benchmark may open more pools of the same configuration, see {@link #anotherPool()}), with the
 * SDK's schema migrated.
 */
final class BenchmarkDatabase implements AutoCloseable {
  /**
   * The system property naming a directory into which the embedded PostgreSQL server logs every
   * statement with its duration (pass it to the benchmark JVM with {@code -jvmArgsAppend
   * -Dpf.postgresStatementLog=/tmp/pf-pglog}); {@code PostgresStatementTimes} sums the log up.
   */
  static final String STATEMENT_LOG = "pf.postgresStatementLog";

  private final EmbeddedPostgres postgres;
  private final HikariConfig config;
  private final HikariDataSource dataSource;
  private final List<HikariDataSource> otherPools = new ArrayList<>();
  private final JdbcForumStorage storage;

  private BenchmarkDatabase(EmbeddedPostgres postgres, HikariConfig config) {
    this.postgres = postgres;
    this.config = config;
    this.dataSource = new HikariDataSource(config);
    this.storage = JdbcForumStorage.builder().dataSource(dataSource).build();
    storage.migrate();
  }

  /**
   * Starts a database and migrates it.
   *
   * @param database {@code "h2"} or {@code "postgresql"}
   * @param h2Name the name of the in-memory H2 database (kept open for the JVM's life)
   * @param postgresOptions extra JDBC URL options for PostgreSQL, starting with {@code &}, or empty
   * @return the started database
   * @throws IOException if PostgreSQL cannot be started
   */
  static BenchmarkDatabase start(String database, String h2Name, String postgresOptions)
      throws IOException {
    // H2 keeps 8 parsed statements per connection by default, fewer than one command runs; the
    // storage docs advise 64, and both sides of a comparison run with it.
    return start(
        database,
        "jdbc:h2:mem:" + h2Name + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64",
        null,
        postgresOptions,
        "128MB");
  }

  /**
   * Starts a database and migrates it.
   *
   * @param database {@code "h2"} or {@code "postgresql"}
   * @param h2Url the JDBC URL of the H2 database (in memory or in a file)
   * @param postgresData the PostgreSQL data directory to keep (and reuse when it holds a cluster),
   *     or null for a temporary one deleted when the server stops
   * @param postgresOptions extra JDBC URL options for PostgreSQL, starting with {@code &}, or empty
   * @param postgresSharedBuffers the PostgreSQL server's {@code shared_buffers}, such as {@code
   *     "1GB"}
   * @return the started database
   * @throws IOException if PostgreSQL cannot be started
   */
  static BenchmarkDatabase start(
      String database,
      String h2Url,
      Path postgresData,
      String postgresOptions,
      String postgresSharedBuffers)
      throws IOException {
    HikariConfig c = new HikariConfig();
    EmbeddedPostgres postgres = null;
    if (database.equals("h2")) {
      c.setJdbcUrl(h2Url);
      c.setUsername("sa");
    } else {
      EmbeddedPostgres.Builder b =
          EmbeddedPostgres.builder().setServerConfig("shared_buffers", postgresSharedBuffers);
      String statementLog = System.getProperty(STATEMENT_LOG);
      if (statementLog != null) {
        // Every statement's server-side duration, by backend process, for PostgresStatementTimes.
        b.setServerConfig("logging_collector", "on")
            .setServerConfig("log_directory", statementLog)
            .setServerConfig("log_min_duration_statement", "0")
            .setServerConfig("log_line_prefix", "pid=%p:");
      }
      if (postgresData != null) {
        b.setDataDirectory(postgresData).setCleanDataDirectory(false);
      }
      postgres = b.start();
      c.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + postgresOptions);
      c.setUsername("postgres");
    }
    c.setMaximumPoolSize(2);
    return new BenchmarkDatabase(postgres, c);
  }

  /** Returns the pool. */
  HikariDataSource dataSource() {
    return dataSource;
  }

  /**
   * Opens another pool of the same configuration on the same database, closed with it: its
   * connections are other database sessions, each with its own cache of parsed statements.
   */
  HikariDataSource anotherPool() {
    HikariConfig c = new HikariConfig();
    config.copyStateTo(c);
    c.setPoolName(null);
    HikariDataSource pool = new HikariDataSource(c);
    otherPools.add(pool);
    return pool;
  }

  /** Returns the SDK's storage on the pool, migrated. */
  JdbcForumStorage storage() {
    return storage;
  }

  /**
   * Returns another SDK storage on the same migrated database, on a pool of its own ({@link
   * #anotherPool()}), for a second SDK compared with the first in the same run.
   */
  JdbcForumStorage anotherStorage() {
    return JdbcForumStorage.builder().dataSource(anotherPool()).build();
  }

  /**
   * Builds an SDK on a storage, on the system clock.
   *
   * @param storage the storage
   * @param trust whether the SDK writes its audit trail (SEC-2) and its events to the outbox (the
   *     defaults), or neither (audit off, events delivered from memory after commit)
   * @return the SDK
   */
  static ForumSdk sdk(JdbcForumStorage storage, boolean trust) {
    return ForumSdk.builder()
        .storage(storage)
        .clock(Clock.systemUTC())
        .audit(trust)
        .eventDelivery(trust ? EventDelivery.OUTBOX_TO_LISTENERS : EventDelivery.AFTER_COMMIT_ONLY)
        .build();
  }

  /** Tells whether this is the embedded PostgreSQL server. */
  boolean isPostgres() {
    return postgres != null;
  }

  /** Stops the pool and the server. */
  @Override
  public void close() throws IOException {
    otherPools.forEach(HikariDataSource::close);
    dataSource.close();
    if (postgres != null) {
      postgres.close();
    }
  }
}

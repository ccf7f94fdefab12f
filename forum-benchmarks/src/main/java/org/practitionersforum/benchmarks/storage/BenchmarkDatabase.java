package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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

  /** Loads a benchmark's data set into a database just started empty. */
  @FunctionalInterface
  interface DataSet {
    /**
     * Loads the data set.
     *
     * @param db the database, migrated and empty
     * @throws Exception if the load fails; the directory is then loaded afresh next time
     */
    void load(BenchmarkDatabase db) throws Exception;
  }

  /**
   * Opens the database kept on disk under {@code java.io.tmpdir/<directory>}: if it does not hold a
   * complete load (a marker file is written last), deletes it and loads {@code dataSet} afresh.
   * Every fork and every later run reuses a complete load; delete the directory to load again. The
   * database is closed when the JVM exits, its data staying on disk.
   *
   * @param directory the directory's path under the temporary directory, naming the data set
   * @param database {@code "h2"} or {@code "postgresql"}
   * @param dataSet what to load into a new database
   * @return the opened database
   * @throws Exception if it cannot be started or loaded
   */
  static BenchmarkDatabase onDisk(String directory, String database, DataSet dataSet)
      throws Exception {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), directory);
    Path marker = dir.resolve("loaded.txt");
    boolean complete = Files.exists(marker);
    if (!complete) {
      deleteTree(dir);
      Files.createDirectories(dir);
    }
    String h2Url = "jdbc:h2:file:" + dir.resolve("forum") + ";CACHE_SIZE=1048576";
    BenchmarkDatabase db =
        start(database, h2Url, dir.resolve("pgdata"), "&reWriteBatchedInserts=true", "1GB");
    closedAtExit(db);
    if (!complete) {
      dataSet.load(db);
      Files.writeString(marker, "loaded");
    }
    return db;
  }

  /**
   * Closes a database when the JVM exits; a database on disk keeps its data for the next fork.
   *
   * @param db the database
   */
  static void closedAtExit(BenchmarkDatabase db) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    db.close();
                  } catch (IOException e) {
                    // The JVM is exiting.
                  }
                }));
  }

  /**
   * Deletes a directory and everything in it, if it exists.
   *
   * @param dir the directory
   * @throws IOException if something cannot be deleted
   */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
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

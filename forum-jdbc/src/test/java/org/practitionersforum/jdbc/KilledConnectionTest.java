package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practitionersforum.jdbc.internal.dialect.FailureKind;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;

/**
 * A connection the server really ends (PostgreSQL's {@code pg_terminate_backend}, what a restart or
 * fail-over sends as 57P01; MariaDB's {@code KILL CONNECTION}), while idle or in the middle of a
 * statement: whatever the driver reports then is classified as a connection failure, which is
 * retryable. Seen here: pgjdbc 42.7 reports 57P01 both times; MariaDB Connector/J 3.5 reports
 * SQLState 08000 with vendor code -1 both times (it finds the socket closed).
 */
class KilledConnectionTest {

  private static long id(Connection c, String query) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void run(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.execute();
    }
  }

  /** Runs a statement on a connection the server then kills; returns what the driver threw. */
  private static SQLException killedWhileIdle(
      DataSource ds, String idQuery, String kill, String next) throws SQLException {
    try (Connection victim = ds.getConnection()) {
      long pid = id(victim, idQuery);
      run(ds, kill.replace("?", Long.toString(pid)));
      return catchThrowableOfType(
          SQLException.class,
          () -> {
            try (Statement s = victim.createStatement()) {
              s.execute(next);
            }
          });
    }
  }

  /** Kills a connection while it runs a long statement; returns what the driver threw. */
  private static SQLException killedInAStatement(
      DataSource ds, String idQuery, String sleep, String running, String kill)
      throws SQLException, InterruptedException, ExecutionException, TimeoutException {
    try (Connection victim = ds.getConnection()) {
      long pid = id(victim, idQuery);
      CompletableFuture<SQLException> outcome =
          CompletableFuture.supplyAsync(
              () ->
                  catchThrowableOfType(
                      SQLException.class,
                      () -> {
                        try (Statement s = victim.createStatement()) {
                          s.execute(sleep);
                        }
                      }));
      try (Connection admin = ds.getConnection()) {
        // Waits until the victim's statement is running on the server, then kills it.
        while (id(admin, running.replace("?", Long.toString(pid))) == 0) {
          Thread.onSpinWait();
        }
        try (Statement s = admin.createStatement()) {
          s.execute(kill.replace("?", Long.toString(pid)));
        }
      }
      return outcome.get(2, TimeUnit.MINUTES);
    }
  }

  private static void assertRetryableConnectionFailure(Dialect dialect, SQLException e) {
    assertThat((Throwable) e).as("the driver reported the kill").isNotNull();
    assertThat(SqlDialect.of(dialect).classify(e))
        .as("SQLState %s, vendor code %s on %s", e.getSQLState(), e.getErrorCode(), dialect)
        .isEqualTo(FailureKind.CONNECTION);
  }

  @Test
  void postgreSqlTerminatingAConnectionIsARetryableConnectionFailure() throws Exception {
    DataSource pg = EmbeddedDatabases.postgres();
    SQLException idle =
        killedWhileIdle(
            pg, "SELECT pg_backend_pid()", "SELECT pg_terminate_backend(?)", "SELECT 1");
    assertRetryableConnectionFailure(Dialect.POSTGRESQL, idle);
    SQLException busy =
        killedInAStatement(
            pg,
            "SELECT pg_backend_pid()",
            "SELECT pg_sleep(60)",
            "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ? AND state = 'active'",
            "SELECT pg_terminate_backend(?)");
    assertRetryableConnectionFailure(Dialect.POSTGRESQL, busy);
    assertThat(busy.getSQLState()).isEqualTo("57P01");
  }

  @Test
  void mariaDbKillingAConnectionIsARetryableConnectionFailure() throws Exception {
    DataSource mariadb = EmbeddedDatabases.mariadb();
    SQLException idle =
        killedWhileIdle(mariadb, "SELECT CONNECTION_ID()", "KILL CONNECTION ?", "SELECT 1");
    assertRetryableConnectionFailure(Dialect.MARIADB, idle);
    SQLException busy =
        killedInAStatement(
            mariadb,
            "SELECT CONNECTION_ID()",
            "SELECT SLEEP(60)",
            "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ? AND INFO LIKE"
                + " 'SELECT SLEEP%'",
            "KILL CONNECTION ?");
    assertRetryableConnectionFailure(Dialect.MARIADB, busy);
  }
}

package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.RetryPolicy;

/**
 * Fault injection on H2, PostgreSQL and MariaDB, with the events the listener receives as well as
 * the rows: whatever statement fails, and whichever commit fails once with a serialization failure
 * (40001), the listener receives exactly the events of the commands that were stored, each once, in
 * order, and the tables hold exactly what a run without faults left after those commands. The
 * storage runs each unit of work once; the SDK's Transactor alone retries.
 */
class RetryFaultInjectionTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T10:00:00.123456789Z"), ZoneOffset.UTC);
  private static DataSource h2;

  /** The databases, each with the error its server sends when it ends a connection. */
  enum Database {
    H2(Dialect.H2, new SQLException("injected: connection broken", "90067", 90067)),
    POSTGRESQL(Dialect.POSTGRESQL, new SQLException("injected: terminating connection", "57P01")),
    MARIADB(Dialect.MARIADB, new SQLException("injected: connection was killed", "70100", 1927));

    final Dialect dialect;
    final SQLException killed;

    Database(Dialect dialect, SQLException killed) {
      this.dialect = dialect;
      this.killed = killed;
    }

    /** The database's shared data source, with the fault-injection tables migrated and empty. */
    DataSource raw() {
      DataSource ds =
          switch (this) {
            case H2 -> h2();
            case POSTGRESQL -> EmbeddedDatabases.postgres();
            case MARIADB -> EmbeddedDatabases.mariadb();
          };
      JdbcForumStorage.builder().dataSource(ds).tablePrefix("fi_").build().migrate();
      FaultInjectionTest.empty(ds);
      return ds;
    }
  }

  private static synchronized DataSource h2() {
    if (h2 == null) {
      h2 = EmbeddedDatabases.h2("retry-faults");
    }
    return h2;
  }

  /** A data source whose watched calls of one kind fail at the k-th (from 1; 0 never). */
  static final class Faults {
    final AtomicInteger seen = new AtomicInteger();
    final AtomicInteger injected = new AtomicInteger();
    volatile int failAt;
    final DataSource dataSource;

    Faults(DataSource target, CallFilter filter, SQLException failure) {
      this.dataSource =
          WatchedDataSource.watch(
              target,
              (on, sql, method, args) -> {
                if (filter.matches(on, sql, method) && seen.incrementAndGet() == failAt) {
                  injected.incrementAndGet();
                  throw new SQLException(
                      failure.getMessage(), failure.getSQLState(), failure.getErrorCode());
                }
              });
    }

    void failAt(int k) {
      seen.set(0);
      injected.set(0);
      failAt = k;
    }
  }

  /** Which calls a {@link Faults} counts. */
  @FunctionalInterface
  interface CallFilter {
    boolean matches(Object target, String sql, Method method);
  }

  private static boolean statementExecution(Object target, String sql, Method method) {
    return target instanceof Statement && method.getName().startsWith("execute");
  }

  private static boolean commit(Object target, String sql, Method method) {
    return target instanceof Connection && method.getName().equals("commit");
  }

  private static ForumSdk sdk(Database db, DataSource ds, List<ForumEvent> events) {
    return ForumSdk.builder()
        .storage(
            JdbcForumStorage.builder()
                .dataSource(ds)
                .tablePrefix("fi_")
                .dialect(db.dialect)
                .build())
        .clock(CLOCK)
        .listener(events::add)
        .retries(
            RetryPolicy.builder()
                .maxAttempts(4)
                .backoff(Duration.ZERO, Duration.ofMillis(2))
                .build())
        .build();
  }

  /** What a run saw: the rows after each command, and how many events had arrived by then. */
  static final class Run {
    final List<ForumEvent> events = new ArrayList<>();
    final List<String> states = new ArrayList<>();
    final List<Integer> eventsAfter = new ArrayList<>();

    Run(DataSource raw) {
      states.add(FaultInjectionTest.dump(raw));
      eventsAfter.add(0);
    }

    void workflow(Database db, DataSource ds, DataSource raw) {
      FaultInjectionTest.workflow(
          sdk(db, ds, events),
          () -> {
            states.add(FaultInjectionTest.dump(raw));
            eventsAfter.add(events.size());
          });
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void whicheverStatementFailsTheListenerGetsExactlyTheStoredCommandsEvents(Database db) {
    DataSource raw = db.raw();
    Faults faults = new Faults(raw, RetryFaultInjectionTest::statementExecution, db.killed);
    Run clean = new Run(raw);
    clean.workflow(db, faults.dataSource, raw);
    int statements = faults.seen.get();
    assertThat(statements).isGreaterThan(20);
    assertThat(clean.events).hasSize(10);

    for (int k = 1; k <= statements; k++) {
      FaultInjectionTest.empty(raw);
      faults.failAt(k);
      Run run = new Run(raw);
      try {
        run.workflow(db, faults.dataSource, raw);
      } catch (ForumException e) {
        assertThat(e).isInstanceOf(StorageException.class);
      }
      int commands = run.states.size() - 1;
      assertThat(faults.injected).as("statement %d failed", k).hasValue(1);
      assertThat(run.states)
          .as("rows after each command, statement %d failing", k)
          .isEqualTo(clean.states.subList(0, commands + 1));
      assertThat(run.events)
          .as("events, statement %d failing", k)
          .isEqualTo(clean.events.subList(0, clean.eventsAfter.get(commands)));
      assertThat(FaultInjectionTest.dump(raw)).isEqualTo(clean.states.get(commands));
    }
    faults.failAt(0);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aCommitThatFailsOnceWithASerializationFailureGivesEachEventOnceAndOneRunsRows(Database db) {
    DataSource raw = db.raw();
    Faults faults =
        new Faults(
            raw, RetryFaultInjectionTest::commit, new SQLException("injected", "40001", 40001));
    Run clean = new Run(raw);
    clean.workflow(db, faults.dataSource, raw);
    int commits = faults.seen.get();
    assertThat(commits).isGreaterThan(10);

    for (int k = 1; k <= commits; k++) {
      FaultInjectionTest.empty(raw);
      faults.failAt(k);
      Run run = new Run(raw);
      run.workflow(db, faults.dataSource, raw);
      assertThat(faults.injected).as("commit %d failed", k).hasValue(1);
      assertThat(run.events).as("events, commit %d failing once", k).isEqualTo(clean.events);
      assertThat(run.states).as("rows, commit %d failing once", k).isEqualTo(clean.states);
    }
    faults.failAt(0);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aConnectionTheServerKillsOnceIsRetriedAndTheWorkflowSucceeds(Database db) {
    DataSource raw = db.raw();
    AtomicInteger updates = new AtomicInteger();
    DataSource killing =
        WatchedDataSource.watch(
            raw,
            (on, sql, method, args) -> {
              if (on instanceof Statement
                  && method.getName().startsWith("execute")
                  && sql != null
                  && sql.startsWith("UPDATE")
                  && updates.incrementAndGet() == 1) {
                throw new SQLException(
                    db.killed.getMessage(), db.killed.getSQLState(), db.killed.getErrorCode());
              }
            });
    Run killed = new Run(raw);
    killed.workflow(db, killing, raw);
    assertThat(updates).hasValueGreaterThan(1);

    FaultInjectionTest.empty(raw);
    Run clean = new Run(raw);
    clean.workflow(db, raw, raw);
    assertThat(killed.events).isEqualTo(clean.events);
    assertThat(killed.states).isEqualTo(clean.states);
  }

  @ParameterizedTest
  @EnumSource(
      value = Database.class,
      names = {"POSTGRESQL", "MARIADB"})
  void failingAnyStatementOfTheTermsWorkflowThroughTheSpiIsReportedOnceAndLeavesWholeUnits(
      Database db) {
    DataSource raw = db.raw();
    FaultInjectionTest.FailingDataSource failing = new FaultInjectionTest.FailingDataSource(raw);
    JdbcForumStorage storage =
        JdbcForumStorage.builder()
            .dataSource(failing.dataSource)
            .tablePrefix("fi_")
            .dialect(db.dialect)
            .build();
    List<String> clean = new ArrayList<>();
    clean.add(FaultInjectionTest.dump(raw));
    FaultInjectionTest.termsWorkflow(storage, () -> clean.add(FaultInjectionTest.dump(raw)));
    int statements = failing.executed.get();
    assertThat(statements).isGreaterThan(10);

    for (int k = 1; k <= statements; k++) {
      FaultInjectionTest.empty(raw);
      failing.executed.set(0);
      failing.failAt = k;
      List<String> seen = new ArrayList<>();
      seen.add(FaultInjectionTest.dump(raw));
      int failAt = k;
      assertThatThrownBy(
              () ->
                  FaultInjectionTest.termsWorkflow(
                      storage, () -> seen.add(FaultInjectionTest.dump(raw))))
          .as("failing statement %d", failAt)
          .isInstanceOfSatisfying(
              StorageException.class,
              e -> {
                assertThat(e.retryable()).isTrue();
                assertThat(e.getMessage()).doesNotContain("injected");
              });
      assertThat(failing.executed).as("the storage ran no statement again").hasValue(k);
      assertThat(seen).isEqualTo(clean.subList(0, seen.size()));
      assertThat(FaultInjectionTest.dump(raw)).isEqualTo(clean.get(seen.size() - 1));
    }
    failing.failAt = 0;
  }
}

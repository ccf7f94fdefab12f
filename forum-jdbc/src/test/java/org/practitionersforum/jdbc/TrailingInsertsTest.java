package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.event.EventOutbox;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.EventDelivery;
import org.practitionersforum.core.ForumSdk;

/**
 * What ends a command, its audit record (SEC-2) and its events (the outbox), costs PostgreSQL one
 * statement, so one round trip; a command without events sends its audit record alone. Every
 * command still leaves exactly one audit record, the trail verifies, and every event is in the
 * outbox once. On H2, where a statement costs no round trip, they stay separate statements.
 */
class TrailingInsertsTest {
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));

  /** The SQL of every statement executed, in order. */
  private static final class Executed {
    final List<String> sql = Collections.synchronizedList(new ArrayList<>());
    final DataSource dataSource;

    Executed(DataSource target) {
      dataSource =
          WatchedDataSource.watch(
              target,
              (statement, sql, method, args) -> {
                if (sql != null && method.getName().startsWith("execute")) {
                  this.sql.add(sql);
                }
              });
    }

    long count(java.util.function.Predicate<String> which) {
      synchronized (sql) {
        return sql.stream().filter(which).count();
      }
    }
  }

  @Test
  void onPostgreSqlACommandsAuditRecordAndEventsAreOneStatement() throws Exception {
    Run run = run(EmbeddedDatabases.postgres(), "trail_pg_");

    long joined = run.executed.count(s -> s.startsWith("WITH a AS (INSERT INTO trail_pg_audit"));
    long auditAlone = run.executed.count(s -> s.startsWith("INSERT INTO trail_pg_audit"));
    long eventsAlone = run.executed.count(s -> s.startsWith("INSERT INTO trail_pg_outbox"));
    assertThat(joined).as("commands with events").isPositive();
    assertThat(auditAlone).as("commands without events").isPositive();
    assertThat(eventsAlone).as("events sent in a statement of their own").isZero();
    assertThat(joined + auditAlone).isEqualTo(run.auditRecords);
    assertThat(run.sdk.audit().verify(ADMIN).clean()).isTrue();
    assertThat(run.pending).hasSize(run.outboxRows);
    assertThat(run.pending.stream().map(EventEnvelope::id).distinct()).hasSize(run.outboxRows);
  }

  @Test
  void onH2TheyStaySeparateStatements() throws Exception {
    Run run = run(EmbeddedDatabases.h2("trailing-inserts"), "trail_h2_");

    assertThat(run.executed.count(s -> s.startsWith("WITH"))).isZero();
    assertThat(run.executed.count(s -> s.startsWith("INSERT INTO trail_h2_audit")))
        .isEqualTo(run.auditRecords);
    assertThat(run.sdk.audit().verify(ADMIN).clean()).isTrue();
    assertThat(run.pending).hasSize(run.outboxRows);
  }

  /** The workflow of the fault-injection suite on one database, its statements recorded. */
  private record Run(
      ForumSdk sdk,
      Executed executed,
      long auditRecords,
      int outboxRows,
      List<EventEnvelope> pending) {}

  private static Run run(DataSource raw, String prefix) throws Exception {
    JdbcForumStorage.builder().dataSource(raw).tablePrefix(prefix).build().migrate();
    try (Connection c = raw.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM " + prefix + "audit_record");
      s.executeUpdate("DELETE FROM " + prefix + "outbox");
    }
    Executed executed = new Executed(raw);
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(
                JdbcForumStorage.builder()
                    .dataSource(executed.dataSource)
                    .tablePrefix(prefix)
                    .build())
            .eventDelivery(EventDelivery.OUTBOX_READ_BY_HOST)
            .build();

    FaultInjectionTest.workflow(sdk, () -> {});

    long records = count(raw, prefix + "audit_record");
    int outboxRows = (int) count(raw, prefix + "outbox");
    assertThat(outboxRows).isPositive();
    return new Run(sdk, executed, records, outboxRows, sdk.outbox().pending(EventOutbox.MAX_PAGE));
  }

  private static long count(DataSource raw, String table) throws Exception {
    try (Connection c = raw.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

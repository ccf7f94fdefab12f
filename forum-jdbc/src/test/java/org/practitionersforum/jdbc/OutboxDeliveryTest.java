package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumEventListener;
import org.practitionersforum.api.spi.OutboxRecord;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.memory.InMemoryForumStorage;

/**
 * Events on JDBC are delivered only after the transaction holding their change commits, whoever
 * owns it, and a process that dies between commit and delivery loses none of them.
 */
class OutboxDeliveryTest {

  /** Records deliveries. */
  static final class Recorder implements ForumEventListener {
    final List<EventEnvelope> received = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void on(ForumEvent event) {
      throw new AssertionError("deliver is overridden");
    }

    @Override
    public void deliver(EventEnvelope envelope) {
      received.add(envelope);
    }

    List<ForumEvent> events() {
      synchronized (received) {
        return received.stream().map(EventEnvelope::event).toList();
      }
    }
  }

  /** The host's own transaction on one connection, with or without an after-commit hook. */
  static final class HostTransaction implements ConnectionProvider {
    final Connection connection;
    final boolean hook;
    final List<Runnable> onCommit = new ArrayList<>();

    HostTransaction(Connection connection, boolean hook) {
      this.connection = connection;
      this.hook = hook;
    }

    @Override
    public Connection acquire() {
      return connection;
    }

    @Override
    public void release(Connection c) {}

    @Override
    public boolean afterCommit(Runnable action) {
      if (hook) {
        onCommit.add(action);
      }
      return hook;
    }

    void commit() throws SQLException {
      connection.commit();
      onCommit.forEach(Runnable::run);
      onCommit.clear();
    }

    void rollback() throws SQLException {
      connection.rollback();
      onCommit.clear();
    }
  }

  private static List<ForumEvent> expected() {
    Recorder clean = new Recorder();
    FaultInjectionTest.workflow(
        ForumSdk.builder()
            .storage(new InMemoryForumStorage())
            .clock(OutboxCrashChild.CLOCK)
            .listener(clean)
            .build(),
        () -> {});
    return clean.events();
  }

  private static ForumSdk sdk(ConnectionProvider provider, String prefix, Recorder recorder) {
    return ForumSdk.builder()
        .storage(JdbcForumStorage.builder().hostTransactions(provider).tablePrefix(prefix).build())
        .clock(OutboxCrashChild.CLOCK)
        .listener(recorder)
        .build();
  }

  private static void migrate(DataSource ds, String prefix) {
    JdbcForumStorage.builder().dataSource(ds).tablePrefix(prefix).build().migrate();
  }

  private static void hostTransactions(DataSource ds, String prefix) throws SQLException {
    migrate(ds, prefix);
    List<ForumEvent> expected = expected();

    // Rolled back by the host: nothing is delivered, now or by the recovery pass.
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      HostTransaction host = new HostTransaction(c, true);
      Recorder recorder = new Recorder();
      ForumSdk sdk = sdk(host, prefix, recorder);
      FaultInjectionTest.workflow(sdk, () -> {});
      assertThat(recorder.received).isEmpty();
      host.rollback();
      assertThat(recorder.received).isEmpty();
      c.setAutoCommit(true);
      assertThat(sdk.outbox().deliverPending()).isZero();
      assertThat(recorder.received).isEmpty();
    }

    // Committed by a host whose provider has a commit hook: delivered once, after the commit.
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      HostTransaction host = new HostTransaction(c, true);
      Recorder recorder = new Recorder();
      ForumSdk sdk = sdk(host, prefix, recorder);
      FaultInjectionTest.workflow(sdk, () -> {});
      assertThat(recorder.received).isEmpty();
      host.commit();
      assertThat(recorder.events()).isEqualTo(expected);
      c.setAutoCommit(true);
      int again = sdk.outbox().deliverPending();
      // Delivered but not yet removed events may come again, with the same ids.
      assertThat(recorder.received).hasSize(expected.size() + again);
      assertThat(recorder.received.stream().map(EventEnvelope::id).distinct())
          .hasSize(expected.size());
      clear(ds, prefix);
    }

    // Committed by a host whose provider has no hook: the events wait in the outbox.
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      HostTransaction host = new HostTransaction(c, false);
      Recorder recorder = new Recorder();
      ForumSdk sdk = sdk(host, prefix, recorder);
      FaultInjectionTest.workflow(sdk, () -> {});
      host.commit();
      assertThat(recorder.received).isEmpty();
      c.setAutoCommit(true);
      assertThat(sdk.outbox().deliverPending()).isEqualTo(expected.size());
      assertThat(recorder.events()).isEqualTo(expected);
    }
  }

  private static void clear(DataSource ds, String prefix) throws SQLException {
    try (Connection c = ds.getConnection();
        var s = c.createStatement()) {
      for (String table :
          List.of(
              "session_attendance",
              "session",
              "terms_objection",
              "terms_agreement",
              "terms_item",
              "terms_version",
              "forum_terms",
              "forum_history",
              "forum_facilitation",
              "forum_invitation",
              "forum_member",
              "forum",
              "practitioner",
              "outbox")) {
        s.executeUpdate("DELETE FROM " + prefix + table);
      }
    }
  }

  @Test
  void hostTransactionsDeliverOnlyAfterTheHostCommitsOnH2() throws SQLException {
    hostTransactions(EmbeddedDatabases.h2("outbox-host"), "obh_");
  }

  @Test
  void hostTransactionsDeliverOnlyAfterTheHostCommitsOnPostgreSql() throws SQLException {
    hostTransactions(EmbeddedDatabases.postgres(), "obh_");
  }

  @Test
  void aProcessDyingBetweenCommitAndDeliveryLosesNoEventOnPostgreSql(@TempDir Path dir)
      throws Exception {
    HikariDataSource ds = (HikariDataSource) EmbeddedDatabases.postgres();
    String prefix = "obcrash_";
    migrate(ds, prefix);
    List<ForumEvent> expected = expected();
    int dieAt = 3;
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                OutboxCrashChild.class.getName(),
                ds.getJdbcUrl(),
                ds.getUsername(),
                prefix,
                Integer.toString(dieAt))
            .redirectErrorStream(true)
            .redirectOutput(new File(dir.toFile(), "child.log"))
            .start();
    assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).isEqualTo(OutboxCrashChild.HALTED);

    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(ds).tablePrefix(prefix).build();
    List<OutboxRecord> left = storage.inTransaction(tx -> tx.outbox().pending(0, 1000));
    assertThat(left).hasSizeGreaterThanOrEqualTo(dieAt);

    Recorder restarted = new Recorder();
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(storage)
            .clock(OutboxCrashChild.CLOCK)
            .listener(restarted)
            .build();
    int delivered = sdk.outbox().deliverPending();

    // Everything committed before the process died comes, in commit order, and nothing else.
    List<ForumEvent> got = restarted.events();
    assertThat(delivered).isEqualTo(got.size()).isGreaterThanOrEqualTo(dieAt);
    assertThat(got).isEqualTo(expected.subList(0, got.size()));
    assertThat(sdk.outbox().pending(10)).isEmpty();
  }
}

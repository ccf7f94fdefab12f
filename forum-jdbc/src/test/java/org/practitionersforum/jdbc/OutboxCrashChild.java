package org.practitionersforum.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumEventListener;
import org.practitionersforum.core.ForumSdk;

/**
 * A host process that dies between a commit and the delivery of its events: runs the fault
 * injection workflow against a database and halts the JVM, without any shutdown work, when the
 * listener is about to receive the n-th event. Started by {@link OutboxDeliveryTest}.
 */
final class OutboxCrashChild {
  /** The exit status of a halt on purpose. */
  static final int HALTED = 77;

  /** The clock of the workflow, so that events compare equal across processes. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);

  private OutboxCrashChild() {}

  /**
   * Runs the workflow.
   *
   * @param args the JDBC URL, the user, the table prefix, and the number of the event to die at
   */
  public static void main(String[] args) {
    int dieAt = Integer.parseInt(args[3]);
    AtomicInteger seen = new AtomicInteger();
    ForumEventListener listener =
        new ForumEventListener() {
          @Override
          public void on(ForumEvent event) {
            throw new AssertionError("deliver is overridden");
          }

          @Override
          public void deliver(EventEnvelope envelope) {
            if (seen.incrementAndGet() == dieAt) {
              Runtime.getRuntime().halt(HALTED);
            }
          }
        };
    HikariDataSource ds = EmbeddedDatabases.pool(args[0], args[1]);
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(ds).tablePrefix(args[2]).build();
    ForumSdk sdk = ForumSdk.builder().storage(storage).clock(CLOCK).listener(listener).build();
    FaultInjectionTest.workflow(sdk, () -> {});
    System.exit(0);
  }
}

package org.practitionersforum.core.internal.tx;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumEventListener;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each service command as one unit of work: retries a bounded number of times when the storage
 * reports a retryable failure (such as a concurrent update), re-running the whole command so that
 * every rule is checked again on fresh data, and publishes the command's events only once it is
 * stored.
 *
 * <p>The one unit-of-work runner every feature package of core shares; hosts never see it.
 * Thread-safe.
 */
public final class Transactor {
  private static final Logger LOG = LoggerFactory.getLogger(Transactor.class);

  /** How many times a command is attempted before a retryable failure is given up on. */
  static final int MAX_ATTEMPTS = 64;

  private final ForumStorage storage;
  private final EventPublisher events;
  private final Clock clock;
  private final AuditLog audit;

  /**
   * Creates a transactor.
   *
   * @param storage the storage
   * @param listeners the host's event listeners, in calling order; copied
   * @param clock the clock every command reads the time from
   * @param audit writes each command's audit record in its unit of work (SEC-2)
   */
  public Transactor(
      ForumStorage storage, List<ForumEventListener> listeners, Clock clock, AuditLog audit) {
    this.storage = storage;
    this.events = new EventPublisher(listeners);
    this.clock = clock;
    this.audit = audit;
  }

  /** The context of one attempt of a command. */
  public static final class Unit {
    private final StorageTransaction tx;
    private final Instant now;
    private final List<ForumEvent> pending = new ArrayList<>();

    Unit(StorageTransaction tx, Instant now) {
      this.tx = tx;
      this.now = now;
    }

    /**
     * Returns the open unit of work.
     *
     * @return the transaction
     */
    public StorageTransaction tx() {
      return tx;
    }

    /**
     * Returns the time of this command.
     *
     * @return the instant, read once from the clock
     */
    public Instant now() {
      return now;
    }

    /**
     * Queues an event to publish once the command is stored.
     *
     * @param event the event
     */
    public void emit(ForumEvent event) {
      pending.add(event);
    }
  }

  /**
   * Runs a command that may write, in one storage transaction with a fresh {@link Unit}; on a
   * retryable storage failure the whole command runs again, at most {@value #MAX_ATTEMPTS} times.
   * The events the command emitted are delivered once it is stored, and never for an attempt that
   * failed.
   *
   * @param actor who performs it
   * @param operation the operation, for the audit trail and logs
   * @param aggregate the aggregate it changes, along which its audit record is chained
   * @param command the command
   * @param <T> the result type
   * @return the command's result
   * @throws StorageException if the storage fails for good, or still fails retryably after the last
   *     attempt
   * @throws RuntimeException whatever else the command throws, at once and without a retry
   */
  public <T> T write(
      Actor actor, Operation operation, AggregateRef aggregate, Function<Unit, T> command) {
    StorageException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      List<ForumEvent> emitted = new ArrayList<>();
      try {
        T result =
            storage.inTransaction(
                tx -> {
                  Unit unit = new Unit(tx, clock.instant());
                  T r = command.apply(unit);
                  audit.record(tx, actor, operation, aggregate, unit.now, unit.pending);
                  emitted.addAll(unit.pending);
                  return r;
                });
        if (attempt > 1) {
          LOG.debug("{} stored after {} attempts", operation, attempt);
        }
        events.publish(emitted);
        return result;
      } catch (StorageException e) {
        if (!e.retryable()) {
          throw e;
        }
        last = e;
        Thread.onSpinWait();
        if (attempt > 4) {
          Thread.yield();
        }
      }
    }
    LOG.warn(
        "{} gave up after {} attempts on a retryable storage failure", operation, MAX_ATTEMPTS);
    throw last;
  }

  /**
   * Runs a read-only query in one storage transaction, once.
   *
   * @param query the query
   * @param <T> the result type
   * @return the result
   * @throws StorageException if the storage fails
   */
  public <T> T read(Function<StorageTransaction, T> query) {
    return storage.inTransaction(query::apply);
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }
}

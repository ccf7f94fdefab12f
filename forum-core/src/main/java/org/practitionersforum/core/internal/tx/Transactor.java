package org.practitionersforum.core.internal.tx;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.event.EventOutbox;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumEventListener;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.EventDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each service command as one unit of work: retries a bounded number of times when the storage
 * reports a retryable failure (such as a concurrent update), re-running the whole command so that
 * every rule is checked again on fresh data; and writes the command's events to the outbox in the
 * same unit of work, to be delivered once its transaction has committed.
 *
 * <p>The one unit-of-work runner every feature package of core shares; hosts never see it.
 * Thread-safe.
 */
public final class Transactor {
  private static final Logger LOG = LoggerFactory.getLogger(Transactor.class);

  /** How many times a command is attempted before a retryable failure is given up on. */
  static final int MAX_ATTEMPTS = 64;

  private final ForumStorage storage;
  private final Outbox outbox;
  private final Clock clock;

  /**
   * Creates a transactor.
   *
   * @param storage the storage
   * @param listeners the host's event listeners, in calling order; copied
   * @param delivery how events reach the listeners
   * @param clock the clock every command reads the time from
   */
  public Transactor(
      ForumStorage storage,
      List<ForumEventListener> listeners,
      EventDelivery delivery,
      Clock clock) {
    this.storage = storage;
    this.outbox = new Outbox(storage, new EventPublisher(listeners), delivery);
    this.clock = clock;
  }

  /**
   * Returns the outbox the events of every command go through.
   *
   * @return the outbox
   */
  public EventOutbox outbox() {
    return outbox;
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
   * The events the command emitted are delivered once it has committed, and never for an attempt
   * that failed.
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
      try {
        T result = attempt(command);
        if (attempt > 1) {
          LOG.debug("{} stored after {} attempts", operation, attempt);
        }
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
   * Runs one attempt of a command in one unit of work: the command, then its events into the
   * outbox, with their delivery registered for after the commit; and the removal of events
   * delivered earlier. If the unit fails, nothing of it happened and nothing is delivered.
   */
  private <T> T attempt(Function<Unit, T> command) {
    List<UUID> removing = new ArrayList<>();
    try {
      return storage.inTransaction(
          tx -> {
            Unit unit = new Unit(tx, clock.instant());
            T r = command.apply(unit);
            outbox.stage(tx, unit.pending);
            removing.addAll(outbox.removeDelivered(tx));
            return r;
          });
    } catch (RuntimeException | Error e) {
      outbox.restore(removing);
      throw e;
    }
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

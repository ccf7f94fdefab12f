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
import org.practitionersforum.core.RetryPolicy;
import org.practitionersforum.core.internal.audit.AuditLog;

/**
 * Runs each service command as one unit of work: retries, as its {@link RetryPolicy} allows, when
 * the storage reports a retryable failure (such as a concurrent update), re-running the whole
 * command so that every rule is checked again on fresh data; and writes the command's events to the
 * outbox in the same unit of work, to be delivered once its transaction has committed, so that only
 * the events of the attempt that is stored are ever delivered. The only layer of the SDK that
 * retries: storages run a unit of work exactly once.
 *
 * <p>The one unit-of-work runner every feature package of core shares; hosts never see it.
 * Thread-safe.
 */
public final class Transactor {
  private final ForumStorage storage;
  private final Outbox outbox;
  private final Clock clock;
  private final RetryLoop retries;
  private final AuditLog audit;
  private final ListenerFailures failures;

  /**
   * Creates a transactor that retries by the {@link RetryPolicy#defaults() default policy}.
   *
   * @param storage the storage
   * @param listeners the host's event listeners, in calling order; copied
   * @param clock the clock every command reads the time from
   * @param audit writes each command's audit record in its unit of work (SEC-2)
   */
  public Transactor(ForumStorage storage, List<ForumEventListener> listeners, Clock clock) {
    this(
        storage,
        listeners,
        EventDelivery.OUTBOX_TO_LISTENERS,
        clock,
        RetryPolicy.defaults(),
        AuditLog.on());
  }

  /**
   * Creates a transactor.
   *
   * @param storage the storage
   * @param listeners the host's event listeners, in calling order; copied
   * @param delivery how events reach the listeners
   * @param clock the clock every command reads the time from
   * @param retries how commands are retried after a retryable storage failure
   * @param audit writes each committed command's audit record, or nothing when the log is off
   */
  public Transactor(
      ForumStorage storage,
      List<ForumEventListener> listeners,
      EventDelivery delivery,
      Clock clock,
      RetryPolicy retries,
      AuditLog audit) {
    this(storage, listeners, delivery, ListenerFailures.log(), clock, retries, audit);
  }

  /**
   * Creates a transactor with the host's choice of what a listener failure does.
   *
   * @param storage the storage
   * @param listeners the host's event listeners, in calling order; copied
   * @param delivery how events reach the listeners
   * @param failures what a listener failure does
   * @param clock the clock every command reads the time from
   * @param retries how commands are retried after a retryable storage failure
   * @param audit writes each committed command's audit record, or nothing when the log is off
   */
  public Transactor(
      ForumStorage storage,
      List<ForumEventListener> listeners,
      EventDelivery delivery,
      ListenerFailures failures,
      Clock clock,
      RetryPolicy retries,
      AuditLog audit) {
    this(storage, listeners, delivery, failures, clock, RetryLoop.system(retries), audit);
  }

  /**
   * Creates a transactor with its own retry loop, for tests that count pauses.
   *
   * @param storage the storage
   * @param listeners the host's event listeners, in calling order; copied
   * @param delivery how events reach the listeners
   * @param clock the clock every command reads the time from
   * @param retries the retry loop
   * @param audit writes each committed command's audit record
   */
  Transactor(
      ForumStorage storage,
      List<ForumEventListener> listeners,
      EventDelivery delivery,
      Clock clock,
      RetryLoop retries,
      AuditLog audit) {
    this(storage, listeners, delivery, ListenerFailures.log(), clock, retries, audit);
  }

  private Transactor(
      ForumStorage storage,
      List<ForumEventListener> listeners,
      EventDelivery delivery,
      ListenerFailures failures,
      Clock clock,
      RetryLoop retries,
      AuditLog audit) {
    this.storage = storage;
    this.failures = failures;
    this.outbox = new Outbox(storage, new EventPublisher(listeners, failures), delivery);
    this.clock = clock;
    this.retries = retries;
    this.audit = audit;
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
    private AggregateRef auditAs;
    private Actor auditActor;

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
     * Records this command in the audit trail under another aggregate than the one it was started
     * with: for erasure, whose record must name the pseudonymous token, not the person (SEC-3).
     *
     * @param recordedAs the aggregate to record
     */
    public void auditAs(AggregateRef recordedAs) {
      this.auditAs = recordedAs;
    }

    /**
     * Records this command in the audit trail as performed by another actor than the one who
     * performed it: for a lesson's author, whom the trail must never name (LS-2).
     *
     * @param recordedActor the actor to record
     */
    public void auditActor(Actor recordedActor) {
      this.auditActor = recordedActor;
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
   * retryable storage failure the whole command runs again, as the retry policy allows (never when
   * only the host can retry). The events the command emitted are delivered once it is stored, and
   * never those of an attempt that failed.
   *
   * @param actor who performs it
   * @param operation the operation, for the audit trail and logs
   * @param aggregate the aggregate it changes, along which its audit record is chained
   * @param command the command
   * @param <T> the result type
   * @return the command's result
   * @throws StorageException if the storage fails for good, fails retryably inside the host's
   *     transaction, or still fails retryably when the policy's attempts or time are spent
   * @throws RuntimeException whatever else the command throws, at once and without a retry
   * @throws org.practitionersforum.api.event.ListenerFailedException if the host chose to have
   *     listener failures rethrown and a listener failed on the command's events; the command's
   *     change is committed
   */
  public <T> T write(
      Actor actor, Operation operation, AggregateRef aggregate, Function<Unit, T> command) {
    return failures.collecting(
        () -> retries.run(operation, () -> attempt(actor, operation, aggregate, command)));
  }

  /**
   * Runs one attempt of a command in one unit of work: the command, then its events into the
   * outbox, with their delivery registered for after the commit; and the removal of events
   * delivered earlier. If the unit fails, nothing of it happened and nothing is delivered.
   */
  private <T> T attempt(
      Actor actor, Operation operation, AggregateRef aggregate, Function<Unit, T> command) {
    List<UUID> removing = new ArrayList<>();
    try {
      return storage.inTransaction(
          tx -> {
            Unit unit = new Unit(tx, clock.instant());
            T r = command.apply(unit);
            audit.record(
                tx,
                unit.auditActor == null ? actor : unit.auditActor,
                operation,
                unit.auditAs == null ? aggregate : unit.auditAs,
                unit.now,
                unit.pending);
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

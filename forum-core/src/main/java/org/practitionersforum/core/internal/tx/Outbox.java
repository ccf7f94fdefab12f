package org.practitionersforum.core.internal.tx;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.event.EventOutbox;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.OutboxRecord;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.EventDelivery;

/**
 * The transactional outbox: writes each command's events in the command's own unit of work, has
 * them delivered once that unit's transaction commits, and removes delivered events later, a batch
 * at a time, inside a following unit of work (so delivery adds no transaction of its own). What a
 * crash interrupted stays in the outbox for {@link #deliverPending()}.
 *
 * <p>Thread-safe.
 */
public final class Outbox implements EventOutbox {
  /** Delivered events are removed once this many have gathered, inside the next write. */
  static final int REMOVE_BATCH = 64;

  /** How many events the recovery pass reads at a time. */
  static final int RECOVERY_PAGE = 500;

  private final ForumStorage storage;
  private final EventPublisher publisher;
  private final EventDelivery delivery;
  private final Queue<UUID> delivered = new ConcurrentLinkedQueue<>();

  /** How many ids {@link #delivered} holds: its own size() walks the whole queue. */
  private final AtomicInteger deliveredCount = new AtomicInteger();

  private final ReentrantLock recovery = new ReentrantLock();

  /**
   * Creates the outbox.
   *
   * @param storage the storage
   * @param publisher the listeners
   * @param delivery how events are delivered
   */
  Outbox(ForumStorage storage, EventPublisher publisher, EventDelivery delivery) {
    this.storage = storage;
    this.publisher = publisher;
    this.delivery = delivery;
  }

  /**
   * Stores a command's events in its unit of work and arranges their delivery after commit.
   *
   * @param tx the command's unit of work
   * @param events the events, in order
   */
  void stage(StorageTransaction tx, List<ForumEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    if (delivery == EventDelivery.AFTER_COMMIT_ONLY) {
      List<EventEnvelope> envelopes = new ArrayList<>(events.size());
      for (ForumEvent e : events) {
        envelopes.add(new EventEnvelope(UUID.randomUUID(), e));
      }
      tx.afterCommit(() -> publisher.publish(envelopes));
      return;
    }
    List<OutboxRecord> records = new ArrayList<>(events.size());
    List<EventEnvelope> envelopes = new ArrayList<>(events.size());
    for (ForumEvent e : events) {
      UUID id = UUID.randomUUID();
      records.add(
          new OutboxRecord(0, id, e.forum(), EventCodec.typeOf(e), EventCodec.encode(e), e.at()));
      envelopes.add(new EventEnvelope(id, e));
    }
    tx.outbox().append(records);
    if (delivery == EventDelivery.OUTBOX_TO_LISTENERS) {
      tx.afterCommit(
          () -> {
            publisher.publish(envelopes);
            for (EventEnvelope e : envelopes) {
              delivered.add(e.id());
            }
            deliveredCount.addAndGet(envelopes.size());
          });
    }
  }

  /**
   * Removes, inside a command's unit of work, events delivered earlier, once enough have gathered.
   *
   * @param tx the unit of work
   * @return the ids it removes, to give back with {@link #restore} if the unit fails
   */
  List<UUID> removeDelivered(StorageTransaction tx) {
    if (deliveredCount.get() < REMOVE_BATCH) {
      return List.of();
    }
    List<UUID> ids = new ArrayList<>(REMOVE_BATCH * 2);
    UUID id;
    while (ids.size() < REMOVE_BATCH * 4 && (id = delivered.poll()) != null) {
      ids.add(id);
    }
    deliveredCount.addAndGet(-ids.size());
    if (!ids.isEmpty()) {
      tx.outbox().remove(ids);
    }
    return ids;
  }

  /**
   * Gives back ids whose removal did not commit, so a later unit removes them.
   *
   * @param ids the ids
   */
  void restore(List<UUID> ids) {
    delivered.addAll(ids);
    deliveredCount.addAndGet(ids.size());
  }

  @Override
  public List<EventEnvelope> pending(int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new InvalidInputException(
          "a page of the outbox holds from 1 to " + MAX_PAGE + " events");
    }
    return storage.inTransaction(tx -> envelopes(tx.outbox().pending(0, limit)));
  }

  @Override
  public void acknowledge(Collection<UUID> ids) {
    Checks.notNull(ids, "event ids");
    List<UUID> copy = new ArrayList<>(ids.size());
    for (UUID id : ids) {
      copy.add(Checks.notNull(id, "event id"));
    }
    if (!copy.isEmpty()) {
      storage.inTransaction(tx -> tx.outbox().remove(copy));
    }
  }

  @Override
  public int deliverPending() {
    return publisher.failures().collecting(this::deliverPendingNow);
  }

  private int deliverPendingNow() {
    recovery.lock();
    try {
      List<UUID> done = new ArrayList<>();
      UUID id;
      while ((id = delivered.poll()) != null) {
        done.add(id);
      }
      deliveredCount.addAndGet(-done.size());
      if (!done.isEmpty()) {
        try {
          storage.inTransaction(tx -> tx.outbox().remove(done));
        } catch (RuntimeException e) {
          restore(done);
          throw e;
        }
      }
      int count = 0;
      long after = 0;
      while (true) {
        long from = after;
        List<OutboxRecord> page =
            storage.inTransaction(tx -> tx.outbox().pending(from, RECOVERY_PAGE));
        if (page.isEmpty()) {
          return count;
        }
        List<EventEnvelope> envelopes = envelopes(page);
        publisher.publish(envelopes);
        List<UUID> ids = new ArrayList<>(page.size());
        for (EventEnvelope e : envelopes) {
          ids.add(e.id());
        }
        storage.inTransaction(tx -> tx.outbox().remove(ids));
        count += page.size();
        after = page.get(page.size() - 1).position();
        if (page.size() < RECOVERY_PAGE) {
          return count;
        }
      }
    } finally {
      recovery.unlock();
    }
  }

  private static List<EventEnvelope> envelopes(List<OutboxRecord> records) {
    List<EventEnvelope> out = new ArrayList<>(records.size());
    for (OutboxRecord r : records) {
      out.add(new EventEnvelope(r.eventId(), EventCodec.decode(r.type(), r.payload())));
    }
    return out;
  }

  /**
   * Rewrites every event waiting in the outbox that names a person so that it names a pseudonym
   * instead, for erasure (SEC-3): each JSON string equal to the person's id, in whatever field,
   * becomes the pseudonym.
   *
   * @param tx the erasure's unit of work
   * @param person the person's id value
   * @param pseudonym the pseudonym's id value
   * @return how many events were rewritten
   */
  public static int pseudonymise(StorageTransaction tx, String person, String pseudonym) {
    String from = JsonNodeFactory.instance.textNode(person).toString();
    String to = JsonNodeFactory.instance.textNode(pseudonym).toString();
    int changed = 0;
    long after = 0;
    while (true) {
      List<OutboxRecord> page = tx.outbox().pending(after, RECOVERY_PAGE);
      for (OutboxRecord r : page) {
        if (r.payload().contains(from)) {
          tx.outbox().replacePayload(r.eventId(), r.payload().replace(from, to));
          changed++;
        }
      }
      if (page.size() < RECOVERY_PAGE) {
        return changed;
      }
      after = page.get(page.size() - 1).position();
    }
  }
}

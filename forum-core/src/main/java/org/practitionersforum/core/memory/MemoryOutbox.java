package org.practitionersforum.core.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.spi.OutboxRecord;
import org.practitionersforum.api.spi.OutboxStore;

/**
 * The in-memory store's outbox: committed records by position, guarded by the storage's lock, and
 * one buffered view per unit of work whose changes are applied when the unit commits. Positions are
 * assigned at commit, under the lock, so they follow commit order exactly.
 */
final class MemoryOutbox {
  private final ReadWriteLock lock;
  private final NavigableMap<Long, OutboxRecord> committed = new TreeMap<>();
  private final Map<UUID, Long> positions = new HashMap<>();
  private long lastPosition;

  MemoryOutbox(ReadWriteLock lock) {
    this.lock = lock;
  }

  /** A unit of work's view of the outbox: its appends, removals and replacements, buffered. */
  final class Unit implements OutboxStore {
    private final Map<UUID, OutboxRecord> appended = new LinkedHashMap<>();
    private final Set<UUID> removed = new HashSet<>();
    private final Map<UUID, String> replaced = new HashMap<>();
    private final Runnable requireOpen;

    Unit(Runnable requireOpen) {
      this.requireOpen = requireOpen;
    }

    @Override
    public void append(List<OutboxRecord> records) {
      requireOpen.run();
      Checks.notNull(records, "outbox records");
      for (OutboxRecord r : records) {
        Checks.notNull(r, "outbox record");
        if (r.position() != 0) {
          throw new IllegalArgumentException("a record to append is at position 0");
        }
        if (appended.containsKey(r.eventId()) || committedPosition(r.eventId()) != null) {
          throw new DuplicateException("an event with this id is already in the outbox");
        }
      }
      for (OutboxRecord r : records) {
        appended.put(r.eventId(), r);
      }
    }

    @Override
    public List<OutboxRecord> pending(long afterPosition, int limit) {
      requireOpen.run();
      if (limit < 1) {
        throw new IllegalArgumentException("a page holds at least one record");
      }
      List<OutboxRecord> out = new ArrayList<>();
      lock.readLock().lock();
      try {
        for (OutboxRecord r : committed.tailMap(afterPosition, false).values()) {
          if (out.size() == limit) {
            return out;
          }
          if (!removed.contains(r.eventId())) {
            String payload = replaced.get(r.eventId());
            out.add(payload == null ? r : withPayload(r, payload));
          }
        }
      } finally {
        lock.readLock().unlock();
      }
      for (OutboxRecord r : appended.values()) {
        if (out.size() == limit) {
          break;
        }
        if (!removed.contains(r.eventId())) {
          String payload = replaced.get(r.eventId());
          out.add(payload == null ? r : withPayload(r, payload));
        }
      }
      return out;
    }

    @Override
    public int remove(Collection<UUID> eventIds) {
      requireOpen.run();
      Checks.notNull(eventIds, "event ids");
      int n = 0;
      for (UUID id : eventIds) {
        Checks.notNull(id, "event id");
        if (!removed.contains(id)
            && (appended.containsKey(id) || committedPosition(id) != null)
            && removed.add(id)) {
          n++;
        }
      }
      return n;
    }

    @Override
    public boolean replacePayload(UUID eventId, String payload) {
      requireOpen.run();
      Checks.notNull(eventId, "event id");
      Checks.notNull(payload, "event payload");
      if (removed.contains(eventId)) {
        return false;
      }
      OutboxRecord mine = appended.get(eventId);
      if (mine != null) {
        appended.put(eventId, withPayload(mine, payload));
        return true;
      }
      if (committedPosition(eventId) == null) {
        return false;
      }
      replaced.put(eventId, payload);
      return true;
    }

    /** Checks the unit's appends against what committed since; call under the write lock. */
    void validate() {
      for (UUID id : appended.keySet()) {
        if (positions.containsKey(id)) {
          throw new DuplicateException("an event with this id is already in the outbox");
        }
      }
    }

    /** Applies the unit's changes; call under the write lock, after {@link #validate()}. */
    void apply() {
      for (UUID id : removed) {
        Long p = positions.remove(id);
        if (p != null) {
          committed.remove(p);
        }
      }
      for (Map.Entry<UUID, String> e : replaced.entrySet()) {
        Long p = positions.get(e.getKey());
        if (p != null) {
          committed.put(p, withPayload(committed.get(p), e.getValue()));
        }
      }
      for (OutboxRecord r : appended.values()) {
        if (!removed.contains(r.eventId())) {
          long p = ++lastPosition;
          committed.put(p, r.at(p));
          positions.put(r.eventId(), p);
        }
      }
    }
  }

  private Long committedPosition(UUID id) {
    lock.readLock().lock();
    try {
      return positions.get(id);
    } finally {
      lock.readLock().unlock();
    }
  }

  private static OutboxRecord withPayload(OutboxRecord r, String payload) {
    return new OutboxRecord(r.position(), r.eventId(), r.forum(), r.type(), payload, r.at());
  }
}

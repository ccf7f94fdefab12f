package org.practitionersforum.jdbc.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.practitionersforum.api.spi.ConcurrentUpdateException;

/**
 * What one unit of work has read of one kind of aggregate, so that its reads repeat, as under
 * REPEATABLE READ, without holding the database to that isolation: the aggregates read whole
 * or in part ({@linkplain #snapshot snapshots}, with whatever the store needs to write only what
 * changed), the keys found to have no aggregate, the version of each aggregate as first read or
 * last written (every later read must find it), and narrow reads (a part of an aggregate read
 * without the rest) valid while that version stands.
 *
 * <p>A store keeps its read set in its {@link UnitOfWork} ({@link UnitOfWork#readSet}), reads
 * through it, and tells it what it wrote ({@link #written}), which is the only invalidation:
 * narrow reads go, the written version becomes the one reads must find. Not thread-safe, like
 * the unit of work.
 *
 * @param <K> the aggregate's key
 * @param <S> the snapshot of one aggregate
 */
public class ReadSet<K, S> {
  private final String record;
  private final Map<K, S> snapshots = new HashMap<>();
  private final Map<K, Long> versions = new HashMap<>();
  /** Made on first use, like {@link #narrow}: most units of work need neither. */
  private Set<K> absent;
  private Map<Narrow<?>, Map<K, Object>> narrow;

  /**
   * Starts an empty read set.
   *
   * @param record the kind of record, such as "forum", for the error a read that does not
   *     repeat raises
   */
  protected ReadSet(String record) {
    this.record = record;
  }

  /**
   * Returns the snapshot of an aggregate read or written in this unit.
   *
   * @param key the aggregate's key
   * @return the snapshot, or null if there is none
   */
  public S snapshot(K key) {
    return snapshots.get(key);
  }

  /**
   * Remembers an aggregate as read or written, at its version, replacing what was remembered of
   * it.
   *
   * @param key the aggregate's key
   * @param snapshot the snapshot
   * @param version the aggregate's stored version
   */
  public void remember(K key, S snapshot, long version) {
    snapshots.put(key, snapshot);
    versions.put(key, version);
    clearAbsent(key);
  }

  /**
   * Forgets the snapshot of an aggregate (after a failed write, whose rows are no longer known),
   * keeping the version reads must find.
   *
   * @param key the aggregate's key
   * @return the snapshot forgotten, or null
   */
  public S dropSnapshot(K key) {
    return snapshots.remove(key);
  }

  /**
   * Forgets all this unit knows of an aggregate (after a failed write): its snapshot, its
   * version and its narrow reads; the next read starts afresh.
   *
   * @param key the aggregate's key
   */
  public void forget(K key) {
    snapshots.remove(key);
    versions.remove(key);
    clearAbsent(key);
    dropNarrow(key);
  }

  /**
   * Tells whether this unit found no aggregate under a key.
   *
   * @param key the key
   * @return true if known to be absent
   */
  public boolean isAbsent(K key) {
    return absent != null && absent.contains(key);
  }

  /**
   * Notes that there is no aggregate under a key.
   *
   * @param key the key
   */
  public void markAbsent(K key) {
    if (absent == null) {
      absent = new HashSet<>();
    }
    absent.add(key);
  }

  /**
   * Forgets that there was no aggregate under a key, before one is inserted.
   *
   * @param key the key
   */
  public void clearAbsent(K key) {
    if (absent != null) {
      absent.remove(key);
    }
  }

  /**
   * Tells whether this unit knows the version of an aggregate.
   *
   * @param key the aggregate's key
   * @return true if it was read or written
   */
  public boolean versionKnown(K key) {
    return versions.containsKey(key);
  }

  /**
   * Takes note of the version a read found: the first one read is the one every later read in
   * the unit must find.
   *
   * @param key the aggregate's key
   * @param version the version read
   * @throws ConcurrentUpdateException if this unit read or wrote another version before
   */
  public void seen(K key, long version) {
    Long before = versions.putIfAbsent(key, version);
    if (before != null && before != version) {
      throw new ConcurrentUpdateException(record);
    }
  }

  /**
   * Takes note of a write: the aggregate now stands at {@code version}, which later reads must
   * find; the narrow reads of it are dropped, and its snapshot replaced (or dropped, for null).
   *
   * @param key the aggregate's key
   * @param version the version written
   * @param snapshot the aggregate as written, or null if this unit does not know it whole
   */
  public void written(K key, long version, S snapshot) {
    versions.put(key, version);
    clearAbsent(key);
    dropNarrow(key);
    if (snapshot == null) {
      snapshots.remove(key);
    } else {
      snapshots.put(key, snapshot);
    }
  }

  /**
   * Returns a narrow read of an aggregate, made at the version this unit knows.
   *
   * @param key the aggregate's key
   * @param kind the kind of narrow read
   * @param <T> what it reads
   * @return what was read, or null if it was not
   */
  @SuppressWarnings("unchecked")
  public <T> T narrow(K key, Narrow<T> kind) {
    Map<K, Object> reads = narrow == null ? null : narrow.get(kind);
    return reads == null ? null : (T) reads.get(key);
  }

  /**
   * Remembers a narrow read of an aggregate, made at the version this unit knows, until the
   * unit writes the aggregate.
   *
   * @param key the aggregate's key
   * @param kind the kind of narrow read
   * @param value what was read
   * @param <T> what it reads
   */
  public <T> void rememberNarrow(K key, Narrow<T> kind, T value) {
    if (narrow == null) {
      narrow = new HashMap<>();
    }
    narrow.computeIfAbsent(kind, k -> new HashMap<>()).put(key, value);
  }

  private void dropNarrow(K key) {
    if (narrow != null) {
      for (Map<K, Object> reads : narrow.values()) {
        reads.remove(key);
      }
    }
  }

  /** Forgets everything, when the unit of work ends. */
  public void clear() {
    snapshots.clear();
    versions.clear();
    absent = null;
    narrow = null;
  }

  /**
   * A kind of narrow read, identified by the instance: a store declares one constant per kind.
   *
   * @param <T> what it reads
   */
  public static final class Narrow<T> {
    private final String name;

    /**
     * Declares a kind of narrow read.
     *
     * @param name what it reads, for diagnosis
     */
    public Narrow(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}

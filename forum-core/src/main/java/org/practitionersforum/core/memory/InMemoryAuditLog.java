package org.practitionersforum.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.UnaryOperator;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.spi.AuditStore;
import org.practitionersforum.api.spi.ConcurrentUpdateException;

/**
 * The audit trail of {@link InMemoryForumStorage}: one list per chain, kept in chain order (kind,
 * then id, then sequence). A unit of work buffers its appends and its identity changes; at commit,
 * under the storage's write lock, every chain it appended to must still end where the unit read it,
 * or the commit fails with {@link ConcurrentUpdateException}. Reads take the read lock.
 */
final class InMemoryAuditLog {
  private static final Comparator<AggregateRef> CHAIN_ORDER =
      Comparator.comparing((AggregateRef a) -> a.kind().name()).thenComparing(AggregateRef::id);

  private final ReadWriteLock lock;
  private final NavigableMap<AggregateRef, List<AuditRecord>> chains = new TreeMap<>(CHAIN_ORDER);

  InMemoryAuditLog(ReadWriteLock lock) {
    this.lock = lock;
  }

  /** Opens the audit store of one unit of work. */
  TxAudit open(Runnable requireOpen) {
    return new TxAudit(requireOpen);
  }

  /** Checks a unit's appends against the committed chains; under the write lock. */
  void validate(TxAudit tx) {
    for (Map.Entry<AggregateRef, Long> e : tx.readHeads.entrySet()) {
      if (tx.appended.containsKey(e.getKey()) && size(e.getKey()) != e.getValue()) {
        throw new ConcurrentUpdateException("audit record");
      }
    }
  }

  /** Applies a validated unit's changes; under the write lock. */
  void apply(TxAudit tx) {
    for (UnaryOperator<AuditRecord> change : tx.changes) {
      rewrite(change);
    }
    for (Map.Entry<AggregateRef, List<AuditRecord>> e : tx.appended.entrySet()) {
      chains.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
    }
  }

  private long size(AggregateRef chain) {
    List<AuditRecord> records = chains.get(chain);
    return records == null ? 0 : records.size();
  }

  /** Applies a change to every committed record, moving a record whose chain was renamed. */
  private void rewrite(UnaryOperator<AuditRecord> change) {
    Map<AggregateRef, List<AuditRecord>> moved = new LinkedHashMap<>();
    var it = chains.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<AggregateRef, List<AuditRecord>> e = it.next();
      List<AuditRecord> records = e.getValue();
      records.replaceAll(change);
      if (!records.isEmpty() && !records.get(0).aggregate().equals(e.getKey())) {
        it.remove();
        moved.put(records.get(0).aggregate(), records);
      }
    }
    chains.putAll(moved);
  }

  // For the store's own tests: tampering as an attacker with access to the memory would.

  /** Replaces one committed record. */
  void tamperReplace(AggregateRef chain, long sequence, UnaryOperator<AuditRecord> change) {
    List<AuditRecord> records = chains.get(chain);
    int i = indexOf(records, sequence);
    records.set(i, change.apply(records.get(i)));
  }

  /** Removes one committed record, or (with {@code tail}) it and every later one. */
  void tamperRemove(AggregateRef chain, long sequence, boolean tail) {
    List<AuditRecord> records = chains.get(chain);
    int i = indexOf(records, sequence);
    if (tail) {
      records.subList(i, records.size()).clear();
    } else {
      records.remove(i);
    }
  }

  /** Puts a record into its chain before the first record with a higher sequence number. */
  void tamperInsert(AuditRecord record) {
    List<AuditRecord> records = chains.computeIfAbsent(record.aggregate(), k -> new ArrayList<>());
    int i = 0;
    while (i < records.size() && records.get(i).sequence() < record.sequence()) {
      i++;
    }
    records.add(i, record);
  }

  /** Swaps the contents of two committed records, each keeping its place's sequence number. */
  void tamperSwap(AggregateRef chain, long first, long second) {
    List<AuditRecord> records = chains.get(chain);
    int i = indexOf(records, first);
    int j = indexOf(records, second);
    AuditRecord a = records.get(i);
    AuditRecord b = records.get(j);
    records.set(i, renumbered(b, a.sequence()));
    records.set(j, renumbered(a, b.sequence()));
  }

  private static int indexOf(List<AuditRecord> records, long sequence) {
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).sequence() == sequence) {
        return i;
      }
    }
    throw new IllegalArgumentException("no such audit record");
  }

  private static AuditRecord renumbered(AuditRecord r, long sequence) {
    return new AuditRecord(
        r.aggregate(),
        r.aggregateSalt(),
        r.aggregateDigest(),
        sequence,
        r.operation(),
        r.actorRole(),
        r.actorId(),
        r.actorSalt(),
        r.actorDigest(),
        r.organisation(),
        r.at(),
        r.outcome(),
        r.previousHash(),
        r.hash());
  }

  /** The audit store of one unit of work. Not thread-safe. */
  final class TxAudit implements AuditStore {
    private final Runnable requireOpen;
    final Map<AggregateRef, Long> readHeads = new LinkedHashMap<>();
    final Map<AggregateRef, List<AuditRecord>> appended = new LinkedHashMap<>();
    final List<UnaryOperator<AuditRecord>> changes = new ArrayList<>();

    private TxAudit(Runnable requireOpen) {
      this.requireOpen = requireOpen;
    }

    boolean changed() {
      return !appended.isEmpty() || !changes.isEmpty();
    }

    @Override
    public void append(AuditRecord record) {
      requireOpen.run();
      Checks.notNull(record, "SEC-2: audit record");
      AggregateRef chain = record.aggregate();
      long head = head(chain).map(AuditRecord::sequence).orElse(0L);
      if (record.sequence() != head + 1) {
        throw new ConcurrentUpdateException("audit record");
      }
      appended.computeIfAbsent(chain, k -> new ArrayList<>()).add(record);
    }

    @Override
    public Optional<AuditRecord> head(AggregateRef aggregate) {
      requireOpen.run();
      Checks.notNull(aggregate, "SEC-2: aggregate");
      List<AuditRecord> own = appended.get(aggregate);
      if (own != null) {
        return Optional.of(own.get(own.size() - 1));
      }
      Optional<AuditRecord> committed =
          read(
              () -> {
                List<AuditRecord> records = chains.get(aggregate);
                readHeads.putIfAbsent(aggregate, records == null ? 0L : records.size());
                return records == null || records.isEmpty()
                    ? Optional.<AuditRecord>empty()
                    : Optional.of(records.get(records.size() - 1));
              });
      return committed.map(this::changed);
    }

    @Override
    public List<AuditRecord> query(AuditQuery query) {
      requireOpen.run();
      Checks.notNull(query, "SEC-2: audit query");
      List<AuditRecord> all = new ArrayList<>();
      read(
          () -> {
            for (List<AuditRecord> records : chains.values()) {
              for (AuditRecord r : records) {
                AuditRecord seen = changed(r);
                if (query.selects(seen) && query.beyondCursor(seen)) {
                  all.add(seen);
                }
              }
            }
            return null;
          });
      for (List<AuditRecord> records : appended.values()) {
        for (AuditRecord r : records) {
          AuditRecord seen = changed(r);
          if (query.selects(seen) && query.beyondCursor(seen)) {
            all.add(seen);
          }
        }
      }
      Comparator<AuditRecord> order =
          Comparator.comparing(AuditRecord::at).thenComparing(AuditRecord::hash);
      all.sort(query.descending() ? order.reversed() : order);
      return List.copyOf(all.subList(0, Math.min(query.limit(), all.size())));
    }

    /** Committed records only (with this unit's changes): a scan is for verification. */
    @Override
    public List<AuditRecord> scan(
        Optional<AggregateRef> afterAggregate, long afterSequence, int limit) {
      requireOpen.run();
      Checks.notNull(afterAggregate, "SEC-2: scan position");
      if (limit < 1) {
        throw new IllegalArgumentException("a scan returns at least one record");
      }
      List<AuditRecord> out = new ArrayList<>(Math.min(limit, 10_000));
      read(
          () -> {
            NavigableMap<AggregateRef, List<AuditRecord>> from =
                afterAggregate.isPresent() ? chains.tailMap(afterAggregate.get(), true) : chains;
            for (Map.Entry<AggregateRef, List<AuditRecord>> e : from.entrySet()) {
              boolean first = afterAggregate.isPresent() && e.getKey().equals(afterAggregate.get());
              for (AuditRecord r : e.getValue()) {
                if (first && r.sequence() <= afterSequence) {
                  continue;
                }
                out.add(changed(r));
                if (out.size() == limit) {
                  return null;
                }
              }
            }
            return null;
          });
      return out;
    }

    @Override
    public int pseudonymise(PersonId person, String pseudonym) {
      requireOpen.run();
      Checks.notNull(person, "SEC-3: person id");
      Checks.id(pseudonym, "SEC-3: pseudonym");
      String id = person.value();
      return change(
          r -> {
            AuditRecord out = r;
            if (out.actorSalt().isPresent() && out.actorId().equals(id)) {
              out = out.withActorPseudonym(pseudonym);
            }
            if (out.aggregate().kind() == AggregateRef.Kind.PRACTITIONER
                && out.aggregate().id().equals(id)) {
              out = out.withAggregatePseudonym(pseudonym);
            }
            return out;
          });
    }

    @Override
    public int removeIdentities(OrganisationId organisation, Instant before, String pseudonym) {
      requireOpen.run();
      Checks.notNull(organisation, "organisation id");
      Checks.notNull(before, "SEC-2: retention limit");
      Checks.id(pseudonym, "SEC-2: pseudonym");
      Optional<OrganisationId> org = Optional.of(organisation);
      return change(
          r ->
              r.actorSalt().isPresent() && r.organisation().equals(org) && r.at().isBefore(before)
                  ? r.withActorPseudonym(pseudonym)
                  : r);
    }

    /** Buffers a change, applies it to this unit's own appends, and counts what it changes. */
    private int change(UnaryOperator<AuditRecord> change) {
      int[] count = new int[1];
      read(
          () -> {
            for (List<AuditRecord> records : chains.values()) {
              for (AuditRecord r : records) {
                AuditRecord seen = changed(r);
                if (!change.apply(seen).equals(seen)) {
                  count[0]++;
                }
              }
            }
            return null;
          });
      Map<AggregateRef, List<AuditRecord>> renamed = new LinkedHashMap<>();
      for (List<AuditRecord> records : appended.values()) {
        for (AuditRecord r : records) {
          AuditRecord after = change.apply(r);
          if (!after.equals(r)) {
            count[0]++;
          }
          renamed.computeIfAbsent(after.aggregate(), k -> new ArrayList<>()).add(after);
        }
      }
      appended.clear();
      appended.putAll(renamed);
      changes.add(change);
      return count[0];
    }

    private AuditRecord changed(AuditRecord r) {
      AuditRecord out = r;
      for (UnaryOperator<AuditRecord> change : changes) {
        out = change.apply(out);
      }
      return out;
    }

    private <T> T read(java.util.function.Supplier<T> reader) {
      lock.readLock().lock();
      try {
        return reader.get();
      } finally {
        lock.readLock().unlock();
      }
    }
  }
}

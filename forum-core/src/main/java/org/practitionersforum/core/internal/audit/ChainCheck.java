package org.practitionersforum.core.internal.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditCheckpoint;
import org.practitionersforum.api.audit.AuditProblem;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.audit.AuditVerification;

/**
 * Checks the audit trail as it streams by, in chain order, one record at a time, keeping only a
 * window of four records of the current chain (two before the record judged, one after) and, with a
 * checkpoint, its heads. Each record's own hash and kept digests are recomputed; its link to the
 * previous record, and its sequence number, are judged with the window:
 *
 * <ul>
 *   <li>a gap in the numbers is a {@code MISSING} record (and explains the next link);
 *   <li>a link to the next record, or a predecessor linking to this one, or any broken link right
 *       after a reordered record, is {@code REORDERED};
 *   <li>a link that skips the predecessor to the record before it makes the predecessor {@code
 *       EXTRA};
 *   <li>any other broken link is a {@code MISSING} record (removed, the rest renumbered).
 * </ul>
 *
 * <p>Also builds checkpoints: the hash of each chain's first record names it. Not thread-safe.
 */
final class ChainCheck {
  private static final String ACTOR = "pf-audit-actor";
  private static final String AGGREGATE = "pf-audit-aggregate";

  private final Map<String, AuditCheckpoint.Head> expected = new HashMap<>();
  private final List<AuditProblem> problems = new ArrayList<>();
  private final List<AuditCheckpoint.Head> heads = new ArrayList<>();
  private long problemsFound;
  private long records;
  private long chains;

  private AggregateRef aggregate;
  private String chain;
  private Judged p2;
  private Judged p1;
  private AuditRecord pending;
  private AuditRecord last;

  /** A record already judged, with what was found. */
  private record Judged(AuditRecord record, boolean ownIntact, boolean reordered) {}

  ChainCheck(Optional<AuditCheckpoint> checkpoint) {
    checkpoint.ifPresent(c -> c.heads().forEach(h -> expected.put(h.chain(), h)));
  }

  /** Takes the next record in chain order. */
  void accept(AuditRecord r) {
    records++;
    if (aggregate == null || !aggregate.equals(r.aggregate())) {
      endChain();
      aggregate = r.aggregate();
      chain = r.hash();
      chains++;
    }
    if (pending != null) {
      judge(pending, r);
    }
    pending = r;
    last = r;
    AuditCheckpoint.Head head = expected.get(chain);
    if (head != null && head.sequence() == r.sequence() && !head.hash().equals(r.hash())) {
      problem(r.sequence(), AuditProblem.Kind.ALTERED);
    }
  }

  /** Ends the stream and returns the result. */
  AuditVerification finish() {
    endChain();
    for (AuditCheckpoint.Head h : expected.values()) {
      problemsFound++;
      if (problems.size() < AuditVerification.MAX_LISTED) {
        problems.add(new AuditProblem(Optional.empty(), h.chain(), 1, AuditProblem.Kind.MISSING));
      }
    }
    expected.clear();
    return new AuditVerification(records, chains, problems, problemsFound);
  }

  /** The heads of every chain seen, for a checkpoint. */
  List<AuditCheckpoint.Head> heads() {
    return heads;
  }

  private void endChain() {
    if (pending != null) {
      judge(pending, null);
    }
    if (last != null) {
      heads.add(new AuditCheckpoint.Head(chain, last.sequence(), last.hash()));
      AuditCheckpoint.Head head = expected.remove(chain);
      if (head != null && last.sequence() < head.sequence()) {
        problem(last.sequence() + 1, AuditProblem.Kind.MISSING);
      }
    }
    pending = null;
    last = null;
    p1 = null;
    p2 = null;
  }

  private void judge(AuditRecord r, AuditRecord next) {
    boolean ownIntact =
        ChainHash.hash(r).equals(r.hash())
            && r.actorSalt()
                .map(s -> ChainHash.digest(ACTOR, s, r.actorId()).equals(r.actorDigest()))
                .orElse(true)
            && r.aggregateSalt()
                .map(
                    s ->
                        ChainHash.digest(AGGREGATE, s, r.aggregate().id())
                            .equals(r.aggregateDigest().orElse("")))
                .orElse(true);
    if (!ownIntact) {
      problem(r.sequence(), AuditProblem.Kind.ALTERED);
    }
    boolean reordered = false;
    long expectedSequence = p1 == null ? 1 : p1.record().sequence() + 1;
    if (r.sequence() > expectedSequence) {
      problem(expectedSequence, AuditProblem.Kind.MISSING);
    } else if (r.sequence() < expectedSequence) {
      problem(r.sequence(), AuditProblem.Kind.EXTRA);
    } else {
      String link = p1 == null ? AuditRecord.GENESIS : p1.record().hash();
      if (!r.previousHash().equals(link) && (p1 == null || p1.ownIntact())) {
        if ((p1 != null && p1.record().previousHash().equals(r.hash()))
            || (next != null && r.previousHash().equals(next.hash()))
            || (p1 != null && p1.reordered())) {
          reordered = true;
          problem(r.sequence(), AuditProblem.Kind.REORDERED);
        } else if (p2 != null && r.previousHash().equals(p2.record().hash())) {
          problem(p1.record().sequence(), AuditProblem.Kind.EXTRA);
        } else {
          problem(r.sequence(), AuditProblem.Kind.MISSING);
        }
      }
    }
    p2 = p1;
    p1 = new Judged(r, ownIntact, reordered);
  }

  private void problem(long sequence, AuditProblem.Kind kind) {
    problemsFound++;
    if (problems.size() < AuditVerification.MAX_LISTED) {
      problems.add(new AuditProblem(Optional.of(aggregate), chain, sequence, kind));
    }
  }
}

package org.practitionersforum.api.audit;

import java.util.Optional;
import org.practitionersforum.api.internal.Checks;

/**
 * One thing {@link AuditTrail#verify} found wrong with a chain.
 *
 * @param aggregate the chain's aggregate, or empty when a checkpoint names a chain of which no
 *     record is left
 * @param chain the chain's identity: the hash of its first record (the one a checkpoint names)
 * @param sequence where in the chain the problem is
 * @param kind what is wrong
 */
public record AuditProblem(
    Optional<AggregateRef> aggregate, String chain, long sequence, Kind kind) {

  /** What is wrong. */
  public enum Kind {
    /** A record's fields no longer give its hash, or an id no longer gives its salted digest. */
    ALTERED,
    /** A record is missing: a gap in the sequence, a broken link, or a tail a checkpoint knew. */
    MISSING,
    /** A record is out of its place: its link names a neighbour rather than its predecessor. */
    REORDERED,
    /** A record was put between two others: its successor links to the record before it. */
    EXTRA
  }

  /**
   * Creates a problem.
   *
   * @param aggregate the chain's aggregate, or empty when a checkpoint names a chain of which no
   * @param chain the chain's identity: the hash of its first record (the one a checkpoint names)
   * @param sequence where in the chain the problem is
   * @param kind what is wrong
   * @throws org.practitionersforum.api.InvalidInputException if a field is missing
   */
  public AuditProblem {
    Checks.notNull(aggregate, "SEC-2: problem aggregate");
    Checks.notNull(chain, "SEC-2: problem chain");
    Checks.notNull(kind, "SEC-2: problem kind");
  }

  @Override
  public String toString() {
    return "AuditProblem["
        + aggregate.map(AggregateRef::toString).orElse("chain " + chain)
        + " #"
        + sequence
        + ", "
        + kind
        + "]";
  }
}

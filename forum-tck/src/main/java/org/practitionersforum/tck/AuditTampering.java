package org.practitionersforum.tck;

import org.practitionersforum.api.audit.AggregateRef;

/**
 * Tampers with a store's audit trail from outside the SDK, as someone with write access to the
 * database would (for JDBC stores, with raw SQL), for {@link AuditContract}'s tampering tests. A
 * store whose test supplies none skips them.
 */
public interface AuditTampering {

  /**
   * Changes the outcome of one record, leaving its hashes as they are.
   *
   * @param chain the record's aggregate
   * @param sequence its sequence number
   * @param outcome the new outcome
   */
  void alterOutcome(AggregateRef chain, long sequence, String outcome);

  /**
   * Deletes one record.
   *
   * @param chain the record's aggregate
   * @param sequence its sequence number
   */
  void delete(AggregateRef chain, long sequence);

  /**
   * Swaps two records' places: each takes the other's sequence number.
   *
   * @param chain the records' aggregate
   * @param first one sequence number
   * @param second the other
   */
  void swap(AggregateRef chain, long first, long second);

  /**
   * Deletes a record and every later record of its chain.
   *
   * @param chain the aggregate
   * @param fromSequence the first sequence number deleted
   */
  void truncate(AggregateRef chain, long fromSequence);
}

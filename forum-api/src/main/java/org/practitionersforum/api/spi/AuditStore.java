package org.practitionersforum.api.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * Stores the audit trail (SEC-2). Part of a {@link StorageTransaction}: a record appended in a unit
 * of work is stored if and only if the unit is. Append-only: a store never changes a stored record
 * except by {@link #pseudonymise} and {@link #removeIdentities}, which replace an identifier and
 * drop its salt, and never deletes one. The SDK computes every hash; a store keeps the fields
 * exactly.
 *
 * <p>Chains: the records of one aggregate are numbered 1, 2, 3, ... and a store keeps at most one
 * record per aggregate and number, refusing a second with {@link ConcurrentUpdateException} (at the
 * latest at commit), so that two units appending to one chain at once cannot both succeed.
 */
public interface AuditStore {

  /**
   * Appends a record to its aggregate's chain.
   *
   * @param record the record, numbered one after the chain's head as this unit read it
   * @throws ConcurrentUpdateException if the chain already has a record with that number
   */
  void append(AuditRecord record);

  /**
   * Returns the newest record of an aggregate's chain, as this unit sees it (its own appends
   * included).
   *
   * @param aggregate the aggregate
   * @return the record with the highest sequence number, or empty for a new chain
   */
  Optional<AuditRecord> head(AggregateRef aggregate);

  /**
   * Returns the records a query selects after its cursor, in its order (time, then hash; newest
   * first if asked), at most {@code query.limit()}.
   *
   * @param query the query
   * @return the records
   */
  List<AuditRecord> query(AuditQuery query);

  /**
   * Returns records in chain order: by aggregate kind, then aggregate id (in the store's own order
   * of text, the same from call to call), then sequence number; starting after the given position.
   * {@code verify()} reads the whole trail this way, a page at a time.
   *
   * @param afterAggregate the aggregate of the last record of the previous page, or empty to start
   *     at the beginning
   * @param afterSequence the sequence number of that record (ignored without an aggregate)
   * @param limit the most records to return, at least 1
   * @return the records, possibly fewer than the limit only at the end
   */
  List<AuditRecord> scan(Optional<AggregateRef> afterAggregate, long afterSequence, int limit);

  /**
   * Replaces a person's identifier, wherever it is still their own, by a pseudonym, and drops its
   * salt: as the actor of any record, and as the id of their practitioner aggregate (the whole
   * chain at once, so that it stays one chain). Used by erasure (SEC-3).
   *
   * @param person the person
   * @param pseudonym the pseudonym: unique to this person's erasure
   * @return how many records changed
   */
  int pseudonymise(PersonId person, String pseudonym);

  /**
   * Replaces the actor's identifier of the records of an organisation made before an instant by a
   * pseudonym, and drops its salt, where the actor is still identified. Used by retention: the
   * records stay, and the chains still verify.
   *
   * @param organisation the organisation
   * @param before records made before this instant
   * @param pseudonym the pseudonym that replaces every such actor id
   * @return how many records changed
   */
  int removeIdentities(OrganisationId organisation, Instant before, String pseudonym);
}

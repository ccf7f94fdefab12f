package org.practitionersforum.api.spi;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The outbox of one unit of work: events written in the same transaction as their change, kept
 * until delivered. Contract, checked by the storage contract suite:
 *
 * <ul>
 *   <li>Appended records become visible to other units only when the unit commits, and never if it
 *       rolls back.
 *   <li>Positions are assigned by the store, unique and increasing; records of units that commit
 *       one after the other for the same forum get increasing positions in commit order.
 *   <li>{@link #pending} reads committed records (and the unit's own), oldest position first.
 * </ul>
 */
public interface OutboxStore {

  /**
   * Appends records, in order, each at position 0; the store assigns their positions.
   *
   * @param records the records
   * @throws org.practitionersforum.api.DuplicateException if an event id is already in the outbox
   */
  void append(List<OutboxRecord> records);

  /**
   * Reads records after a position, oldest first.
   *
   * @param afterPosition the position after which to read; 0 from the start
   * @param limit the most to return, at least 1
   * @return the records, at their stored positions
   */
  List<OutboxRecord> pending(long afterPosition, int limit);

  /**
   * Removes records by event id; ids not present are ignored.
   *
   * @param eventIds the ids
   * @return how many records were removed
   */
  int remove(Collection<UUID> eventIds);

  /**
   * Replaces the payload of a record, for erasure (SEC-3): the same event with a person's id
   * replaced by a pseudonym. Nothing else of the record changes.
   *
   * @param eventId the event's id
   * @param payload the new payload
   * @return true if the record was there
   */
  boolean replacePayload(UUID eventId, String payload);
}

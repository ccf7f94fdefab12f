package org.practitionersforum.api.spi;

import java.time.Instant;
import java.util.UUID;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;

/**
 * One event in the outbox, as stored: the SDK encodes the event; the store keeps the text and
 * assigns the position.
 *
 * @param position the store's position of the record, increasing in commit order; 0 for a record
 *     not yet stored
 * @param eventId the event's stable id
 * @param forum the forum the event concerns
 * @param type the event's type name
 * @param payload the event, encoded by the SDK (JSON)
 * @param at when the event happened
 */
public record OutboxRecord(
    long position, UUID eventId, ForumId forum, String type, String payload, Instant at) {

  /** The longest type name a store must keep. */
  public static final int MAX_TYPE_LENGTH = 64;

  /** The longest payload a store must keep. */
  public static final int MAX_PAYLOAD_LENGTH = 4000;

  /**
   * Creates a record.
   *
   * @param position the position, 0 if not yet stored
   * @param eventId the event's id
   * @param forum the forum concerned
   * @param type the event's type name
   * @param payload the encoded event
   * @param at when it happened
   * @throws org.practitionersforum.api.InvalidInputException if a value is missing or too long
   */
  public OutboxRecord {
    if (position < 0) {
      throw new InvalidInputException("an outbox position is never negative");
    }
    Checks.notNull(eventId, "event id");
    Checks.notNull(forum, "forum id");
    Checks.text(type, "event type", MAX_TYPE_LENGTH);
    Checks.notNull(payload, "event payload");
    if (payload.length() > MAX_PAYLOAD_LENGTH) {
      throw new InvalidInputException(
          "an event payload must be at most " + MAX_PAYLOAD_LENGTH + " characters long");
    }
    Checks.notNull(at, "event time");
  }

  /**
   * Returns this record at a stored position.
   *
   * @param stored the position the store assigned
   * @return the record with that position
   */
  public OutboxRecord at(long stored) {
    return new OutboxRecord(stored, eventId, forum, type, payload, at);
  }

  @Override
  public String toString() {
    return "OutboxRecord[position=" + position + ", type=" + type + ", forum=" + forum + "]";
  }
}

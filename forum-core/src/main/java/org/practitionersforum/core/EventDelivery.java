package org.practitionersforum.core;

/**
 * How the SDK delivers its events, set with {@link ForumSdk.Builder#eventDelivery}.
 *
 * <p>With either outbox mode, each event is written to the outbox table in the same transaction as
 * its change, so no committed event is lost and none of a rolled-back change is ever delivered.
 */
public enum EventDelivery {
  /**
   * The default: events are written to the outbox and delivered to the listeners once their
   * transaction commits; what a crash interrupted is delivered by {@link
   * org.practitionersforum.api.event.EventOutbox#deliverPending()}. At least once.
   */
  OUTBOX_TO_LISTENERS,
  /**
   * Events are written to the outbox and left there for the host to read with {@link
   * org.practitionersforum.api.event.EventOutbox#pending} and acknowledge, for example to forward
   * them to a message broker; listeners are called only by {@code deliverPending()}.
   */
  OUTBOX_READ_BY_HOST,
  /**
   * No outbox: events are kept in memory and delivered to the listeners after their transaction
   * commits. A crash between commit and delivery loses them. For hosts that do not need events to
   * survive a crash and want the least work per change.
   */
  AFTER_COMMIT_ONLY
}

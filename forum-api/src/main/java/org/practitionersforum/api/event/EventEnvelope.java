package org.practitionersforum.api.event;

import java.util.UUID;
import org.practitionersforum.api.internal.Checks;

/**
 * An event as delivered from the outbox: the event and its stable id. Delivery is at least once, so
 * a listener may receive the same event again (after a crash between commit and delivery, for
 * example); the id is the same each time, and hosts that must act once deduplicate by it.
 *
 * @param id the event's id, assigned when its change was stored and never reused
 * @param event the event
 */
public record EventEnvelope(UUID id, ForumEvent event) {

  /**
   * Creates an envelope.
   *
   * @param id the event's id
   * @param event the event
   * @throws org.practitionersforum.api.InvalidInputException if either is null
   */
  public EventEnvelope {
    Checks.notNull(id, "event id");
    Checks.notNull(event, "event");
  }
}

package org.practitionersforum.core.internal.tx;

import java.util.List;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.event.ForumEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to the host's listeners, in order, after their change has committed. A failing
 * listener is logged by event type only (AN-5) and does not stop the others.
 */
final class EventPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

  private final List<ForumEventListener> listeners;

  /**
   * Creates a publisher.
   *
   * @param listeners the host's listeners, in calling order
   */
  EventPublisher(List<ForumEventListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Publishes events to every listener.
   *
   * @param events the events with their ids, in order
   */
  void publish(List<EventEnvelope> events) {
    for (EventEnvelope event : events) {
      for (ForumEventListener listener : listeners) {
        try {
          listener.deliver(event);
        } catch (RuntimeException e) {
          LOG.warn(
              "an event listener failed on a {} event with {}",
              event.event().getClass().getSimpleName(),
              e.getClass().getSimpleName());
        }
      }
    }
  }
}

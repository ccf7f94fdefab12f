package org.practitionersforum.core.internal.tx;

import java.util.List;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.event.ForumEventListener;

/**
 * Delivers events to the host's listeners, in order, after their change has committed. A failing
 * listener does not stop the others; what else happens is the host's choice ({@link
 * ListenerFailures}).
 */
final class EventPublisher {
  private final List<ForumEventListener> listeners;
  private final ListenerFailures failures;

  /**
   * Creates a publisher.
   *
   * @param listeners the host's listeners, in calling order
   * @param failures what to do when a listener throws
   */
  EventPublisher(List<ForumEventListener> listeners, ListenerFailures failures) {
    this.listeners = List.copyOf(listeners);
    this.failures = failures;
  }

  /**
   * Returns what the publisher does when a listener throws.
   *
   * @return the behaviour
   */
  ListenerFailures failures() {
    return failures;
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
          failures.failed(event, e);
        }
      }
    }
  }
}

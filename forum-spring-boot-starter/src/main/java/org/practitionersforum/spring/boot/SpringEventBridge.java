package org.practitionersforum.spring.boot;

import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumEventListener;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes each event the SDK delivers as a Spring application event: the {@link ForumEvent}
 * itself, so that an {@code @EventListener} method taking {@code MemberJoined} (or any {@code
 * ForumEvent}) receives it. The SDK delivers an event once its transaction commits, so the
 * application never hears of a change that rolled back.
 *
 * <p>Thread-safe.
 */
public final class SpringEventBridge implements ForumEventListener {
  private final ApplicationEventPublisher publisher;

  /**
   * Creates the bridge.
   *
   * @param publisher the application's event publisher
   */
  public SpringEventBridge(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  /**
   * Publishes the event to the application's listeners.
   *
   * @param event the event
   */
  @Override
  public void on(ForumEvent event) {
    publisher.publishEvent(event);
  }
}

package org.practitionersforum.api.event;

/**
 * Receives the SDK's events. The host registers listeners when it builds the SDK.
 *
 * <p>Listeners are called synchronously, on the thread that made the change, after the change is
 * stored. A listener that throws does not undo the change and does not stop other listeners; the
 * failure is logged without the event's content.
 */
@FunctionalInterface
public interface ForumEventListener {

  /**
   * Called once for each event.
   *
   * @param event the event; never null
   */
  void on(ForumEvent event);
}

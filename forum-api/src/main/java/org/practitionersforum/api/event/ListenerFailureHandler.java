package org.practitionersforum.api.event;

/**
 * Told of each failure of a host's event listener, when the host chooses to handle listener
 * failures itself (see {@code ListenerFailurePolicy.handler} in forum-core).
 *
 * <p>It is called on the delivering thread, after the event's change has committed, once for each
 * listener that threw on the event; the other listeners are still called. Nothing it does can undo
 * the change. A handler that throws is logged by the exception's type only, and delivery goes on.
 */
@FunctionalInterface
public interface ListenerFailureHandler {

  /**
   * Handles one listener's failure on one event.
   *
   * @param event the event the listener failed on, with its id; never null
   * @param failure what the listener threw; never null. It is the host's own exception: the SDK has
   *     not looked into it and does not log it
   */
  void failed(EventEnvelope event, RuntimeException failure);
}

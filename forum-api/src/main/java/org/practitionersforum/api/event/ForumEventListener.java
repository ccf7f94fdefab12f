package org.practitionersforum.api.event;

/**
 * Receives the SDK's events. The host registers listeners when it builds the SDK.
 *
 * <p>Events are delivered only after the transaction that holds their change has committed, never
 * for a change that rolled back, and at least once: each event is written to the outbox in the same
 * transaction as its change and delivered from there (see {@link EventOutbox}). Listeners are
 * called synchronously, on the thread that committed the change, or on the thread that calls {@link
 * EventOutbox#deliverPending()}. A listener that throws does not undo the change and does not stop
 * other listeners. By default the failure is logged with the event's and the exception's types
 * only, never the event's content; the host may instead have it rethrown by the operation once the
 * change is committed ({@link ListenerFailedException}) or passed to its own {@link
 * ListenerFailureHandler}: see {@code ForumSdk.Builder#listenerFailures} in forum-core.
 */
@FunctionalInterface
public interface ForumEventListener {

  /**
   * Called for each event delivered.
   *
   * @param event the event; never null
   */
  void on(ForumEvent event);

  /**
   * Called for each event delivered, with its stable id; by default passes the event to {@link
   * #on(ForumEvent)}. Override it to deduplicate: an event delivered twice has the same id.
   *
   * @param envelope the event and its id; never null
   */
  default void deliver(EventEnvelope envelope) {
    on(envelope.event());
  }
}

package org.practitionersforum.core;

import org.practitionersforum.api.event.ListenerFailedException;
import org.practitionersforum.api.event.ListenerFailureHandler;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.core.internal.tx.ListenerFailures;

/**
 * What the SDK does when a host's event listener throws, set with {@link
 * ForumSdk.Builder#listenerFailures}.
 *
 * <p>Whatever the policy, listeners are called only after their change has committed, a failing
 * listener never rolls the change back, and the other listeners are still called with every event.
 * The policy decides only how the host learns of the failure:
 *
 * <ul>
 *   <li>{@link #LOG}, the default: a warning is logged with the event's type and the exception's
 *       type only (AN-5), and the operation returns normally;
 *   <li>{@link #RETHROW_AFTER_COMMIT}: once every listener has been called, the operation that made
 *       the change throws a {@link ListenerFailedException} with the listener's exception as its
 *       cause, and so does {@link org.practitionersforum.api.event.EventOutbox#deliverPending()}.
 *       The change stands: do not retry the operation. When the SDK works inside the host's own
 *       transaction, events are delivered when that transaction commits, after the operation has
 *       returned; failures there are logged as under {@link #LOG};
 *   <li>{@link #handler(ListenerFailureHandler)}: the host's handler is called with the event and
 *       the exception, on the delivering thread, and the operation returns normally.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ListenerFailurePolicy {

  /** The default: log the failure by type, without the event's content, and go on. */
  public static final ListenerFailurePolicy LOG = new ListenerFailurePolicy(ListenerFailures.log());

  /** Rethrow from the operation, as a {@link ListenerFailedException}, once delivery is done. */
  public static final ListenerFailurePolicy RETHROW_AFTER_COMMIT =
      new ListenerFailurePolicy(ListenerFailures.rethrow());

  private final ListenerFailures failures;

  private ListenerFailurePolicy(ListenerFailures failures) {
    this.failures = failures;
  }

  /**
   * Returns a policy that passes each listener failure to the host's handler.
   *
   * @param handler the handler
   * @return the policy
   * @throws org.practitionersforum.api.InvalidInputException if the handler is null
   */
  public static ListenerFailurePolicy handler(ListenerFailureHandler handler) {
    return new ListenerFailurePolicy(
        ListenerFailures.handler(Checks.notNull(handler, "listener failure handler")));
  }

  /**
   * Returns what the event publisher does on a failure.
   *
   * @return the internal form
   */
  ListenerFailures failures() {
    return failures;
  }

  @Override
  public String toString() {
    return "ListenerFailurePolicy[" + failures + "]";
  }
}

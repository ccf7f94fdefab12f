package org.practitionersforum.api.event;

import org.practitionersforum.api.ErrorCode;
import org.practitionersforum.api.ForumException;

/**
 * Thrown, when the host chose to have listener failures rethrown ({@code
 * ListenerFailurePolicy.RETHROW_AFTER_COMMIT} in forum-core), by the operation whose events a
 * listener failed on. The operation's change <em>was committed</em> and stands, and every other
 * listener was still called with every event: the exception reports, it does not undo.
 *
 * <p>Its cause is the first listener failure; any later ones are attached as suppressed exceptions.
 * The causes are the host's own exceptions; this exception's message names no event content and no
 * person.
 */
public final class ListenerFailedException extends ForumException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The number of listener calls that failed. */
  private final int failures;

  /**
   * Creates the exception.
   *
   * @param first the first listener failure
   * @param failures how many listener calls failed, at least 1
   */
  public ListenerFailedException(RuntimeException first, int failures) {
    super(
        ErrorCode.LISTENER_FAILED,
        failures
            + (failures == 1 ? " event listener call" : " event listener calls")
            + " failed after the change was committed; the change stands",
        first);
    this.failures = failures;
  }

  /**
   * Returns how many listener calls failed.
   *
   * @return at least 1
   */
  public int failures() {
    return failures;
  }
}

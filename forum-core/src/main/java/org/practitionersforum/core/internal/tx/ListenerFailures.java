package org.practitionersforum.core.internal.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.event.ListenerFailedException;
import org.practitionersforum.api.event.ListenerFailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the event publisher does when a host's listener throws: log it, collect it to be rethrown by
 * the operation once delivery is done, or pass it to the host's handler. The public form is {@code
 * ListenerFailurePolicy}. Logs name the event's type and the exception's type only (AN-5).
 *
 * <p>Thread-safe: the failures an operation collects are kept per thread.
 */
public final class ListenerFailures {
  private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

  /** The failures collected for the operation running on this thread, if it collects. */
  private static final ThreadLocal<List<RuntimeException>> COLLECTED = new ThreadLocal<>();

  private final String name;
  private final boolean rethrow;
  private final ListenerFailureHandler handler;

  private ListenerFailures(String name, boolean rethrow, ListenerFailureHandler handler) {
    this.name = name;
    this.rethrow = rethrow;
    this.handler = handler;
  }

  /**
   * Returns the default: log each failure by type and go on.
   *
   * @return the behaviour
   */
  public static ListenerFailures log() {
    return new ListenerFailures("LOG", false, null);
  }

  /**
   * Returns the behaviour that rethrows from the operation once delivery is done.
   *
   * @return the behaviour
   */
  public static ListenerFailures rethrow() {
    return new ListenerFailures("RETHROW_AFTER_COMMIT", true, null);
  }

  /**
   * Returns the behaviour that passes each failure to the host's handler.
   *
   * @param handler the handler
   * @return the behaviour
   */
  public static ListenerFailures handler(ListenerFailureHandler handler) {
    return new ListenerFailures("HANDLER", false, handler);
  }

  /**
   * Deals with one listener's failure on one event.
   *
   * @param event the event
   * @param failure what the listener threw
   */
  void failed(EventEnvelope event, RuntimeException failure) {
    if (handler != null) {
      try {
        handler.failed(event, failure);
      } catch (RuntimeException e) {
        LOG.warn(
            "the listener failure handler failed on a {} event with {}",
            event.event().getClass().getSimpleName(),
            e.getClass().getSimpleName());
      }
      return;
    }
    List<RuntimeException> collected = COLLECTED.get();
    if (rethrow && collected != null) {
      collected.add(failure);
      return;
    }
    LOG.warn(
        "an event listener failed on a {} event with {}",
        event.event().getClass().getSimpleName(),
        failure.getClass().getSimpleName());
  }

  /**
   * Runs an operation whose events may be delivered on this thread before it returns; when this
   * behaviour rethrows and a listener failed, throws once the operation is done.
   *
   * @param operation the operation
   * @param <T> its result type
   * @return its result
   * @throws ListenerFailedException if a listener failed and this behaviour rethrows; the
   *     operation's change stands
   */
  <T> T collecting(Supplier<T> operation) {
    if (!rethrow) {
      return operation.get();
    }
    List<RuntimeException> outer = COLLECTED.get();
    List<RuntimeException> mine = new ArrayList<>();
    COLLECTED.set(mine);
    T result;
    try {
      result = operation.get();
    } finally {
      if (outer == null) {
        COLLECTED.remove();
      } else {
        COLLECTED.set(outer);
      }
    }
    if (!mine.isEmpty()) {
      ListenerFailedException failed = new ListenerFailedException(mine.get(0), mine.size());
      for (RuntimeException later : mine.subList(1, mine.size())) {
        failed.addSuppressed(later);
      }
      throw failed;
    }
    return result;
  }

  @Override
  public String toString() {
    return name;
  }
}

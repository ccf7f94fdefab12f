package org.practitionersforum.api.internal;

/**
 * Stands in, as the cause of an SDK exception, for a parsing or formatting exception whose message
 * may quote the input (SEC-4, AN-5): it keeps the original's class name, a location the caller
 * gives, and the stack trace, but neither the original's message nor its causes.
 */
public final class SanitisedCause extends RuntimeException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  private SanitisedCause(String message) {
    super(message, null, false, true);
  }

  /**
   * Returns a cause that names the original's class and the given location only.
   *
   * @param original the exception that may quote input
   * @param location where in the input it happened, such as "line 1, column 9", or null
   * @return the sanitised cause, with the original's stack trace
   */
  public static SanitisedCause of(Throwable original, String location) {
    String name = original.getClass().getName();
    SanitisedCause cause = new SanitisedCause(location == null ? name : name + " at " + location);
    cause.setStackTrace(original.getStackTrace());
    return cause;
  }
}

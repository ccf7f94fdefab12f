package org.practitionersforum.api;

/**
 * An argument was missing, blank, malformed or out of range. Thrown before anything is stored, so
 * stored state is unchanged (SEC-4).
 */
public class InvalidInputException extends ForumException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, in plain English, free of personal data
   */
  public InvalidInputException(String message) {
    super(ErrorCode.INVALID_INPUT, message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what was wrong, in plain English, free of personal data
   * @param cause the underlying cause
   */
  public InvalidInputException(String message, Throwable cause) {
    super(ErrorCode.INVALID_INPUT, message, cause);
  }
}

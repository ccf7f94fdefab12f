package org.practitionersforum.api;

import java.util.Objects;

/**
 * The root of every exception the SDK throws. Unchecked; each instance carries a stable {@link
 * ErrorCode}.
 *
 * <p>Messages are written for the host's developers and for end users alike: plain English, naming
 * the rule concerned where there is one. They never contain personal data (names, identifiers of
 * people, free text written by practitioners), so they are safe to log.
 */
public class ForumException extends RuntimeException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The stable code of this failure. */
  private final ErrorCode code;

  /**
   * Creates an exception.
   *
   * @param code the stable error code; never null
   * @param message a plain-English message free of personal data
   */
  public ForumException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Creates an exception with a cause.
   *
   * @param code the stable error code; never null
   * @param message a plain-English message free of personal data
   * @param cause the underlying cause, possibly null
   */
  public ForumException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Returns the stable code of this failure.
   *
   * @return the error code, never null
   */
  public ErrorCode code() {
    return code;
  }
}

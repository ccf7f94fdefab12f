package org.practitionersforum.api.spi;

import org.practitionersforum.api.ErrorCode;
import org.practitionersforum.api.ForumException;

/**
 * Storage failed. Says whether the same operation may succeed if retried (a lost connection, a
 * serialization failure, a deadlock) or not (a broken schema, a constraint the SDK did not expect).
 * Storage implementations never let their own exceptions (such as {@code SQLException}) escape:
 * they wrap them in this type, with a message free of personal data.
 */
public class StorageException extends ForumException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** Whether retrying may succeed. */
  private final boolean retryable;

  /**
   * Creates the exception.
   *
   * @param message what failed, free of personal data and SQL text
   * @param retryable whether retrying may succeed
   * @param cause the underlying cause
   */
  public StorageException(String message, boolean retryable, Throwable cause) {
    this(ErrorCode.STORAGE_FAILURE, message, retryable, cause);
  }

  /**
   * Creates the exception with a specific code, for subclasses.
   *
   * @param code the error code
   * @param message what failed, free of personal data and SQL text
   * @param retryable whether retrying may succeed
   * @param cause the underlying cause, possibly null
   */
  protected StorageException(ErrorCode code, String message, boolean retryable, Throwable cause) {
    super(code, message, cause);
    this.retryable = retryable;
  }

  /**
   * Tells whether retrying the same operation may succeed.
   *
   * @return true if the failure is transient
   */
  public boolean retryable() {
    return retryable;
  }
}

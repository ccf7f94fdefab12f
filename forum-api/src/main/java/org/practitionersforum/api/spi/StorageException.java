package org.practitionersforum.api.spi;

import org.practitionersforum.api.ErrorCode;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.InvalidInputException;

/**
 * Storage failed. Says whether the same operation may succeed if retried (a lost connection, a
 * serialization failure, a deadlock) or not (a broken schema, a constraint the SDK did not expect),
 * and, for a retryable failure inside a transaction the host owns, that only the host can retry it
 * ({@link #retryableByHostOnly()}). Storage implementations never let their own exceptions (such as
 * {@code SQLException}) escape: they wrap them in this type, with a message free of personal data.
 */
public class StorageException extends ForumException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** Whether retrying may succeed. */
  private final boolean retryable;

  /** Whether only re-running the host's whole transaction may succeed. */
  private final boolean byHostOnly;

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
    this(code, message, retryable, false, cause);
  }

  private StorageException(
      ErrorCode code, String message, boolean retryable, boolean byHostOnly, Throwable cause) {
    super(code, message, cause);
    this.retryable = retryable;
    this.byHostOnly = byHostOnly;
  }

  /**
   * Returns the failure to report when a retryable failure happens inside a transaction the host
   * owns (a storage joined to the host's transaction): the host's transaction cannot succeed any
   * more as it stands, so the SDK must not retry inside it, and the host may retry by rolling back
   * and running its whole transaction again. The result keeps the failure's error code and message,
   * has the failure as its cause, and says {@link #retryable()} and {@link #retryableByHostOnly()}.
   *
   * @param failure the retryable failure the storage met inside the host's transaction
   * @return the failure to throw instead
   * @throws InvalidInputException if the failure is not retryable
   */
  public static StorageException inHostTransaction(StorageException failure) {
    if (!failure.retryable()) {
      throw new InvalidInputException(
          "SEC-4: only a retryable storage failure can be retried by the host");
    }
    return new StorageException(
        failure.code(),
        failure.getMessage()
            + "; inside the host's transaction: roll it back and run it again to retry",
        true,
        true,
        failure);
  }

  /**
   * Tells whether retrying the same operation may succeed.
   *
   * @return true if the failure is transient
   */
  public boolean retryable() {
    return retryable;
  }

  /**
   * Tells whether the failure is retryable only by re-running the whole transaction of the host it
   * happened in (see {@link #inHostTransaction}). The SDK never retries such a failure itself: it
   * reports it at once. A host that gets one rolls its transaction back and runs it again.
   *
   * @return true if only the host can retry; then {@link #retryable()} is true as well
   */
  public boolean retryableByHostOnly() {
    return byHostOnly;
  }
}

package org.practitionersforum.api.spi;

import org.practitionersforum.api.ErrorCode;

/**
 * A record was changed by someone else since it was read: its stored version is no longer the
 * version the update was based on. Retryable: the services retry a bounded number of times,
 * re-reading and re-checking the rules each time.
 */
public class ConcurrentUpdateException extends StorageException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what which kind of record, for example "forum"
   */
  public ConcurrentUpdateException(String what) {
    super(
        ErrorCode.CONCURRENT_UPDATE,
        "the " + what + " was changed by someone else; retry",
        true,
        null);
  }
}

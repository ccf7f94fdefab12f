package org.practitionersforum.api;

/**
 * Stable codes for every kind of failure the SDK reports. Codes never change meaning between
 * releases, so hosts may switch on them, log them and translate them.
 */
public enum ErrorCode {
  /** An argument was missing, blank, malformed or out of range (SEC-4). */
  INVALID_INPUT,
  /** A referenced forum, practitioner or record does not exist. */
  NOT_FOUND,
  /** The acting party's role or identity does not allow the operation (SEC-1, FR-2, TR-6). */
  PERMISSION_DENIED,
  /** One or more domain rules refused the operation; see {@link RuleViolationException}. */
  RULE_VIOLATION,
  /** A record was changed by someone else since it was read; retrying may succeed. */
  CONCURRENT_UPDATE,
  /** A record with the same identity already exists. */
  DUPLICATE,
  /**
   * The storage failed; {@link org.practitionersforum.api.spi.StorageException#retryable()} says
   * whether to retry.
   */
  STORAGE_FAILURE,
  /**
   * A host's event listener threw after the change was committed, and the host chose to have that
   * rethrown; see {@link org.practitionersforum.api.event.ListenerFailedException}. The change
   * stands.
   */
  LISTENER_FAILED
}

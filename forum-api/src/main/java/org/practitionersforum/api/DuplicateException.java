package org.practitionersforum.api;

/** A record with the same identity already exists; nothing was changed. */
public class DuplicateException extends ForumException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which kind of record already exists, free of personal data
   */
  public DuplicateException(String message) {
    super(ErrorCode.DUPLICATE, message);
  }
}

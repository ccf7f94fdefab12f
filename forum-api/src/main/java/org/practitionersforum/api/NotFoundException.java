package org.practitionersforum.api;

/** A referenced record does not exist (or is not visible to the acting party). */
public class NotFoundException extends ForumException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which kind of record was not found, free of personal data
   */
  public NotFoundException(String message) {
    super(ErrorCode.NOT_FOUND, message);
  }
}

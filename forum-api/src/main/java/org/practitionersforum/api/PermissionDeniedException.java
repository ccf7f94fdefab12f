package org.practitionersforum.api;

/**
 * The acting party may not perform the operation: their role or identity does not allow it (SEC-1),
 * for example a manager trying to add a member (FR-2) or to edit terms of reference (TR-6).
 */
public class PermissionDeniedException extends ForumException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The tag of the rule that forbids the operation. */
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param rule the tag of the rule that forbids the operation, for example {@code "FR-2"}
   * @param message a plain-English explanation, free of personal data
   */
  public PermissionDeniedException(String rule, String message) {
    super(ErrorCode.PERMISSION_DENIED, rule + ": " + message);
    this.rule = rule;
  }

  /**
   * Returns the tag of the rule that forbids the operation.
   *
   * @return a rule tag such as {@code "FR-2"}
   */
  public String rule() {
    return rule;
  }
}

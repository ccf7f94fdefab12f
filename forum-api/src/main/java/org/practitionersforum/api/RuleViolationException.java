package org.practitionersforum.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The operation broke one or more domain rules. Carries every violation found at once, each with
 * its stable code and plain-English explanation. Nothing was stored.
 */
public class RuleViolationException extends ForumException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations every violation found; at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public RuleViolationException(List<Violation> violations) {
    super(ErrorCode.RULE_VIOLATION, summary(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the exception for a single violation.
   *
   * @param code the violation code
   * @param explanation the explanation, without the rule tag
   */
  public RuleViolationException(ViolationCode code, String explanation) {
    this(List.of(Violation.of(code, explanation)));
  }

  private static String summary(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a rule violation needs at least one violation");
    }
    return violations.stream().map(Violation::message).collect(Collectors.joining("; "));
  }

  /**
   * Returns every violation found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Tells whether a violation with the given code is among those found.
   *
   * @param code the code to look for
   * @return true if present
   */
  public boolean has(ViolationCode code) {
    return violations.stream().anyMatch(v -> v.code() == code);
  }
}

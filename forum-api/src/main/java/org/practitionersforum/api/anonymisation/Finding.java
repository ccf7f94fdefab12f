package org.practitionersforum.api.anonymisation;

import java.util.Objects;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * One identifier found and replaced (AN-3): where it was in the original text, where its
 * replacement is in the output, its type, the rule that found it, the rule's confidence, the
 * operator applied and the replacement written. A finding never holds the original text, so it is
 * safe to store, log and show to anyone who may see the output.
 *
 * @param start the index of the first character in the original text
 * @param end the index after the last character in the original text
 * @param outputStart the index of the replacement's first character in the output
 * @param outputEnd the index after the replacement's last character in the output
 * @param type the identifier type
 * @param rule the id of the rule that found it, such as {@code directory.surname} or {@code
 *     nhs-number}; {@code reviewer} for a span a reviewer added
 * @param confidence how sure the rule is
 * @param operator the operator applied
 * @param replacement the text written in the output
 */
public record Finding(
    int start,
    int end,
    int outputStart,
    int outputEnd,
    IdentifierType type,
    String rule,
    Confidence confidence,
    Operator operator,
    String replacement) {

  /**
   * Creates a finding.
   *
   * @param start the index of the first character in the original text
   * @param end the index after the last character in the original text
   * @param outputStart the index of the replacement's first character in the output
   * @param outputEnd the index after the replacement's last character in the output
   * @param type the identifier type
   * @param rule the id of the rule that found it, such as {@code directory.surname} or {@code
   *     nhs-number}; {@code reviewer} for a span a reviewer added
   * @param confidence how sure the rule is
   * @param operator the operator applied
   * @param replacement the text written in the output
   * @throws InvalidInputException if a span is empty or negative, or an attribute is missing
   */
  public Finding {
    if (start < 0 || end <= start || outputStart < 0 || outputEnd < outputStart) {
      throw new InvalidInputException("AN-3: a finding must cover a non-empty span");
    }
    Checks.notNull(type, "identifier type");
    Checks.notNull(rule, "rule");
    Checks.notNull(confidence, "confidence");
    Checks.notNull(operator, "operator");
    Checks.notNull(replacement, "replacement");
  }

  /**
   * Returns the length of the span in the original text.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Tells whether this finding covers exactly the same original span and type as another.
   *
   * @param other the other finding
   * @return true if span and type are equal
   */
  public boolean sameSpan(Finding other) {
    return other != null && start == other.start && end == other.end && type == other.type;
  }

  /** Shows span, type, rule, confidence, operator and replacement: never the original text. */
  @Override
  public String toString() {
    return "Finding["
        + start
        + ".."
        + end
        + " "
        + type
        + " rule="
        + rule
        + " confidence="
        + confidence
        + " operator="
        + operator
        + " -> "
        + replacement
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && start == f.start
        && end == f.end
        && outputStart == f.outputStart
        && outputEnd == f.outputEnd
        && type == f.type
        && rule.equals(f.rule)
        && confidence == f.confidence
        && operator == f.operator
        && replacement.equals(f.replacement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, type, rule, operator);
  }
}

package org.practitionersforum.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One broken rule: a stable {@link ViolationCode} and a plain-English explanation that names the
 * rule. Explanations never contain personal data.
 *
 * @param code the stable code
 * @param message the plain-English explanation, starting with the rule tag
 */
public record Violation(
    @JsonProperty("code") ViolationCode code, @JsonProperty("message") String message) {

  /**
   * Creates a violation.
   *
   * @param code the stable code
   * @param message the plain-English explanation, starting with the rule tag
   * @throws NullPointerException if either argument is null
   */
  @JsonCreator
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a violation whose message is prefixed with the code's rule tag.
   *
   * @param code the stable code
   * @param explanation the explanation without the rule tag
   * @return the violation
   */
  public static Violation of(ViolationCode code, String explanation) {
    return new Violation(code, code.rule() + ": " + explanation);
  }

  /**
   * Returns the tag of the rule broken, for example {@code "FR-4"}.
   *
   * @return the rule tag
   */
  @JsonIgnore
  public String rule() {
    return code.rule();
  }
}

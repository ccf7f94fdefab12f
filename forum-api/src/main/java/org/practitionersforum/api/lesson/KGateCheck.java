package org.practitionersforum.api.lesson;

import java.util.Optional;
import org.practitionersforum.api.internal.Checks;

/**
 * The answer of the k-gate (AN-4) for a lesson at a tier and a disclosure, as a reviewer may ask
 * for it before publishing. It never says how many people share the attribution.
 *
 * @param tier the tier
 * @param disclosure the disclosure checked
 * @param k the organisation's k
 * @param passes whether at least k people of the tier's audience share the attribution
 * @param suggestion the least generalisation of the disclosure that passes, on the ladder of {@link
 *     Disclosure#ladder()}: the disclosure itself when it passes, empty when none does
 */
public record KGateCheck(
    Tier tier, Disclosure disclosure, int k, boolean passes, Optional<Disclosure> suggestion) {

  /**
   * Creates an answer.
   *
   * @param tier the tier
   * @param disclosure the disclosure checked
   * @param k the organisation's k
   * @param passes whether the disclosure passes
   * @param suggestion the least generalisation that passes, or empty
   * @throws org.practitionersforum.api.InvalidInputException naming AN-4 if an argument is missing,
   *     or a passing disclosure is not its own suggestion
   */
  public KGateCheck {
    Checks.notNull(tier, "tier");
    Checks.notNull(disclosure, "disclosure");
    Checks.notNull(suggestion, "suggestion");
    if (passes && !suggestion.equals(Optional.of(disclosure))) {
      throw new org.practitionersforum.api.InvalidInputException(
          "AN-4: a disclosure that passes is its own suggestion");
    }
  }
}

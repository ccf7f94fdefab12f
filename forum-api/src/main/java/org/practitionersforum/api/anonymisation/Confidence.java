package org.practitionersforum.api.anonymisation;

/**
 * How sure the rule that found an identifier is. Findings at or above {@link
 * AnonymiserSettings#minimumConfidence()} (by default every finding) are applied, the others held
 * for review; a reviewer should look first at {@link #LOW} ones (see {@link
 * AnonymisationReport#needsReview()} and {@link AnonymisationReport#heldForReview()}).
 */
public enum Confidence {
  /** Found by a heuristic (a title, a capitalised name pair, a signature line). */
  LOW,
  /**
   * Found by a pattern that is valid but ambiguous (a date without a year, an NI number without its
   * suffix).
   */
  MEDIUM,
  /** Found in the directory, validated by a checksum or format rule, or added by a reviewer. */
  HIGH
}

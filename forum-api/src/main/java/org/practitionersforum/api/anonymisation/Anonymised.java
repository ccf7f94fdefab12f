package org.practitionersforum.api.anonymisation;

import org.practitionersforum.api.internal.Checks;

/**
 * The result of one anonymisation run: the de-identified text and the report of what was found and
 * done. Immutable and thread-safe. {@code toString()} shows counts only.
 *
 * @param text the de-identified text
 * @param report the report
 */
public record Anonymised(String text, AnonymisationReport report) {
  /**
   * Creates a result.
   *
   * @param text the de-identified text
   * @param report the report
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public Anonymised {
    Checks.notNull(text, "anonymised text");
    Checks.notNull(report, "report");
  }

  /** Shows the output length and the report's counts only. */
  @Override
  public String toString() {
    return "Anonymised[length=" + text.length() + ", report=" + report + "]";
  }
}

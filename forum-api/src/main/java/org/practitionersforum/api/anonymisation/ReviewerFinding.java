package org.practitionersforum.api.anonymisation;

/**
 * A finding with the original text it covers, for a human reviewer only (AN-3). Obtained from
 * {@link AnonymisationReport#reviewerView(CharSequence)}; never store or log it. {@link
 * #toString()} hides the original text.
 *
 * @param finding the finding
 * @param original the original text of the span
 */
public record ReviewerFinding(Finding finding, String original) {
  /** Shows the finding only, never the original text. */
  @Override
  public String toString() {
    return "ReviewerFinding[" + finding + ", original=****]";
  }
}

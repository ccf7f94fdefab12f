package org.practitionersforum.api.lesson;

import java.util.Optional;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.internal.Checks;

/**
 * One finding of the anonymiser's run over a lesson's section for a tier (LS-3, AN-3): the section,
 * the finding (its spans, type, rule, confidence, operator and replacement, never the original
 * text), whether it was held for review rather than applied, and the reviewer's decision. A finding
 * needs a decision when it was held, or applied at {@link Confidence#LOW} confidence.
 *
 * @param section the section the finding is in
 * @param finding the finding, holding no original text
 * @param held true if the anonymiser held it for review instead of applying it
 * @param decision the reviewer's decision, or empty while undecided
 */
public record TierFinding(
    LessonSection section, Finding finding, boolean held, Optional<FindingDecision> decision) {

  /**
   * Creates a tier finding.
   *
   * @param section the section the finding is in
   * @param finding the finding
   * @param held true if the anonymiser held it for review instead of applying it
   * @param decision the reviewer's decision, or empty while undecided
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public TierFinding {
    Checks.notNull(section, "section");
    Checks.notNull(finding, "finding");
    Checks.notNull(decision, "decision");
  }

  /**
   * Tells whether a reviewer must decide this finding before the tier can be cleared: it was held,
   * or applied at low confidence.
   *
   * @return true if it needs a decision
   */
  public boolean needsDecision() {
    return held || finding.confidence() == Confidence.LOW;
  }

  /**
   * Returns this finding with a decision.
   *
   * @param made the decision
   * @return a copy with the decision
   */
  public TierFinding decided(FindingDecision made) {
    return new TierFinding(section, finding, held, Optional.of(Checks.notNull(made, "decision")));
  }
}

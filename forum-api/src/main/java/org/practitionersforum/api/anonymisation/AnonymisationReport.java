package org.practitionersforum.api.anonymisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * What one anonymisation run found and did (AN-3): every applied finding in text order, the
 * findings a reviewer rejected, the findings held for review because they fell below the minimum
 * confidence, the findings left in clear because they were allow-listed, the types whose detection
 * was switched off, the minimum confidence, and the length of the original text. A held or
 * allow-listed finding's output span is where its text stands, unchanged, in the output, and its
 * replacement is empty: nothing was written. Holds no identifier in clear; only {@link
 * #reviewerView(CharSequence)}, given the original text, shows what was found. Immutable and
 * thread-safe.
 */
public final class AnonymisationReport {
  private final int sourceLength;
  private final List<Finding> findings;
  private final List<Finding> rejected;
  private final List<Finding> held;
  private final List<Finding> allowed;
  private final Set<IdentifierType> disabledTypes;
  private final Confidence minimumConfidence;

  /**
   * Creates a report of a run with no controls: nothing held or allow-listed, every type detected.
   *
   * @param sourceLength the length of the original text in chars
   * @param findings the applied findings in text order, not overlapping
   * @param rejected the findings a reviewer rejected
   * @throws InvalidInputException if an argument is missing, a finding lies outside the text, or
   *     applied findings overlap
   */
  public AnonymisationReport(int sourceLength, List<Finding> findings, List<Finding> rejected) {
    this(
        sourceLength,
        findings,
        rejected,
        List.of(),
        List.of(),
        EnumSet.noneOf(IdentifierType.class),
        Confidence.LOW);
  }

  /**
   * Creates a report.
   *
   * @param sourceLength the length of the original text in chars
   * @param findings the applied findings in text order, not overlapping
   * @param rejected the findings a reviewer rejected
   * @param held the findings below the minimum confidence, left in clear, in text order
   * @param allowed the findings left in clear because they lie within an allow-listed term, in text
   *     order
   * @param disabledTypes the types whose detection was switched off
   * @param minimumConfidence the lowest confidence applied
   * @throws InvalidInputException if an argument is missing, a finding lies outside the text, or
   *     applied findings overlap
   */
  public AnonymisationReport(
      int sourceLength,
      List<Finding> findings,
      List<Finding> rejected,
      List<Finding> held,
      List<Finding> allowed,
      Set<IdentifierType> disabledTypes,
      Confidence minimumConfidence) {
    if (sourceLength < 0) {
      throw new InvalidInputException("AN-3: a report's text length must not be negative");
    }
    this.sourceLength = sourceLength;
    this.findings = List.copyOf(Checks.noNulls(findings, "findings"));
    this.rejected = List.copyOf(Checks.noNulls(rejected, "rejected findings"));
    this.held = List.copyOf(Checks.noNulls(held, "held findings"));
    this.allowed = List.copyOf(Checks.noNulls(allowed, "allow-listed findings"));
    Checks.noNulls(disabledTypes, "disabled types");
    this.disabledTypes =
        Collections.unmodifiableSet(
            disabledTypes.isEmpty()
                ? EnumSet.noneOf(IdentifierType.class)
                : EnumSet.copyOf(disabledTypes));
    this.minimumConfidence = Checks.notNull(minimumConfidence, "minimum confidence");
    for (Finding f : this.held) {
      inText(f, sourceLength);
    }
    for (Finding f : this.allowed) {
      inText(f, sourceLength);
    }
    int last = 0;
    for (Finding f : this.findings) {
      if (f.start() < last || f.end() > sourceLength) {
        throw new InvalidInputException(
            "AN-3: a report's findings must lie within the text, in order, without overlapping");
      }
      last = f.end();
    }
  }

  private static void inText(Finding f, int sourceLength) {
    if (f.end() > sourceLength) {
      throw new InvalidInputException("AN-3: a report's findings must lie within the text");
    }
  }

  /**
   * Returns the length of the original text.
   *
   * @return the length in chars
   */
  public int sourceLength() {
    return sourceLength;
  }

  /**
   * Returns the applied findings in text order.
   *
   * @return the findings, unmodifiable
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings a reviewer rejected; their text was left as written.
   *
   * @return the rejected findings, unmodifiable
   */
  public List<Finding> rejected() {
    return rejected;
  }

  /**
   * Returns the findings below the minimum confidence: reported for review, not applied. Their text
   * is left in clear; a reviewer who agrees with one adds its span in a {@link Review}.
   *
   * @return the held findings in text order, unmodifiable
   */
  public List<Finding> heldForReview() {
    return held;
  }

  /**
   * Returns the findings left in clear because they lie within an allow-listed term.
   *
   * @return the allow-listed findings in text order, unmodifiable
   */
  public List<Finding> allowListed() {
    return allowed;
  }

  /**
   * Returns the identifier types whose detection was switched off for this run.
   *
   * @return the types, unmodifiable
   */
  public Set<IdentifierType> disabledTypes() {
    return disabledTypes;
  }

  /**
   * Returns the lowest confidence of a finding applied in this run.
   *
   * @return the minimum confidence
   */
  public Confidence minimumConfidence() {
    return minimumConfidence;
  }

  /**
   * Returns the applied findings a reviewer should check first: those of {@link Confidence#LOW}.
   *
   * @return the low-confidence findings in text order
   */
  public List<Finding> needsReview() {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.confidence() == Confidence.LOW) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Counts the applied findings per type.
   *
   * @return the counts of the types found, in type order
   */
  public Map<IdentifierType, Integer> counts() {
    Map<IdentifierType, Integer> counts = new EnumMap<>(IdentifierType.class);
    for (Finding f : findings) {
      counts.merge(f.type(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Returns the findings with the original text each covers, for a human reviewer. The result holds
   * identifiers in clear: show it only to the reviewer, never store or log it.
   *
   * @param original the text this report was made from
   * @return the applied findings with their original text, in text order
   * @throws InvalidInputException if the text is null or not the length of the original
   */
  public List<ReviewerFinding> reviewerView(CharSequence original) {
    Checks.notNull(original, "original text");
    if (original.length() != sourceLength) {
      throw new InvalidInputException(
          "AN-3: the text given is not the one this report was made from");
    }
    List<ReviewerFinding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(new ReviewerFinding(f, original.subSequence(f.start(), f.end()).toString()));
    }
    return List.copyOf(out);
  }

  /** Shows counts only. */
  @Override
  public String toString() {
    return "AnonymisationReport[length="
        + sourceLength
        + ", findings="
        + counts()
        + ", needsReview="
        + needsReview().size()
        + ", rejected="
        + rejected.size()
        + ", heldForReview="
        + held.size()
        + ", allowListed="
        + allowed.size()
        + ", disabledTypes="
        + disabledTypes
        + ", minimumConfidence="
        + minimumConfidence
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnonymisationReport r
        && sourceLength == r.sourceLength
        && findings.equals(r.findings)
        && rejected.equals(r.rejected)
        && held.equals(r.held)
        && allowed.equals(r.allowed)
        && disabledTypes.equals(r.disabledTypes)
        && minimumConfidence == r.minimumConfidence;
  }

  @Override
  public int hashCode() {
    return findings.hashCode() * 31 + sourceLength;
  }
}

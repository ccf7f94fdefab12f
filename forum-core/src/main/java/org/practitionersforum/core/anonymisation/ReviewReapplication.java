package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.anonymisation.AnonymisationReport;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.Review;

/**
 * Applies a reviewer's corrections to an earlier run (AN-3): the spans the reviewer added are kept
 * first, then the report's findings that were not rejected and do not overlap them. A span the
 * detectors also found keeps what they knew (its entity, a date's month), so it renders as it would
 * have. Immutable and thread-safe.
 */
final class ReviewReapplication {
  private final TextScan scan;
  private final Renderer renderer;
  private final Controls controls;

  ReviewReapplication(TextScan scan, Renderer renderer, Controls controls) {
    this.scan = scan;
    this.renderer = renderer;
    this.controls = controls;
  }

  /**
   * Renders the text again with the review applied.
   *
   * @param text the text the report was made from
   * @param report the earlier run's report
   * @param review the reviewer's additions and rejections
   * @return the text anonymised again, with the rejected findings in its report
   * @throws InvalidInputException if the text is not the report's, a rejected finding is not in the
   *     report, an added span lies outside the text, or two added spans overlap
   */
  Anonymised apply(String text, AnonymisationReport report, Review review) {
    if (text.length() != report.sourceLength()) {
      throw new InvalidInputException(
          "AN-3: the text given is not the one the report was made from");
    }
    for (Finding rejection : review.rejections()) {
      if (report.findings().stream().noneMatch(f -> f.sameSpan(rejection))) {
        throw new InvalidInputException("AN-3: a rejected finding is not in the report");
      }
    }
    List<Hit> scanned = controls.beforeResolve(text, scan.scan(text));
    Map<Long, Hit> detected = new HashMap<>();
    // Resolved hits first: a finding widened over a losing hit has no scanned hit of its span.
    for (Hit hit : Overlaps.resolve(scanned)) {
      detected.putIfAbsent(spanKey(hit.start, hit.end, hit.type), hit);
    }
    for (Hit hit : scanned) {
      detected.putIfAbsent(spanKey(hit.start, hit.end, hit.type), hit);
    }
    List<Hit> additions = new ArrayList<>();
    for (Review.Addition addition : review.additions()) {
      if (addition.end() > text.length()) {
        throw new InvalidInputException("AN-3: a reviewer's span lies outside the text");
      }
      Hit hit =
          new Hit(addition.start(), addition.end(), addition.type(), "reviewer", Confidence.HIGH);
      Hit known = detected.get(spanKey(addition.start(), addition.end(), addition.type()));
      if (known != null) {
        hit.copyDetailsFrom(known);
      } else {
        hit.key = Fold.fold(text.substring(addition.start(), addition.end()));
      }
      additions.add(hit);
    }
    List<Hit> kept = new ArrayList<>(additions);
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    for (Hit hit : additions) {
      if (overlaps(taken, hit)) {
        throw new InvalidInputException("AN-3: a reviewer's added spans overlap each other");
      }
      taken.put(hit.start, hit.end);
    }
    List<Finding> rejected = new ArrayList<>(report.rejected());
    for (Finding finding : report.findings()) {
      if (review.rejections().stream().anyMatch(finding::sameSpan)) {
        rejected.add(finding);
        continue;
      }
      Hit hit =
          new Hit(
              finding.start(), finding.end(), finding.type(), finding.rule(), finding.confidence());
      Hit known = detected.get(spanKey(finding.start(), finding.end(), finding.type()));
      if (known != null) {
        hit.copyDetailsFrom(known);
      } else {
        hit.key = Fold.fold(text.substring(finding.start(), finding.end()));
      }
      if (!overlaps(taken, hit)) {
        taken.put(hit.start, hit.end);
        kept.add(hit);
      }
    }
    kept.sort(Comparator.comparingInt(hit -> hit.start));
    return renderer.render(
        text,
        kept,
        leftInClear(report.heldForReview(), taken),
        leftInClear(report.allowListed(), taken),
        rejected);
  }

  /** The earlier run's findings left in clear that no finding applied now overlaps. */
  private static List<Hit> leftInClear(List<Finding> findings, TreeMap<Integer, Integer> taken) {
    List<Hit> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Hit hit = new Hit(f.start(), f.end(), f.type(), f.rule(), f.confidence());
      if (!overlaps(taken, hit)) {
        out.add(hit);
      }
    }
    return out;
  }

  private static long spanKey(int start, int end, IdentifierType type) {
    return ((long) start << 32) ^ ((long) end << 5) ^ type.ordinal();
  }

  /** Tells whether the hit overlaps a span taken, kept as start to end. */
  private static boolean overlaps(TreeMap<Integer, Integer> taken, Hit hit) {
    Map.Entry<Integer, Integer> before = taken.floorEntry(hit.start);
    if (before != null && before.getValue() > hit.start) {
      return true;
    }
    Map.Entry<Integer, Integer> after = taken.ceilingEntry(hit.start);
    return after != null && after.getKey() < hit.end;
  }
}

package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * The user's controls over what is applied (AN-1, AN-3): the deny list adds findings, switched-off
 * types drop them, and after overlaps are resolved the allow list and the minimum confidence set
 * findings aside, to be reported but left in clear. With the default settings every step returns
 * its input untouched. Immutable and thread-safe.
 */
final class Controls {
  static final String DENY_RULE = "deny-list";

  private final Terms allow;
  private final Terms deny;
  private final boolean[] disabled = new boolean[IdentifierType.values().length];
  private final boolean anyDisabled;
  private final Confidence minimum;

  Controls(AnonymiserSettings settings) {
    Map<String, Object> allowTerms = new HashMap<>();
    for (String term : settings.allowList()) {
      allowTerms.put(term, null);
    }
    this.allow = new Terms(allowTerms);
    this.deny = new Terms(settings.denyList());
    for (IdentifierType type : settings.disabledTypes()) {
      disabled[type.ordinal()] = true;
    }
    this.anyDisabled = !settings.disabledTypes().isEmpty();
    this.minimum = settings.minimumConfidence();
  }

  /** The findings after a run's controls: applied, held for review and allow-listed. */
  record Split(List<Hit> applied, List<Hit> held, List<Hit> allowed) {}

  /**
   * Drops the hits of switched-off types and adds the deny list's.
   *
   * @param hits the scan's hits; returned unchanged if no control applies
   */
  List<Hit> beforeResolve(String text, List<Hit> hits) {
    List<Hit> out = hits;
    if (anyDisabled) {
      out = new ArrayList<>(hits.size());
      for (Hit hit : hits) {
        if (!disabled[hit.type.ordinal()]) {
          out.add(hit);
        }
      }
    }
    if (!deny.isEmpty()) {
      List<Hit> denied = new ArrayList<>();
      deny.find(
          text.toCharArray(),
          (start, end, term, type) -> {
            Hit hit = new Hit(start, end, (IdentifierType) type, DENY_RULE, Confidence.HIGH);
            hit.key = term;
            denied.add(hit);
          });
      if (!denied.isEmpty()) {
        if (out == hits) {
          out = new ArrayList<>(hits);
        }
        out.addAll(denied);
      }
    }
    return out;
  }

  /**
   * Sets aside, from resolved hits, those within an allow-listed term (never a deny-listed one) and
   * those below the minimum confidence.
   *
   * @param hits resolved hits, disjoint and in order of start
   */
  Split afterResolve(String text, List<Hit> hits) {
    if (allow.isEmpty() && minimum == Confidence.LOW) {
      return new Split(hits, List.of(), List.of());
    }
    List<int[]> allowedSpans = new ArrayList<>();
    if (!allow.isEmpty()) {
      allow.find(
          text.toCharArray(),
          (start, end, term, value) -> allowedSpans.add(new int[] {start, end}));
    }
    List<Hit> applied = new ArrayList<>(hits.size());
    List<Hit> held = new ArrayList<>();
    List<Hit> allowed = new ArrayList<>();
    for (Hit hit : hits) {
      if (!DENY_RULE.equals(hit.rule) && within(hit, allowedSpans)) {
        allowed.add(hit);
      } else if (hit.confidence.compareTo(minimum) < 0) {
        held.add(hit);
      } else {
        applied.add(hit);
      }
    }
    return new Split(applied, held, allowed);
  }

  private static boolean within(Hit hit, List<int[]> spans) {
    for (int[] span : spans) {
      if (span[0] <= hit.start && hit.end <= span[1]) {
        return true;
      }
    }
    return false;
  }
}

package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import org.practitionersforum.api.anonymisation.AnonymisationReport;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.Operator;

/**
 * Writes the anonymised text and its report (AN-2, AN-3): applies each finding's operator, the one
 * the settings name for its type, and numbers placeholders so that within a document the same
 * entity, or the same identifier, always gets the same one. A name shared by several directory
 * entries is given to the entry the document most likely means. Immutable and thread-safe.
 */
final class Renderer {
  private final NameIndex names;
  private final AnonymiserSettings settings;
  private final Operators operators;

  Renderer(NameIndex names, AnonymiserSettings settings) {
    this.names = names;
    this.settings = settings;
    this.operators = new Operators(names, settings);
  }

  /**
   * Renders a text.
   *
   * @param text the original text
   * @param hits the findings to apply: disjoint, in order of start; a directory finding's entity is
   *     set to the one chosen
   * @param rejected the findings a reviewer rejected, for the report
   * @return the anonymised text and its report
   */
  Anonymised render(String text, List<Hit> hits, List<Finding> rejected) {
    return render(text, hits, List.of(), List.of(), rejected);
  }

  /**
   * Renders a text, reporting findings set aside by the controls.
   *
   * @param text the original text
   * @param hits the findings to apply: disjoint, in order of start
   * @param held the findings below the minimum confidence, left in clear: in order of start, not
   *     overlapping an applied one
   * @param allowed the allow-listed findings, left in clear: likewise
   * @param rejected the findings a reviewer rejected, for the report
   * @return the anonymised text and its report
   */
  Anonymised render(
      String text, List<Hit> hits, List<Hit> held, List<Hit> allowed, List<Finding> rejected) {
    StringBuilder out = new StringBuilder(text.length() + 16 * hits.size());
    List<Finding> findings = new ArrayList<>(hits.size());
    Map<String, Integer> numbers = new HashMap<>();
    int[] perType = new int[IdentifierType.values().length];
    Map<Integer, Integer> seenEntities = new HashMap<>();
    Set<Integer> namedClearly = new HashSet<>();
    for (Hit hit : hits) {
      if (hit.entity >= 0 && (hit.node < 0 || names.ambiguous.get(hit.node) == null)) {
        namedClearly.add(hit.entity);
      }
    }
    Map<Integer, Integer> entityNumbers = new HashMap<>();
    Mac mac = null;
    int last = 0;
    for (Hit hit : hits) {
      out.append(text, last, hit.start);
      Object numberKey;
      if (hit.entity >= 0) {
        int entity = chooseEntity(hit, seenEntities, namedClearly);
        seenEntities.put(entity, findings.size());
        hit.entity = entity;
        numberKey = entity;
      } else {
        String key = hit.key != null ? hit.key : Fold.fold(text.substring(hit.start, hit.end));
        numberKey = hit.type.name() + ":" + key;
      }
      Operator operator = settings.operator(hit.type);
      String replacement;
      switch (operator) {
        case REDACT -> replacement = Operators.REDACTED;
        case MASK -> replacement = Operators.mask(text, hit.start, hit.end);
        case PSEUDONYM -> {
          if (mac == null) {
            mac = operators.newMac();
          }
          String basis =
              hit.entity >= 0 ? "directory:" + names.entityIds[hit.entity] : (String) numberKey;
          replacement = Operators.pseudonym(mac, hit.type, basis);
        }
        case GENERALISE -> {
          replacement = operators.generalise(text, hit);
          if (replacement == null) {
            operator = Operator.PLACEHOLDER;
            replacement = placeholder(hit, numberKey, entityNumbers, numbers, perType);
          }
        }
        default -> replacement = placeholder(hit, numberKey, entityNumbers, numbers, perType);
      }
      int outStart = out.length();
      out.append(replacement);
      findings.add(
          new Finding(
              hit.start,
              hit.end,
              outStart,
              out.length(),
              hit.type,
              hit.rule,
              hit.confidence,
              operator,
              replacement));
      last = hit.end;
    }
    out.append(text, last, text.length());
    AnonymisationReport report =
        held.isEmpty()
                && allowed.isEmpty()
                && settings.disabledTypes().isEmpty()
                && settings.minimumConfidence() == Confidence.LOW
            ? new AnonymisationReport(text.length(), findings, rejected)
            : new AnonymisationReport(
                text.length(),
                findings,
                rejected,
                leftInClear(held, findings),
                leftInClear(allowed, findings),
                settings.disabledTypes(),
                settings.minimumConfidence());
    return new Anonymised(out.toString(), report);
  }

  /**
   * Findings for hits left in clear: each output span is where the unchanged text stands in the
   * output, shifted by the replacements applied before it; the replacement is empty.
   */
  private List<Finding> leftInClear(List<Hit> hits, List<Finding> applied) {
    List<Finding> out = new ArrayList<>(hits.size());
    int shift = 0;
    int k = 0;
    for (Hit hit : hits) {
      while (k < applied.size() && applied.get(k).end() <= hit.start) {
        Finding f = applied.get(k);
        shift += (f.outputEnd() - f.outputStart()) - (f.end() - f.start());
        k++;
      }
      out.add(
          new Finding(
              hit.start,
              hit.end,
              hit.start + shift,
              hit.end + shift,
              hit.type,
              hit.rule,
              hit.confidence,
              settings.operator(hit.type),
              ""));
    }
    return out;
  }

  /**
   * A name shared by several entries means the one named most recently before it; else one the
   * document names unambiguously elsewhere (an initialism used before the full name); else the
   * first in directory order.
   */
  private int chooseEntity(Hit hit, Map<Integer, Integer> seen, Set<Integer> namedClearly) {
    if (hit.node >= 0) {
      int[] candidates = names.ambiguous.get(hit.node);
      if (candidates != null) {
        int best = -1;
        int bestAt = -1;
        for (int candidate : candidates) {
          Integer at = seen.get(candidate);
          if (at != null && at > bestAt) {
            best = candidate;
            bestAt = at;
          }
        }
        if (best >= 0) {
          return best;
        }
        for (int candidate : candidates) {
          if (namedClearly.contains(candidate)) {
            return candidate;
          }
        }
        return hit.entity;
      }
    }
    return hit.entity;
  }

  /**
   * The finding's placeholder: the number its entity, or its type and key, already has in this
   * document, else the type's next number.
   */
  private static String placeholder(
      Hit hit,
      Object numberKey,
      Map<Integer, Integer> entityNumbers,
      Map<String, Integer> numbers,
      int[] perType) {
    Integer number =
        hit.entity >= 0 ? entityNumbers.get(hit.entity) : numbers.get((String) numberKey);
    if (number == null) {
      number = ++perType[hit.type.ordinal()];
      if (hit.entity >= 0) {
        entityNumbers.put(hit.entity, number);
      } else {
        numbers.put((String) numberKey, number);
      }
    }
    return Operators.placeholder(hit.type, number);
  }
}

package org.practitionersforum.core.anonymisation;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.anonymisation.CaseReferencePattern;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * Host-defined case references, compiled with RE2/J so that matching is linear in the text whatever
 * the expression. Immutable and thread-safe if the hosts' validators are.
 */
final class CaseReferences {
  /** The longest reference tried at a literal prefix. */
  static final int MAX_REFERENCE = 256;

  /** Ordinary prose no case-reference pattern may match. */
  static final String PROBE =
      "The team met on a Tuesday morning to talk about what went wrong with the new referral"
          + " process, and we agreed to try again next year with more support from managers.";

  private record Compiled(
      String name, Pattern pattern, Predicate<String> validator, String prefix) {}

  private final List<Compiled> compiled;

  private CaseReferences(List<Compiled> compiled) {
    this.compiled = compiled;
  }

  static CaseReferences compile(List<CaseReferencePattern> patterns) {
    List<Compiled> out = new ArrayList<>();
    for (CaseReferencePattern p : patterns) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(p.regex());
      } catch (PatternSyntaxException e) {
        throw new InvalidInputException(
            "AN-1: case-reference pattern '" + p.name() + "' is not a valid RE2 expression");
      }
      if (pattern.matcher("").matches()) {
        throw new InvalidInputException(
            "AN-1: case-reference pattern '" + p.name() + "' matches the empty text");
      }
      if (pattern.matcher(PROBE).find()) {
        throw new InvalidInputException(
            "AN-1: case-reference pattern '"
                + p.name()
                + "' matches ordinary prose;"
                + " make it more specific");
      }
      out.add(new Compiled(p.name(), pattern, p.validator(), p.literalPrefix().orElse(null)));
    }
    return new CaseReferences(List.copyOf(out));
  }

  boolean isEmpty() {
    return compiled.isEmpty();
  }

  void scan(String s, List<Hit> hits) {
    for (Compiled c : compiled) {
      if (c.prefix != null) {
        scanAtPrefix(s, c, hits);
      } else {
        Matcher m = c.pattern.matcher(s);
        while (m.find()) {
          accept(s, c, m.start(), m.end(), hits);
        }
      }
    }
  }

  private static void scanAtPrefix(String s, Compiled c, List<Hit> hits) {
    int from = 0;
    int n = s.length();
    int k;
    while ((k = s.indexOf(c.prefix, from)) >= 0) {
      if (k == 0 || !Fold.isWord(s.charAt(k - 1)) || !Fold.isWord(c.prefix.charAt(0))) {
        Matcher m = c.pattern.matcher(s.substring(k, Math.min(n, k + MAX_REFERENCE)));
        if (m.lookingAt() && m.end() > 0) {
          accept(s, c, k, k + m.end(), hits);
        }
      }
      from = k + 1;
    }
  }

  private static void accept(String s, Compiled c, int start, int end, List<Hit> hits) {
    if (end <= start) {
      return;
    }
    boolean leftOk =
        start == 0 || !Fold.isWord(s.charAt(start - 1)) || !Fold.isWord(s.charAt(start));
    boolean rightOk =
        end == s.length() || !Fold.isWord(s.charAt(end)) || !Fold.isWord(s.charAt(end - 1));
    if (!leftOk || !rightOk) {
      return;
    }
    String matched = s.substring(start, end);
    boolean valid;
    try {
      valid = c.validator.test(matched);
    } catch (RuntimeException e) {
      // The cause is dropped on purpose: its message may hold the text tested (AN-5).
      throw new InvalidInputException(
          "AN-1: the validator of case-reference pattern '" + c.name + "' failed");
    }
    if (!valid) {
      return;
    }
    Hit hit =
        new Hit(
            start, end, IdentifierType.CASE_REFERENCE, "case-reference." + c.name, Confidence.HIGH);
    hit.key = matched;
    hits.add(hit);
  }
}

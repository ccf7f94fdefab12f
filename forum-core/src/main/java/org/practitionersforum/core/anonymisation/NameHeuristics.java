package org.practitionersforum.core.anonymisation;

import static org.practitionersforum.core.anonymisation.ScanChars.capitalised;
import static org.practitionersforum.core.anonymisation.ScanChars.folded;
import static org.practitionersforum.core.anonymisation.ScanChars.wordEnd;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * Guesses at names of people the directory does not know (AN-1), all of low confidence: after a
 * title ("Dr Okafor"), after "by", in a signature after a sign-off, two or three capitalised words
 * in a row; then every further mention of a surname so guessed. Each guess keeps its surname as its
 * key, so its mentions share a placeholder. Pure functions.
 */
final class NameHeuristics {
  private static final char[] FOLD = Fold.FOLD;

  private NameHeuristics() {}

  /**
   * Applies the rule the word text[wordStart, wordEnd) calls for, by its keyword roles: a title,
   * "by", a sign-off, or (a word with no common-word, month or day role) the start of a name.
   */
  static void atWord(char[] text, int wordStart, int wordEnd, int roles, List<Hit> hits) {
    if ((roles & Keywords.TITLE) != 0) {
      if (Character.isUpperCase(text[wordStart])) {
        titled(text, wordStart, wordEnd, hits);
      }
      return;
    }
    if ((roles & Keywords.BY) != 0) {
      byName(text, wordEnd, hits);
      return;
    }
    if ((roles & Keywords.SIGN_OFF) != 0) {
      signature(text, wordEnd, hits);
      return;
    }
    if ((roles & (Keywords.COMMON | Keywords.MONTH_MASK | Keywords.DAY)) == 0) {
      namePair(text, wordStart, wordEnd, hits);
    }
  }

  /** A title followed by one or two capitalised words: "Dr Okafor", "Mrs Ada Okafor". */
  private static void titled(char[] text, int titleStart, int titleEnd, List<Hit> hits) {
    int n = text.length;
    int p = titleEnd;
    if (p < n && text[p] == '.') {
      p++;
    }
    if (p + 1 < n && text[p] == ' ') {
      int q = wordEnd(text, p + 1);
      if (capitalised(text, p + 1, q) && !Keywords.TITLES.contains(folded(text, p + 1, q))) {
        int end = q;
        int lastStart = p + 1;
        if (q + 1 < n && text[q] == ' ') {
          int r = wordEnd(text, q + 1);
          if (capitalised(text, q + 1, r) && !CommonWords.contains(folded(text, q + 1, r))) {
            end = r;
            lastStart = q + 1;
          }
        }
        Hit hit =
            new Hit(titleStart, end, IdentifierType.PERSON, "heuristic.title", Confidence.LOW);
        hit.key = folded(text, lastStart, wordEnd(text, lastStart));
        hits.add(hit);
      }
    }
  }

  /** "by" followed by a capitalised word that is neither common nor a title, and maybe one more. */
  private static void byName(char[] text, int byEnd, List<Hit> hits) {
    int n = text.length;
    if (byEnd + 1 >= n || text[byEnd] != ' ') {
      return;
    }
    int q = wordEnd(text, byEnd + 1);
    if (capitalised(text, byEnd + 1, q)
        && !CommonWords.contains(folded(text, byEnd + 1, q))
        && !Keywords.TITLES.contains(folded(text, byEnd + 1, q))) {
      int end = q;
      int lastStart = byEnd + 1;
      if (q + 1 < n && text[q] == ' ') {
        int r = wordEnd(text, q + 1);
        if (capitalised(text, q + 1, r)) {
          end = r;
          lastStart = q + 1;
        }
      }
      Hit hit = new Hit(byEnd + 1, end, IdentifierType.PERSON, "heuristic.by-name", Confidence.LOW);
      hit.key = folded(text, lastStart, wordEnd(text, lastStart));
      hits.add(hit);
    }
  }

  /** A capitalised word followed by one or two capitalised words that may be part of a name. */
  private static void namePair(char[] text, int firstStart, int firstEnd, List<Hit> hits) {
    if (!capitalised(text, firstStart, firstEnd)) {
      return;
    }
    int n = text.length;
    int end = -1;
    int lastStart = -1;
    int p = firstEnd;
    for (int k = 0; k < 2; k++) {
      if (p + 1 < n && text[p] == ' ') {
        int q = wordEnd(text, p + 1);
        if (capitalised(text, p + 1, q) && mayBeNamePart(folded(text, p + 1, q))) {
          end = q;
          lastStart = p + 1;
          p = q;
          continue;
        }
      }
      break;
    }
    if (end < 0) {
      return;
    }
    Hit hit =
        new Hit(firstStart, end, IdentifierType.PERSON, "heuristic.name-pair", Confidence.LOW);
    hit.key = folded(text, lastStart, wordEnd(text, lastStart));
    hits.add(hit);
  }

  private static boolean mayBeNamePart(String next) {
    return !Keywords.TITLES.contains(next)
        && !Keywords.MONTHS.containsKey(next)
        && !Keywords.DAYS.contains(next)
        && !Keywords.STREET_TYPES.contains(next);
  }

  /** Up to three capitalised words alone on the line after a sign-off ("Regards,\nJo Bloggs"). */
  private static void signature(char[] text, int signOffEnd, List<Hit> hits) {
    int n = text.length;
    int p = signOffEnd;
    if (p < n && (text[p] == ',' || text[p] == '!')) {
      p++;
    }
    while (p < n && text[p] == ' ') {
      p++;
    }
    if (p < n && text[p] == '\r') {
      p++;
    }
    if (p >= n || text[p] != '\n') {
      return;
    }
    p++;
    int start = p;
    int end = -1;
    int lastStart = -1;
    for (int k = 0; k < 3; k++) {
      int q = wordEnd(text, p);
      if (!capitalised(text, p, q)) {
        break;
      }
      end = q;
      lastStart = p;
      if (q < n && text[q] == ' ') {
        p = q + 1;
      } else {
        break;
      }
    }
    if (end < 0 || (end < n && text[end] != '\n' && text[end] != '\r')) {
      return;
    }
    Hit hit = new Hit(start, end, IdentifierType.PERSON, "heuristic.signature", Confidence.LOW);
    hit.key = folded(text, lastStart, end);
    hits.add(hit);
  }

  private static boolean coveredByStrongerNeighbour(List<Hit> hits, int index) {
    Hit hit = hits.get(index);
    for (int j = Math.max(0, index - 3); j < Math.min(hits.size(), index + 4); j++) {
      Hit other = hits.get(j);
      if (j != index
          && other.confidence != Confidence.LOW
          && other.start < hit.end
          && other.end > hit.start) {
        return true;
      }
    }
    return false;
  }

  /** Finds further mentions of surnames the heuristics found, so one is not left in clear. */
  static void propagate(char[] text, List<Hit> hits) {
    Set<String> found = null;
    for (int k = 0; k < hits.size(); k++) {
      Hit hit = hits.get(k);
      if (hit.confidence == Confidence.LOW
          && hit.type == IdentifierType.PERSON
          && hit.key != null
          && hit.key.length() >= 3
          && !coveredByStrongerNeighbour(hits, k)
          && !CommonWords.contains(hit.key)) {
        if (found == null) {
          found = new HashSet<>();
        }
        found.add(hit.key);
      }
    }
    if (found == null) {
      return;
    }
    int n = text.length;
    int i = 0;
    while (i < n) {
      if (FOLD[text[i]] == 0) {
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      if (Character.isUpperCase(text[i]) && found.contains(folded(text, i, end))) {
        Hit hit = new Hit(i, end, IdentifierType.PERSON, "heuristic.propagated", Confidence.LOW);
        hit.key = folded(text, i, end);
        hits.add(hit);
      }
      i = end;
    }
  }
}

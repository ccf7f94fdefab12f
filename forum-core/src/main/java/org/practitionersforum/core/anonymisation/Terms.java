package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled list of terms (the allow or deny list of the settings), matched as whole words in any
 * letter case with accents folded: a term's words must follow each other in the text, separated by
 * any run of non-word characters. Terms are indexed by their first folded char, so a text is walked
 * once whatever the number of terms. Immutable and thread-safe.
 */
final class Terms {
  private static final char[] FOLD = Fold.FOLD;

  /** The folded terms by their first char; each term is its words joined by single spaces. */
  private final Map<Character, List<Integer>> byFirst = new HashMap<>();

  private final String[] folded;
  private final Object[] values;

  /**
   * Compiles terms.
   *
   * @param terms each term with the value a match carries (its type, or null)
   */
  Terms(Map<String, ?> terms) {
    List<String> f = new ArrayList<>();
    List<Object> v = new ArrayList<>();
    for (Map.Entry<String, ?> e : terms.entrySet()) {
      String term = Fold.fold(e.getKey());
      if (term.isEmpty()) {
        continue;
      }
      byFirst.computeIfAbsent(term.charAt(0), c -> new ArrayList<>()).add(f.size());
      f.add(term);
      v.add(e.getValue());
    }
    this.folded = f.toArray(new String[0]);
    this.values = v.toArray();
  }

  boolean isEmpty() {
    return folded.length == 0;
  }

  /** Receives each occurrence found. */
  interface Sink {
    void match(int start, int end, String foldedTerm, Object value);
  }

  /**
   * Finds every occurrence of every term, longest first where several start at one word; the
   * occurrences of different terms may overlap.
   */
  void find(char[] text, Sink sink) {
    int n = text.length;
    int i = 0;
    while (i < n) {
      char f = FOLD[text[i]];
      if (f == 0) {
        i++;
        continue;
      }
      List<Integer> candidates = byFirst.get(f);
      if (candidates != null) {
        for (int t : candidates) {
          int end = matchAt(text, i, folded[t]);
          if (end > 0) {
            sink.match(i, end, folded[t], values[t]);
          }
        }
      }
      while (i < n && FOLD[text[i]] != 0) {
        i++;
      }
    }
  }

  /** Returns where the term ends if it occurs at the word starting at {@code p}, or -1. */
  private static int matchAt(char[] text, int p, String term) {
    int n = text.length;
    int j = p;
    for (int k = 0; k < term.length(); k++) {
      char c = term.charAt(k);
      if (c == ' ') {
        if (j >= n || FOLD[text[j]] != 0) {
          return -1;
        }
        while (j < n && FOLD[text[j]] == 0) {
          if (text[j] == '\n' && j + 1 < n && text[j + 1] == '\n') {
            return -1;
          }
          j++;
        }
        continue;
      }
      if (j >= n || FOLD[text[j]] != c) {
        return -1;
      }
      j++;
    }
    return j < n && FOLD[text[j]] != 0 ? -1 : j;
  }
}

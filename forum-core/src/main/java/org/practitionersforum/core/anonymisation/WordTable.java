package org.practitionersforum.core.anonymisation;

import java.util.Map;

/**
 * An immutable table from folded words to int values, looked up by the folded hash the scanner
 * computes anyway, so a lookup allocates nothing. Collisions are verified char by char.
 */
final class WordTable {
  private final long[] keys;
  private final int[] values;
  private final char[][] words;
  private final int mask;

  WordTable(Map<String, Integer> entries) {
    int cap = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    words = new char[cap][];
    mask = cap - 1;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      long h = Fold.hash(e.getKey());
      int i = NameIndex.spread(h) & mask;
      while (keys[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[i] = h;
      values[i] = e.getValue();
      words[i] = e.getKey().toCharArray();
    }
  }

  /** Returns the value of the word text[start, end) with folded hash {@code h}, or 0. */
  int get(char[] text, int start, int end, long h) {
    if (h == 0) {
      h = 1;
    }
    int i = NameIndex.spread(h) & mask;
    while (true) {
      long k = keys[i];
      if (k == 0) {
        return 0;
      }
      if (k == h && matches(words[i], text, start, end)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  private static boolean matches(char[] word, char[] text, int start, int end) {
    if (word.length != end - start) {
      return false;
    }
    for (int j = 0; j < word.length; j++) {
      if (Fold.FOLD[text[start + j]] != word[j]) {
        return false;
      }
    }
    return true;
  }
}

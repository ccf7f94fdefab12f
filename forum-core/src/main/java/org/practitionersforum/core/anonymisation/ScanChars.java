package org.practitionersforum.core.anonymisation;

/**
 * Character classes and word reading over the scanned text, shared by the detectors. The text is a
 * {@code char[]}; positions are indexes into it, and a word is a run of chars whose {@link
 * Fold#FOLD} entry is not 0. Pure functions that allocate nothing unless they return a string.
 */
final class ScanChars {
  private static final char[] FOLD = Fold.FOLD;

  private ScanChars() {}

  /** Returns where the word (possibly empty) starting at {@code from} ends. */
  static int wordEnd(char[] text, int from) {
    int n = text.length;
    int p = from;
    while (p < n && FOLD[text[p]] != 0) {
      p++;
    }
    return p;
  }

  /** Returns the folded form of text[start, end), one folded char per char. */
  static String folded(char[] text, int start, int end) {
    char[] out = new char[end - start];
    for (int k = start; k < end; k++) {
      out[k - start] = FOLD[text[k]];
    }
    return new String(out);
  }

  /** The folded hash of the word text[start, end), as the scanner computes it while walking. */
  static long foldedHash(char[] text, int start, int end) {
    long hash = Fold.SEED;
    for (int k = start; k < end; k++) {
      hash = Fold.mix(hash, FOLD[text[k]]);
    }
    return hash;
  }

  /** Tells whether text[start, end) is an upper-case letter followed by at least one lower-case. */
  static boolean capitalised(char[] text, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(text[start])) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      if (!Character.isLowerCase(text[k])) {
        return false;
      }
    }
    return true;
  }

  /** Returns text[start, end) as a string. */
  static String substring(char[] text, int start, int end) {
    return new String(text, start, end - start);
  }

  /** Whether {@code text} holds {@code word} at {@code p}, ignoring ASCII case. */
  static boolean regionMatchesIgnoreCase(char[] text, int p, String word) {
    if (p < 0 || p + word.length() > text.length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = text[p + k];
      char w = word.charAt(k);
      if (c != w && Character.toLowerCase(c) != Character.toLowerCase(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} holds {@code prefix} at {@code p}, exactly. */
  static boolean startsWith(char[] text, int p, String prefix) {
    if (p < 0 || p + prefix.length() > text.length) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text[p + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Parses a run of ASCII digits the caller has already checked (at most nine of them). */
  static int parseDigits(char[] text, int start, int end) {
    int value = 0;
    for (int k = start; k < end; k++) {
      value = value * 10 + (text[k] - '0');
    }
    return value;
  }

  /**
   * Returns the end of the run of at most {@code max + 1} ASCII digits at {@code p}. The bound is
   * computed once so that the JIT can hoist the range check; a counter in the loop condition made
   * C2's profiled loop predicate fail on every call (a deoptimisation storm on JDK 17).
   */
  static int digitRunEnd(char[] text, int p, int max) {
    int limit = Math.min(text.length, p + max + 1);
    int q = p;
    while (q < limit && Fold.isAsciiDigit(text[q])) {
      q++;
    }
    return q;
  }

  /**
   * Returns the char at {@code i} upper-cased if it is an ASCII lower-case letter, as it is if it
   * is other ASCII, and 0 past the end or outside ASCII.
   */
  static char upperAsciiAt(char[] text, int i) {
    if (i >= text.length) {
      return 0;
    }
    char c = text[i];
    if (c >= 'a' && c <= 'z') {
      return (char) (c - 32);
    }
    return c < 128 ? c : 0;
  }

  /** Tells whether there is an ASCII digit at {@code i}. */
  static boolean isDigitAt(char[] text, int i) {
    return i < text.length && Fold.isAsciiDigit(text[i]);
  }

  /** Tells whether there is an ASCII upper-case letter at {@code i}. */
  static boolean isUpperAt(char[] text, int i) {
    return i >= 0 && i < text.length && text[i] >= 'A' && text[i] <= 'Z';
  }

  /**
   * Tells whether one of the given folded words stands among the {@code maxWords} words before
   * {@code p}, within the line {@code p} is on or the one before.
   */
  static boolean precededBy(char[] text, int p, int maxWords, java.util.Set<String> words) {
    int j = p;
    int lines = 0;
    for (int w = 0; w < maxWords; w++) {
      while (j > 0 && FOLD[text[j - 1]] == 0) {
        j--;
        if (text[j] == '\n' && ++lines > 1) {
          return false;
        }
      }
      if (j == 0) {
        return false;
      }
      int end = j;
      while (j > 0 && FOLD[text[j - 1]] != 0 && end - j < 24) {
        j--;
      }
      if (words.contains(folded(text, j, end))) {
        return true;
      }
    }
    return false;
  }
}

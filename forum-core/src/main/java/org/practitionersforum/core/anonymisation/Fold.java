package org.practitionersforum.core.anonymisation;

import java.text.Normalizer;

/**
 * Case and accent folding of single chars, by table. {@code FOLD[c]} is the lower-case base letter
 * of a letter or digit ("É" and "é" fold to "e"), and 0 for every other char, including lone
 * surrogates, so the same table tells word chars from boundaries.
 */
final class Fold {
  static final char[] FOLD = new char[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      char ch = (char) c;
      if (Character.isSurrogate(ch) || !Character.isLetterOrDigit(ch)) {
        continue;
      }
      if (c < 128) {
        FOLD[c] = Character.toLowerCase(ch);
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
      char base = d.charAt(0);
      char f =
          Character.isLetterOrDigit(base) ? Character.toLowerCase(base) : Character.toLowerCase(ch);
      FOLD[c] = f == 0 ? ch : f;
    }
  }

  private Fold() {}

  static boolean isWord(char c) {
    return FOLD[c] != 0;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
  }

  /** Folds a whole string, keeping only word chars; used when building and for keys. */
  static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char f = FOLD[s.charAt(i)];
      if (f != 0) {
        b.append(f);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    int len = b.length();
    if (len > 0 && b.charAt(len - 1) == ' ') {
      b.setLength(len - 1);
    }
    return b.toString();
  }

  /**
   * One step of the per-char word hash: a rotate and an exclusive or, one or two cycles, so the
   * scan is not bound by multiply latency. Users finalise it with {@link NameIndex#fmix(long)}
   * before indexing, and verify every hit char by char.
   */
  static long mix(long h, char folded) {
    return Long.rotateLeft(h, 7) ^ folded;
  }

  static final long SEED = 0xcbf29ce484222325L;

  static long hash(CharSequence folded) {
    long h = SEED;
    for (int i = 0; i < folded.length(); i++) {
      h = mix(h, folded.charAt(i));
    }
    return h == 0 ? 1 : h;
  }
}

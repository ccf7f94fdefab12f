package org.practitionersforum.core.internal.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.consultation.RecommendationMatcher;

/**
 * The default {@link RecommendationMatcher} (CR-6). A text is normalised (lower case, letters and
 * digits only, English stop words dropped, a light suffix-stripping stem), and its shingles are its
 * stems and its pairs of adjacent stems. Its signature is {@value #BANDS} x {@value #ROWS} MinHash
 * values of the shingles; its keys are the hashes of each band of {@value #ROWS} values, so two
 * texts of shingle similarity {@code s} share a key with probability {@code 1 - (1 -
 * s^ROWS)^BANDS}. The similarity is the exact Jaccard similarity of the two shingle sets. Immutable
 * and thread-safe.
 */
final class MinHashMatcher implements RecommendationMatcher {
  /** The number of bands, and so of keys per text. */
  static final int BANDS = 20;

  /** The MinHash values per band. */
  static final int ROWS = 2;

  /** The default threshold of the Jaccard similarity of two texts' shingles. */
  static final double THRESHOLD = 0.35;

  private static final Set<String> STOP =
      Set.copyOf(
          List.of(
              "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any",
              "are", "as", "at", "be", "been", "before", "being", "both", "but", "by", "can",
              "could", "did", "do", "does", "doing", "during", "each", "every", "few", "for",
              "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
              "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may",
              "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of",
              "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
              "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
              "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
              "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we",
              "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
              "with", "within", "would", "you", "your", "yours", "please", "ensure", "make", "sure",
              "really", "still", "there", "whether", "via", "per"));

  private final long[] seeds;
  private final double threshold;
  private final int bands;
  private final int rows;

  /** Creates the matcher with the default threshold. */
  MinHashMatcher() {
    this(THRESHOLD);
  }

  /**
   * Creates the matcher.
   *
   * @param threshold the least Jaccard similarity suggested, from 0 to 1
   */
  MinHashMatcher(double threshold) {
    this(threshold, BANDS, ROWS);
  }

  /**
   * Creates the matcher with other bands.
   *
   * @param threshold the least Jaccard similarity suggested, from 0 to 1
   * @param bands the number of keys per text, from 1 to 64
   * @param rows the MinHash values per band, from 1
   */
  MinHashMatcher(double threshold, int bands, int rows) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new InvalidInputException("CR-6: a matching threshold is from 0 to 1");
    }
    if (bands < 1 || bands > 64 || rows < 1) {
      throw new InvalidInputException("CR-6: a matcher has 1 to 64 bands of one or more rows");
    }
    this.threshold = threshold;
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    long s = 0x5DEECE66DL;
    for (int i = 0; i < seeds.length; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  @Override
  public List<Long> keys(String text) {
    long[] shingles = shingles(checked(text));
    if (shingles.length == 0) {
      return List.of();
    }
    Set<Long> keys = new LinkedHashSet<>();
    for (int b = 0; b < bands; b++) {
      long key = mix(b + 1L);
      for (int r = 0; r < rows; r++) {
        long seed = seeds[b * rows + r];
        long min = Long.MAX_VALUE;
        for (long sh : shingles) {
          long h = mix(sh ^ seed);
          if (h < min) {
            min = h;
          }
        }
        key = mix(key ^ min) + r;
      }
      keys.add(key);
    }
    return List.copyOf(keys);
  }

  @Override
  public double similarity(String newer, String earlier) {
    long[] a = shingles(checked(newer));
    long[] b = shingles(checked(earlier));
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    Set<Long> sa = new HashSet<>();
    for (long x : a) {
      sa.add(x);
    }
    int common = 0;
    for (long x : b) {
      if (sa.contains(x)) {
        common++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  @Override
  public double threshold() {
    return threshold;
  }

  private static String checked(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidInputException(
          "CR-6: a recommendation matched is 1 to " + MAX_TEXT_LENGTH + " characters of text");
    }
    return text;
  }

  /** The distinct hashes of a text's stems and pairs of adjacent stems. */
  static long[] shingles(String text) {
    List<String> stems = stems(text);
    Set<Long> out = new LinkedHashSet<>();
    for (int i = 0; i < stems.size(); i++) {
      out.add(hash(stems.get(i)));
      if (i + 1 < stems.size()) {
        out.add(hash(stems.get(i) + ' ' + stems.get(i + 1)));
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /** The stems of a text's words that are not stop words, in order. */
  static List<String> stems(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c == '\'' && word.length() > 0) {
        // "service's" is "service": the possessive is dropped with what follows it.
        while (i + 1 < lower.length() && Character.isLetter(lower.charAt(i + 1))) {
          i++;
        }
      } else if (word.length() > 0) {
        String w = word.toString();
        word.setLength(0);
        if (!STOP.contains(w)) {
          out.add(stem(stem(w)));
        }
      }
    }
    return out;
  }

  /** A light English stem: plural, past, gerund and adverb endings stripped. */
  static String stem(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 5 && w.endsWith("ing")) {
      return undouble(w.substring(0, n - 3));
    }
    if (n > 4 && w.endsWith("ied")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && w.endsWith("ed")) {
      return undouble(w.substring(0, n - 2));
    }
    if (n > 4 && w.endsWith("ly")) {
      return w.substring(0, n - 2);
    }
    if (n > 4
        && w.endsWith("es")
        && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, n - 1);
    }
    if (n > 3 && w.endsWith("e")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /** "planned" is "plan": a doubled final consonant is undone, except the ones English keeps. */
  private static String undouble(String w) {
    int n = w.length();
    if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lszf".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

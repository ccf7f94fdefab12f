package org.practitionersforum.core.anonymisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * The evidence the name heuristics weigh (AN-1): given names and surnames with their frequency rank
 * (the US Census Bureau's 1990 name files, public domain), and the words of English (the lower-case
 * entries of SCOWL's British English list), all bundled as resources whose sources and licences are
 * in docs/anonymisation.md. One table looked up by the scanner's folded hash, loaded once, on first
 * use. Immutable and thread-safe.
 */
final class NameLexicon {
  private static final int GIVEN_BITS = 13;
  private static final int GIVEN_MASK = (1 << GIVEN_BITS) - 1;
  private static final int SURNAME_SHIFT = GIVEN_BITS;
  private static final int SURNAME_MASK = (1 << 17) - 1;
  private static final int WORD = 1 << 30;

  private NameLexicon() {}

  /** Loaded on first use, so that an anonymiser without the heuristics never pays for it. */
  private static final class Holder {
    static final WordTable TABLE = load();
  }

  /** Loads the tables now rather than on the first text. */
  static void preload() {
    Holder.TABLE.getClass();
  }

  private static WordTable load() {
    Map<String, Integer> entries = new HashMap<>(1 << 18);
    read("given-names.txt.gz", entries, rank -> Math.min(rank, GIVEN_MASK));
    read("surnames.txt.gz", entries, rank -> Math.min(rank, SURNAME_MASK) << SURNAME_SHIFT);
    read("english-words.txt.gz", entries, rank -> WORD);
    return new WordTable(entries);
  }

  private static void read(String name, Map<String, Integer> entries, IntUnaryOperator value) {
    try (InputStream raw = NameLexicon.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IllegalStateException("the bundled word list " + name + " is missing");
      }
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      int rank = 0;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        String folded = Fold.fold(line);
        if (folded.isEmpty() || folded.indexOf(' ') >= 0) {
          continue;
        }
        rank++;
        int v = value.applyAsInt(rank);
        entries.merge(folded, v, (a, b) -> mergeRanks(a, b));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled word list " + name, e);
    }
  }

  /** Keeps the better (lower) rank of each kind and the word bit of either. */
  private static int mergeRanks(int a, int b) {
    int given = best(a & GIVEN_MASK, b & GIVEN_MASK);
    int surname = best((a >>> SURNAME_SHIFT) & SURNAME_MASK, (b >>> SURNAME_SHIFT) & SURNAME_MASK);
    return given | (surname << SURNAME_SHIFT) | ((a | b) & WORD);
  }

  private static int best(int x, int y) {
    if (x == 0) {
      return y;
    }
    return y == 0 ? x : Math.min(x, y);
  }

  /** The entry of the word text[start, end): see {@link #givenRank}, {@link #surnameRank}. */
  static int lookup(char[] text, int start, int end) {
    return Holder.TABLE.get(text, start, end, ScanChars.foldedHash(text, start, end));
  }

  /** The rank of an entry's given name, 1 the most frequent; 0 if it is none. */
  static int givenRank(int entry) {
    return entry & GIVEN_MASK;
  }

  /** The rank of an entry's surname, 1 the most frequent; 0 if it is none. */
  static int surnameRank(int entry) {
    return (entry >>> SURNAME_SHIFT) & SURNAME_MASK;
  }

  /** Tells whether an entry is an English word written in lower case ("bell", "grant"). */
  static boolean isWord(int entry) {
    return (entry & WORD) != 0;
  }
}

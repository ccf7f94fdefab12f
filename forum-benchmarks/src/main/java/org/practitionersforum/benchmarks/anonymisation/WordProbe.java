package org.practitionersforum.benchmarks.anonymisation;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.practitionersforum.api.anonymisation.DirectoryEntry;

/**
 * The least work any matcher that looks every word up in a name directory must do, as a calibration
 * for the engine's figure: split the text into words, fold the case and accents of each char by
 * table, hash each word as it is read, and probe one open-addressing table of the hashes of the
 * directory's name words. Nothing is verified and no rule runs, so it is a ceiling, not a
 * contender: an engine that detects names in any letter case cannot be faster than this on the same
 * machine.
 */
final class WordProbe {
  private static final char[] FOLD = new char[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      char ch = (char) c;
      if (Character.isSurrogate(ch) || !Character.isLetterOrDigit(ch)) {
        continue;
      }
      char base = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD).charAt(0);
      char f = Character.toLowerCase(Character.isLetterOrDigit(base) ? base : ch);
      FOLD[c] = f == 0 ? ch : f;
    }
  }

  private final long[] table;
  private final int mask;

  /**
   * Builds the table of the hashes of every word of every name, alias and surname.
   *
   * @param directory the directory
   */
  WordProbe(List<DirectoryEntry> directory) {
    Set<Long> hashes = new HashSet<>();
    for (DirectoryEntry e : directory) {
      words(e.name(), hashes);
      e.aliases().forEach(a -> words(a, hashes));
      e.surname().ifPresent(s -> words(s, hashes));
    }
    // At most half full, as the engine's own token table.
    int cap = Integer.highestOneBit(Math.max(2, hashes.size()) * 2 - 1) << 1;
    table = new long[cap];
    mask = cap - 1;
    for (long k : hashes) {
      int slot = (int) k & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = k;
    }
  }

  private static void words(String name, Set<Long> hashes) {
    char[] s = name.toCharArray();
    int i = 0;
    while (i < s.length) {
      if (FOLD[s[i]] == 0) {
        i++;
        continue;
      }
      long h = SEED;
      while (i < s.length && FOLD[s[i]] != 0) {
        h = mix(h, FOLD[s[i]]);
        i++;
      }
      hashes.add(finish(h));
    }
  }

  private static final long SEED = 0xcbf29ce484222325L;

  private static long mix(long h, char folded) {
    return Long.rotateLeft(h, 7) ^ folded;
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /**
   * Reads the text word by word and probes the table with each word.
   *
   * @param text the text
   * @return how many words were found in the table
   */
  int count(String text) {
    char[] s = text.toCharArray();
    int n = s.length;
    int found = 0;
    int i = 0;
    while (i < n) {
      if (FOLD[s[i]] == 0) {
        i++;
        continue;
      }
      long h = SEED;
      while (i < n) {
        char f = FOLD[s[i]];
        if (f == 0) {
          break;
        }
        h = mix(h, f);
        i++;
      }
      long k = finish(h);
      int slot = (int) k & mask;
      long t;
      while ((t = table[slot]) != 0) {
        if (t == k) {
          found++;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return found;
  }
}

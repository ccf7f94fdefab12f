package org.practitionersforum.core.anonymisation;

import static org.practitionersforum.core.anonymisation.ScanChars.wordEnd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * The bundled gazetteer of UK local authority areas (AN-1): districts, unitary authorities,
 * principal areas, council areas, Northern Ireland districts, English county areas, the districts
 * abolished since 2019 and a few names in common use, each with its region, to which {@link
 * Operators#generalise} turns it (AN-2). Sources and licence are in the resource's header and in
 * docs/anonymisation.md.
 *
 * <p>A name is looked up only at a capitalised word that starts some name (a role bit in {@link
 * Keywords#ROLES}), by a hash lookup of each span of up to {@link #maxWords} words from there,
 * never by a scan of the list. A match is a finding of type {@code PLACE}, rule {@code
 * place.gazetteer}: {@code HIGH} confidence after "in", "at", "near" and the like or before
 * "council", "borough", "district", "county", "area"; {@code MEDIUM} otherwise. A name that is also
 * an English word, a given name or a frequent surname ("Reading", "Bath", "Preston") is found only
 * with such context; a name next to another capitalised word ("Dudley Moore", "Mr Bolton", "Leeds
 * Road") is never found, since it is part of another name. Regions and nations are what places
 * generalise to: they are not findings. Loaded once, on first use; immutable and thread-safe.
 */
final class Gazetteer {
  /** The resource, next to this class. */
  static final String RESOURCE = "uk-places.tsv";

  static final String RULE = "place.gazetteer";

  /** Surnames ranked up to here are people's names first: such a place name needs context. */
  static final int FREQUENT_SURNAME_RANK = 1000;

  private static final Set<String> CONTEXT_BEFORE =
      Set.of(
          "in",
          "at",
          "near",
          "around",
          "across",
          "throughout",
          "within",
          "outside",
          "from",
          "into",
          "towards");

  private static final Set<String> CONTEXT_AFTER =
      Set.of("council", "borough", "district", "county", "area", "city", "town");

  /** One place of the list. */
  record Place(String name, String region, String code, String kind, String key) {}

  /** A place as matched: its entry, whether it needs context, which of its words are capitals. */
  private record Entry(Place place, boolean needsContext, boolean[] capitals) {}

  private Gazetteer() {}

  /** The rows, read without the lexicons, so {@link Keywords} can mark the first words. */
  private static final class Rows {
    static final List<Place> PLACES = read();
  }

  /** The entries by folded key, with the folded prefixes; built on first use. */
  private static final class Holder {
    static final Map<String, Entry> BY_KEY = new HashMap<>();
    static final Set<String> PREFIXES = new HashSet<>();
    static final int MAX_WORDS;

    static {
      int max = 1;
      for (Place place : Rows.PLACES) {
        String[] words = place.key().split(" ");
        max = Math.max(max, words.length);
        StringBuilder prefix = new StringBuilder();
        for (String word : words) {
          if (prefix.length() > 0) {
            prefix.append(' ');
          }
          prefix.append(word);
          PREFIXES.add(prefix.toString());
        }
        BY_KEY.put(place.key(), new Entry(place, needsContext(words), capitals(place.name())));
      }
      MAX_WORDS = max;
    }
  }

  /** Every place of the bundled list, in its order. */
  static List<Place> places() {
    return Rows.PLACES;
  }

  /** The folded first word of every name, for the scanner's role table. */
  static Set<String> firstWords() {
    Set<String> first = new HashSet<>();
    for (Place place : Rows.PLACES) {
      String key = place.key();
      int space = key.indexOf(' ');
      first.add(space < 0 ? key : key.substring(0, space));
    }
    return first;
  }

  /** The most words a name has. */
  static int maxWords() {
    return Holder.MAX_WORDS;
  }

  /** Tells whether the place with this folded key is found only with context. */
  static boolean needsContext(String key) {
    Entry entry = Holder.BY_KEY.get(key);
    if (entry == null) {
      throw new IllegalArgumentException("not a place of the gazetteer");
    }
    return entry.needsContext();
  }

  /**
   * A name that is a word of English, a given name or a frequent surname, or a name of several
   * words all of which are words of English ("Castle Point"), needs context.
   */
  private static boolean needsContext(String[] words) {
    boolean allCommon = true;
    for (String word : words) {
      char[] chars = word.toCharArray();
      int entry = NameLexicon.lookup(chars, 0, chars.length);
      allCommon &= NameLexicon.isWord(entry) || CommonWords.contains(word);
    }
    if (words.length > 1) {
      return allCommon;
    }
    char[] chars = words[0].toCharArray();
    int entry = NameLexicon.lookup(chars, 0, chars.length);
    int surname = NameLexicon.surnameRank(entry);
    return allCommon
        || NameLexicon.givenRank(entry) > 0
        || (surname > 0 && surname <= FREQUENT_SURNAME_RANK);
  }

  private static boolean[] capitals(String name) {
    List<Boolean> out = new ArrayList<>();
    int i = 0;
    while (i < name.length()) {
      if (!Fold.isWord(name.charAt(i))) {
        i++;
        continue;
      }
      out.add(Character.isUpperCase(name.charAt(i)));
      while (i < name.length() && Fold.isWord(name.charAt(i))) {
        i++;
      }
    }
    boolean[] capitals = new boolean[out.size()];
    for (int k = 0; k < capitals.length; k++) {
      capitals[k] = out.get(k);
    }
    return capitals;
  }

  private static List<Place> read() {
    List<Place> places = new ArrayList<>(512);
    try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("the bundled gazetteer " + RESOURCE + " is missing");
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
          throw new IllegalStateException("a row of the bundled gazetteer is malformed");
        }
        places.add(new Place(cols[0], cols[1], cols[2], cols[3], Fold.fold(cols[0])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
    return List.copyOf(places);
  }

  /**
   * Looks for a place name starting at the capitalised word text[wordStart, wordEnd): the longest
   * name of up to {@link #maxWords} words, each written with a capital where the name has one,
   * separated by a space, a hyphen, a comma and a space, a full stop and a space, or an apostrophe.
   */
  static void atWord(char[] text, int wordStart, int wordEnd, List<Hit> hits) {
    if (!Character.isUpperCase(text[wordStart])) {
      return;
    }
    int n = text.length;
    StringBuilder key = new StringBuilder(32);
    Entry best = null;
    int bestEnd = -1;
    int[] wordStarts = new int[Holder.MAX_WORDS];
    int p = wordStart;
    int q = wordEnd;
    for (int words = 0; words < Holder.MAX_WORDS; words++) {
      if (words > 0) {
        key.append(' ');
      }
      wordStarts[words] = p;
      for (int k = p; k < q; k++) {
        key.append(Fold.FOLD[text[k]]);
      }
      String candidate = key.toString();
      if (!Holder.PREFIXES.contains(candidate)) {
        break;
      }
      Entry entry = Holder.BY_KEY.get(candidate);
      if (entry != null
          && entry.capitals().length == words + 1
          && written(text, wordStarts, entry)) {
        best = entry;
        bestEnd = q;
      }
      int next = nextWordStart(text, q);
      if (next < 0) {
        break;
      }
      p = next;
      q = wordEnd(text, p);
    }
    if (best == null) {
      return;
    }
    int before = contextBefore(text, wordStart);
    int after = contextAfter(text, bestEnd, n);
    if (before < 0 || after < 0) {
      return;
    }
    boolean context = before > 0 || after > 0;
    if (best.needsContext() && !context) {
      return;
    }
    Hit hit =
        new Hit(
            wordStart,
            bestEnd,
            IdentifierType.PLACE,
            RULE,
            context ? Confidence.HIGH : Confidence.MEDIUM);
    hit.key = best.place().key();
    hit.region = best.place().region();
    hits.add(hit);
  }

  private static boolean written(char[] text, int[] wordStarts, Entry entry) {
    boolean[] capitals = entry.capitals();
    for (int k = 0; k < capitals.length; k++) {
      if (capitals[k] && !Character.isUpperCase(text[wordStarts[k]])) {
        return false;
      }
    }
    return true;
  }

  /** Where the next word of a name starts after the word ending at {@code q}, or -1. */
  private static int nextWordStart(char[] text, int q) {
    int n = text.length;
    if (q >= n) {
      return -1;
    }
    char c = text[q];
    int p;
    if (c == ' ' || c == '-' || Fold.isApostrophe(c)) {
      p = q + 1;
    } else if ((c == ',' || c == '.') && q + 1 < n && text[q + 1] == ' ') {
      p = q + 2;
    } else {
      return -1;
    }
    return p < n && Fold.isWord(text[p]) ? p : -1;
  }

  /**
   * The word before a name: 1 if it says a place follows ("in", "at", "near", also before "the"),
   * -1 if the name is part of another name (a capitalised word or a title before it), else 0.
   */
  private static int contextBefore(char[] text, int start) {
    int p = start - 1;
    if (p < 0 || text[p] != ' ') {
      return 0;
    }
    p--;
    boolean stop = false;
    if (p >= 0 && text[p] == '.') {
      stop = true;
      p--;
    }
    if (p < 0 || !Fold.isWord(text[p])) {
      return 0;
    }
    int end = p + 1;
    int s = p;
    while (s > 0 && Fold.isWord(text[s - 1])) {
      s--;
    }
    String word = ScanChars.folded(text, s, end);
    if (Keywords.TITLES.contains(word)) {
      return -1;
    }
    if (stop) {
      return 0;
    }
    if (CONTEXT_BEFORE.contains(word)) {
      return 1;
    }
    if (word.equals("the")) {
      return contextBefore(text, s) > 0 ? 1 : 0;
    }
    return Character.isUpperCase(text[s]) ? -1 : 0;
  }

  /**
   * The word after a name: 1 if it says a place came ("council", "borough", "area"), -1 if the name
   * is part of another name (another capitalised word follows), else 0.
   */
  private static int contextAfter(char[] text, int end, int n) {
    if (end + 1 >= n || text[end] != ' ' || !Fold.isWord(text[end + 1])) {
      return 0;
    }
    int q = wordEnd(text, end + 1);
    String word = ScanChars.folded(text, end + 1, q);
    if (CONTEXT_AFTER.contains(word)) {
      return 1;
    }
    return Character.isUpperCase(text[end + 1]) ? -1 : 0;
  }
}

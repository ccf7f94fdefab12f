package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * The single-pass detector (AN-1). Walks the text once, word by word: each word is looked up in
 * the directory index by its folded hash; digits, '@', '+', '(' and '.' inside words trigger the
 * hand-written validators of structured identifiers at that position only. Stateless and
 * thread-safe; all per-run state lives on the stack and in the returned list.
 */
final class Scanner {
  private static final char[] F = Fold.FOLD;

  static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady",
          "lord", "cllr", "councillor", "rev", "revd", "reverend");
  private static final Set<String> SIGN_OFFS =
      Set.of("regards", "thanks", "wishes", "cheers", "sincerely", "faithfully");
  private static final Set<String> STREET_TYPES =
      Set.of("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "way",
          "crescent", "place", "court", "gardens", "grove", "terrace", "hill", "square", "row",
          "mews", "walk", "parade", "green", "rise", "view", "vale", "gate", "wharf", "park");
  private static final Set<String> TLDS =
      Set.of("com", "org", "net", "uk", "gov", "nhs", "ac", "edu", "info", "io", "eu", "scot",
          "wales", "cymru", "london", "biz", "me");
  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  private static final Set<String> DAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  static final int MONTH_MASK = 0xf;
  static final int AGED = 1 << 4;
  static final int TITLE = 1 << 5;
  static final int BY = 1 << 6;
  static final int SIGN_OFF = 1 << 7;
  static final int DAY = 1 << 8;
  static final int COMMON = 1 << 9;
  static final int STREET = 1 << 10;
  /** Every word a rule reacts to, with its roles as bits: one lookup per word, no allocation. */
  static final WordTable KEYWORDS;

  static {
    java.util.Map<String, Integer> k = new java.util.HashMap<>();
    MONTHS.forEach((w, m) -> k.merge(w, m, (a, b) -> a | b));
    k.merge("aged", AGED, (a, b) -> a | b);
    k.merge("age", AGED, (a, b) -> a | b);
    k.merge("by", BY, (a, b) -> a | b);
    TITLES.forEach(w -> k.merge(w, TITLE, (a, b) -> a | b));
    SIGN_OFFS.forEach(w -> k.merge(w, SIGN_OFF, (a, b) -> a | b));
    DAYS.forEach(w -> k.merge(w, DAY, (a, b) -> a | b));
    CommonWords.SET.forEach(w -> k.merge(w, COMMON, (a, b) -> a | b));
    STREET_TYPES.forEach(w -> k.merge(w, STREET, (a, b) -> a | b));
    KEYWORDS = new WordTable(k);
  }

  private final NameIndex names;
  private final boolean heuristics;
  private final CaseReferences caseReferences;

  Scanner(NameIndex names, boolean heuristics, CaseReferences caseReferences) {
    this.names = names;
    this.heuristics = heuristics;
    this.caseReferences = caseReferences;
  }

  List<Hit> scan(String text) {
    List<Hit> hits = new ArrayList<>();
    char[] s = text.toCharArray();
    int n = s.length;
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (c >= 'a' && c <= 'z') {
        int we = plainWordEnd(s, i);
        i = we >= 0 ? we : word(s, i, hits);
      } else if (c == ' ') {
        i++;
      } else if (F[c] == 0) {
        switch (c) {
          case '@' -> i = at(s, i, hits);
          case '+' -> i = plus(s, i, hits);
          case '(' -> i = paren(s, i, hits);
          case '[' -> i = bracket(s, i);
          default -> i++;
        }
      } else if (c >= '0' && c <= '9') {
        i = number(s, i, hits);
      } else {
        int we = plainWordEnd(s, i);
        i = we >= 0 ? we : word(s, i, hits);
      }
    }
    if (heuristics) {
      propagate(s, hits);
    }
    caseReferences.scan(text, hits);
    return hits;
  }

  // ---------------------------------------------------------------- words

  /**
   * The fast path for the most common words: returns where the word at {@code ws} ends if no rule
   * can react to it, or -1 to have {@link #word} look at it. Such a word is made of letters and
   * starts with an ASCII one, is certainly not a directory token, is not three letters starting
   * with "g" (the GIR postcode), and is either
   * <ul>
   *   <li>lower-case and followed by a space and a lower-case letter, by a full stop that ends a
   *       sentence, or by the end of the text: no structured rule starts at it and {@link
   *       #mayTrigger} is false; or
   *   <li>followed by a comma, or capitalised and followed as above, and a common word with no
   *       other role (or, lower-case before a comma, no keyword at all): the word rules look it up
   *       and do nothing with it.
   * </ul>
   * In every case {@link #word} would only return the word's end.
   */
  private int plainWordEnd(char[] s, int ws) {
    char c0 = s[ws];
    boolean lower = c0 >= 'a' && c0 <= 'z';
    if (!lower && (c0 < 'A' || c0 > 'Z')) {
      return -1;
    }
    int n = s.length;
    long h = Fold.mix(Fold.SEED, F[c0]);
    int j = ws + 1;
    while (j < n) {
      char f = F[s[j]];
      if (f == 0) {
        break;
      }
      if (f <= '9') {
        return -1;
      }
      h = Fold.mix(h, f);
      j++;
    }
    boolean comma = false;
    if (j < n) {
      char nx = s[j];
      char nx2 = j + 1 < n ? s[j + 1] : 0;
      if (nx == ',') {
        comma = true;
      } else if (nx == ' ' ? nx2 < 'a' || nx2 > 'z' : nx != '.' || F[nx2] != 0) {
        return -1;
      }
    }
    if ((c0 | 0x20) == 'g' && j - ws == 3 || names.mayContain(h)) {
      return -1;
    }
    if (!lower || comma) {
      int kw = KEYWORDS.get(s, ws, j, h);
      if (kw != COMMON && (kw != 0 || !lower)) {
        return -1;
      }
    }
    // Before a space and a lower-case letter, go on at that letter: the space needs nothing.
    return comma || j >= n || s[j] != ' ' ? j : j + 1;
  }

  private int word(char[] s, int ws, List<Hit> hits) {
    int n = s.length;
    int j = ws;
    long h = Fold.SEED;
    boolean digit = false;
    while (j < n) {
      char f = F[s[j]];
      if (f == 0) {
        break;
      }
      if (f <= '9' && f >= '0') {
        digit = true;
      }
      h = Fold.mix(h, f);
      j++;
    }
    int we = j;
    if (we < n) {
      char nx = s[we];
      if (nx == '@') {
        int e = email(s, we, hits);
        if (e > 0) {
          return e;
        }
      } else if (nx == '.' && we + 1 < n && F[s[we + 1]] != 0) {
        int e = domain(s, ws, hits);
        if (e > 0) {
          return e;
        }
      } else if (nx == ':' && we + 2 < n && s[we + 1] == '/' && s[we + 2] == '/'
          && isHttp(s, ws, we)) {
        int e = urlTail(s, we + 3);
        if (e > we + 3) {
          hits.add(withKey(new Hit(ws, e, IdentifierType.URL, "url", Confidence.HIGH), s, ws, e));
          return e;
        }
      }
    }
    char c0 = s[ws];
    int len = we - ws;
    if (c0 < 128) {
      if (digit || (len == 3 && (c0 == 'G' || c0 == 'g'))) {
        int e = postcode(s, ws, hits);
        if (e > 0) {
          return e;
        }
      }
      if ((digit && len >= 8) || (len == 2 && we + 1 < n && s[we] == ' '
          && Fold.isAsciiDigit(s[we + 1]))) {
        int e = niNumber(s, ws, hits);
        if (e > 0) {
          return e;
        }
      }
    }
    if (!digit) {
      int e = directory(s, ws, we, h, hits);
      if (e > 0) {
        return e;
      }
      if (len >= 2 && mayTrigger(s, c0, we)) {
        int kw = KEYWORDS.get(s, ws, we, h);
        if (kw != 0 || (heuristics && Character.isUpperCase(c0))) {
          e = wordRules(s, ws, we, kw, hits);
          if (e > 0) {
            return e;
          }
        }
      }
    }
    return we;
  }

  /**
   * Tells whether a word could start a word rule: only a capitalised word, or one followed by a
   * digit, a capital or a line end, can; the common lower-case word followed by another needs
   * no lookup.
   */
  private static boolean mayTrigger(char[] s, char c0, int we) {
    if (c0 < 128 ? (c0 >= 'A' && c0 <= 'Z') : Character.isUpperCase(c0)) {
      return true;
    }
    int n = s.length;
    if (we >= n) {
      return false;
    }
    char nx = s[we];
    if (nx == ' ') {
      if (we + 1 >= n) {
        return false;
      }
      char nx2 = s[we + 1];
      return (nx2 >= '0' && nx2 <= '9') || (nx2 >= 'A' && nx2 <= 'Z')
          || (nx2 >= 128 && Character.isUpperCase(nx2));
    }
    return nx == ',' || nx == '!' || nx == '\n' || nx == '\r';
  }

  private static boolean isHttp(char[] s, int ws, int we) {
    int len = we - ws;
    return (len == 4 || len == 5) && regionMatchesIgnoreCase(s, ws, "https".substring(0, len));
  }

  private static int wordEnd(char[] s, int p) {
    int n = s.length;
    while (p < n && F[s[p]] != 0) {
      p++;
    }
    return p;
  }

  private static String folded(char[] s, int start, int end) {
    char[] out = new char[end - start];
    for (int k = start; k < end; k++) {
      out[k - start] = F[s[k]];
    }
    return new String(out);
  }

  private static boolean capitalised(char[] s, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(s[start])) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      if (!Character.isLowerCase(s[k])) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- directory

  private static boolean isNameSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '\u00a0' || c == '\n' || c == '\t'
        || Fold.isApostrophe(c) || c == '\u2010' || c == '\u2011';
  }

  private int directory(char[] s, int ws, int we, long h, List<Hit> hits) {
    if (names.isEmpty()) {
      return -1;
    }
    int t = names.token(s, ws, we, h);
    if (t < 0) {
      return -1;
    }
    int node = names.child(0, t);
    if (node < 0) {
      return -1;
    }
    int n = s.length;
    int bestNode = -1;
    int bestEnd = -1;
    int depth = 1;
    int curEnd = we;
    while (true) {
      if (names.termEntity[node] >= 0
          && !(depth == 1 && names.termNeedsCapital[node]
              && !Character.isUpperCase(s[ws]))) {
        bestNode = node;
        bestEnd = curEnd;
      }
      int p = curEnd;
      int pLimit = Math.min(n, curEnd + 3);
      while (p < pLimit && isNameSeparator(s[p])) {
        p++;
      }
      if (p == curEnd || p >= n || F[s[p]] == 0) {
        break;
      }
      long h2 = Fold.SEED;
      int q = p;
      while (q < n) {
        char f = F[s[q]];
        if (f == 0) {
          break;
        }
        h2 = Fold.mix(h2, f);
        q++;
      }
      int t2 = names.token(s, p, q, h2);
      if (t2 < 0) {
        break;
      }
      int next = names.child(node, t2);
      if (next < 0) {
        break;
      }
      node = next;
      curEnd = q;
      depth++;
    }
    if (bestNode < 0) {
      return -1;
    }
    int entity = names.termEntity[bestNode];
    IdentifierType type = names.entityTypes[entity];
    int start = type == IdentifierType.PERSON ? extendBack(s, ws) : ws;
    // The span ends with the name: a possessive "'s" stays in the text ("[PERSON-1]'s notes").
    Hit hit =
        new Hit(start, bestEnd, type, NameIndex.RULES[names.termKind[bestNode]], Confidence.HIGH);
    hit.entity = entity;
    hit.node = bestNode;
    hit.weak = start == ws && bestEnd == we && names.termNeedsCapital[bestNode]
        && atSentenceStart(s, ws);
    hits.add(hit);
    return possessive(s, bestEnd);
  }

  private static boolean atSentenceStart(char[] s, int p) {
    int q = p;
    while (q > 0) {
      char c = s[q - 1];
      if (c == ' ' || c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(') {
        q--;
      } else {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\r';
      }
    }
    return true;
  }

  /** Extends a person's match back over initials ("J. Smith") and a title ("Dr Smith"). */
  private static int extendBack(char[] s, int ws) {
    int start = ws;
    for (int round = 0; round < 2; round++) {
      int q = start;
      int sep = 0;
      while (q > 0 && sep < 2 && (s[q - 1] == ' ' || s[q - 1] == '.')) {
        q--;
        sep++;
      }
      if (sep > 0 && q > 0 && Character.isUpperCase(s[q - 1])
          && (q - 1 == 0 || F[s[q - 2]] == 0)) {
        start = q - 1;
      } else {
        break;
      }
    }
    int q = start;
    int sep = 0;
    while (q > 0 && sep < 2 && (s[q - 1] == ' ' || s[q - 1] == '.')) {
      q--;
      sep++;
    }
    if (sep > 0) {
      int w = q;
      while (w > 0 && F[s[w - 1]] != 0) {
        w--;
      }
      if (q - w >= 2 && q - w <= 10 && Character.isUpperCase(s[w])
          && TITLES.contains(folded(s, w, q))) {
        start = w;
      }
    }
    return start;
  }

  /** Returns where the scan goes on after a name: past its possessive ending, if any. */
  private static int possessive(char[] s, int end) {
    int n = s.length;
    if (end < n && Fold.isApostrophe(s[end])) {
      if (end + 1 < n && (s[end + 1] == 's' || s[end + 1] == 'S')
          && (end + 2 == n || F[s[end + 2]] == 0)) {
        return end + 2;
      }
      if (end > 0 && (s[end - 1] == 's' || s[end - 1] == 'S')
          && (end + 1 == n || F[s[end + 1]] == 0)) {
        return end + 1;
      }
    }
    return end;
  }

  // ---------------------------------------------------------------- word-triggered rules

  private int wordRules(char[] s, int ws, int we, int kw, List<Hit> hits) {
    int n = s.length;
    int month = kw & MONTH_MASK;
    if (month != 0 && we + 1 < n && s[we] == ' ') {
      int e = monthFirstDate(s, ws, we, month, hits);
      if (e > 0) {
        return e;
      }
    }
    if ((kw & AGED) != 0 && we + 1 < n && s[we] == ' ') {
      int p = we + 1;
      int q = digits(s, p, 3);
      if (q - p >= 1 && q - p <= 3 && ageBoundary(s, q)) {
        int age = parse(s, p, q);
        if (age <= 120) {
          Hit hit = new Hit(ws, q, IdentifierType.AGE, "age.aged", Confidence.HIGH);
          hit.a = age;
          hit.b = p;
          hit.c = q;
          hit.key = Integer.toString(age);
          hits.add(hit);
          return q;
        }
      }
    }
    if (!heuristics) {
      return -1;
    }
    if ((kw & TITLE) != 0) {
      if (Character.isUpperCase(s[ws])) {
        titled(s, ws, we, hits);
      }
      return -1;
    }
    if ((kw & BY) != 0) {
      byName(s, we, hits);
      return -1;
    }
    if ((kw & SIGN_OFF) != 0) {
      signature(s, we, hits);
      return -1;
    }
    if ((kw & (COMMON | MONTH_MASK | DAY)) == 0) {
      namePair(s, ws, we, hits);
    }
    return -1;
  }

  private static void titled(char[] s, int ws, int we, List<Hit> hits) {
    int n = s.length;
    int p = we;
    if (p < n && s[p] == '.') {
      p++;
    }
    if (p + 1 < n && s[p] == ' ') {
      int q = wordEnd(s, p + 1);
      if (capitalised(s, p + 1, q) && !TITLES.contains(folded(s, p + 1, q))) {
        int end = q;
        int lastStart = p + 1;
        if (q + 1 < n && s[q] == ' ') {
          int r = wordEnd(s, q + 1);
          if (capitalised(s, q + 1, r) && !CommonWords.contains(folded(s, q + 1, r))) {
            end = r;
            lastStart = q + 1;
          }
        }
        Hit hit = new Hit(ws, end, IdentifierType.PERSON, "heuristic.title", Confidence.LOW);
        hit.key = folded(s, lastStart, wordEnd(s, lastStart));
        hits.add(hit);
      }
    }
  }

  private static void byName(char[] s, int we, List<Hit> hits) {
    int n = s.length;
    if (we + 1 >= n || s[we] != ' ') {
      return;
    }
    int q = wordEnd(s, we + 1);
    if (capitalised(s, we + 1, q) && !CommonWords.contains(folded(s, we + 1, q))
        && !TITLES.contains(folded(s, we + 1, q))) {
      int end = q;
      int lastStart = we + 1;
      if (q + 1 < n && s[q] == ' ') {
        int r = wordEnd(s, q + 1);
        if (capitalised(s, q + 1, r)) {
          end = r;
          lastStart = q + 1;
        }
      }
      Hit hit = new Hit(we + 1, end, IdentifierType.PERSON, "heuristic.by-name", Confidence.LOW);
      hit.key = folded(s, lastStart, wordEnd(s, lastStart));
      hits.add(hit);
    }
  }

  private static boolean ageBoundary(char[] s, int q) {
    int n = s.length;
    if (q == n) {
      return true;
    }
    char c = s[q];
    if (F[c] != 0 || c == '+' || c == '-' || c == '\u2013') {
      return false;
    }
    return !(c == '.' && q + 1 < n && Fold.isAsciiDigit(s[q + 1]));
  }

  private static void namePair(char[] s, int ws, int we, List<Hit> hits) {
    if (!capitalised(s, ws, we)) {
      return;
    }
    int n = s.length;
    int end = -1;
    int lastStart = -1;
    int p = we;
    for (int k = 0; k < 2; k++) {
      if (p + 1 < n && s[p] == ' ') {
        int q = wordEnd(s, p + 1);
        if (capitalised(s, p + 1, q) && mayBeNamePart(folded(s, p + 1, q))) {
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
    Hit hit = new Hit(ws, end, IdentifierType.PERSON, "heuristic.name-pair", Confidence.LOW);
    hit.key = folded(s, lastStart, wordEnd(s, lastStart));
    hits.add(hit);
  }

  private static boolean mayBeNamePart(String next) {
    return !TITLES.contains(next) && !MONTHS.containsKey(next) && !DAYS.contains(next)
        && !STREET_TYPES.contains(next);
  }

  private static void signature(char[] s, int we, List<Hit> hits) {
    int n = s.length;
    int p = we;
    if (p < n && (s[p] == ',' || s[p] == '!')) {
      p++;
    }
    while (p < n && s[p] == ' ') {
      p++;
    }
    if (p < n && s[p] == '\r') {
      p++;
    }
    if (p >= n || s[p] != '\n') {
      return;
    }
    p++;
    int start = p;
    int end = -1;
    int lastStart = -1;
    for (int k = 0; k < 3; k++) {
      int q = wordEnd(s, p);
      if (!capitalised(s, p, q)) {
        break;
      }
      end = q;
      lastStart = p;
      if (q < n && s[q] == ' ') {
        p = q + 1;
      } else {
        break;
      }
    }
    if (end < 0 || (end < n && s[end] != '\n' && s[end] != '\r')) {
      return;
    }
    Hit hit = new Hit(start, end, IdentifierType.PERSON, "heuristic.signature", Confidence.LOW);
    hit.key = folded(s, lastStart, end);
    hits.add(hit);
  }

  private static boolean coveredByStrongerNeighbour(List<Hit> hits, int k) {
    Hit h = hits.get(k);
    for (int j = Math.max(0, k - 3); j < Math.min(hits.size(), k + 4); j++) {
      Hit o = hits.get(j);
      if (j != k && o.confidence != Confidence.LOW && o.start < h.end && o.end > h.start) {
        return true;
      }
    }
    return false;
  }

  /** Finds further mentions of surnames the heuristics found, so one is not left in clear. */
  private static void propagate(char[] s, List<Hit> hits) {
    Set<String> found = null;
    for (int k = 0; k < hits.size(); k++) {
      Hit h = hits.get(k);
      if (h.confidence == Confidence.LOW && h.type == IdentifierType.PERSON && h.key != null
          && h.key.length() >= 3 && !coveredByStrongerNeighbour(hits, k)
          && !CommonWords.contains(h.key)) {
        if (found == null) {
          found = new HashSet<>();
        }
        found.add(h.key);
      }
    }
    if (found == null) {
      return;
    }
    int n = s.length;
    int i = 0;
    while (i < n) {
      if (F[s[i]] == 0) {
        i++;
        continue;
      }
      int e = wordEnd(s, i);
      if (Character.isUpperCase(s[i]) && found.contains(folded(s, i, e))) {
        Hit hit = new Hit(i, e, IdentifierType.PERSON, "heuristic.propagated", Confidence.LOW);
        hit.key = folded(s, i, e);
        hits.add(hit);
      }
      i = e;
    }
  }

  // ---------------------------------------------------------------- numbers

  private int number(char[] s, int ds, List<Hit> hits) {
    int n = s.length;
    int de = ds;
    while (de < n && Fold.isAsciiDigit(s[de])) {
      de++;
    }
    boolean afterNumberish = ds > 0
        && (s[ds - 1] == '.' || s[ds - 1] == '/' || s[ds - 1] == '-'
            || s[ds - 1] == ',');
    if (!afterNumberish) {
      int e = -1;
      if (s[ds] == '0') {
        e = phone(s, ds, ds, false, false, hits);
      }
      if (e < 0) {
        e = nhs(s, ds, de, hits);
      }
      if (e < 0) {
        e = numericDate(s, ds, de, hits);
      }
      if (e < 0) {
        e = textDate(s, ds, de, hits);
      }
      if (e < 0) {
        e = ageYearsOld(s, ds, de, hits);
      }
      if (e < 0) {
        e = address(s, ds, de, hits);
      }
      if (e > 0) {
        return e;
      }
    }
    return wordEnd(s, de);
  }

  private static int plus(char[] s, int i, List<Hit> hits) {
    int n = s.length;
    if (i + 3 < n && s[i + 1] == '4' && s[i + 2] == '4'
        && (i == 0 || F[s[i - 1]] == 0)) {
      int p = i + 3;
      if (p < n && s[p] == ' ') {
        p++;
      }
      if (startsWith(s, p, "(0)")) {
        p += 3;
        if (p < n && s[p] == ' ') {
          p++;
        }
      }
      if (p < n && Fold.isAsciiDigit(s[p]) && s[p] != '0') {
        int e = phone(s, i, p, true, false, hits);
        if (e > 0) {
          return e;
        }
      }
    }
    return i + 1;
  }

  private static int paren(char[] s, int i, List<Hit> hits) {
    if (i + 1 < s.length && s[i + 1] == '0') {
      int e = phone(s, i, i + 1, false, true, hits);
      if (e > 0) {
        return e;
      }
    }
    return i + 1;
  }

  /** Skips a placeholder or pseudonym this engine wrote, so its own output is left alone. */
  private static int bracket(char[] s, int i) {
    int n = s.length;
    int j = i + 1;
    int jLimit = Math.min(n, i + 40);
    while (j < jLimit && ((s[j] >= 'A' && s[j] <= 'Z') || s[j] == '_')) {
      j++;
    }
    if (j == i + 1 || j >= n) {
      return i + 1;
    }
    if (s[j] == ']') {
      return j + 1;
    }
    if (s[j] != '-') {
      return i + 1;
    }
    int k = j + 1;
    int kLimit = Math.min(n, j + 20);
    while (k < kLimit
        && (Fold.isAsciiDigit(s[k]) || (s[k] >= 'a' && s[k] <= 'f'))) {
      k++;
    }
    if (k > j + 1 && k < n && s[k] == ']') {
      return k + 1;
    }
    return i + 1;
  }

  private static int phone(
      char[] s, int spanStart, int p, boolean international, boolean paren, List<Hit> hits) {
    int n = s.length;
    char[] d = new char[11];
    int count = 0;
    if (international) {
      d[count++] = '0';
    }
    int j = p;
    boolean open = paren;
    while (j < n) {
      char c = s[j];
      if (Fold.isAsciiDigit(c)) {
        if (count >= 11) {
          return -1;
        }
        d[count++] = c;
        j++;
      } else if ((c == ' ' || c == '-' || c == '\u00a0') && count > 0 && count < 11
          && j + 1 < n && Fold.isAsciiDigit(s[j + 1]) && !open) {
        j++;
      } else if (c == ')' && open) {
        open = false;
        j++;
        if (j + 1 < n && s[j] == ' ' && Fold.isAsciiDigit(s[j + 1])) {
          j++;
        }
      } else {
        break;
      }
    }
    if (open || (j < n && F[s[j]] != 0)) {
      return -1;
    }
    if (count < 10 || d[0] != '0' || "1235789".indexOf(d[1]) < 0) {
      return -1;
    }
    if (d[1] == '7' && count != 11) {
      return -1;
    }
    Hit hit = new Hit(spanStart, j, IdentifierType.PHONE, "uk-phone", Confidence.HIGH);
    hit.key = new String(d, 0, count);
    hits.add(hit);
    return j;
  }

  private static int nhs(char[] s, int ds, int de, List<Hit> hits) {
    int n = s.length;
    int len = de - ds;
    char[] d = new char[10];
    int end;
    if (len == 10) {
      System.arraycopy(s, ds, d, 0, (de) - (ds));
      end = de;
    } else if (len == 3 && de + 9 <= n) {
      char sep = s[de];
      if ((sep != ' ' && sep != '-') || s[de + 4] != sep) {
        return -1;
      }
      for (int k = 0; k < 3; k++) {
        d[k] = s[ds + k];
      }
      for (int k = 0; k < 3; k++) {
        d[3 + k] = s[de + 1 + k];
      }
      for (int k = 0; k < 4; k++) {
        d[6 + k] = s[de + 5 + k];
      }
      for (char c : d) {
        if (!Fold.isAsciiDigit(c)) {
          return -1;
        }
      }
      end = de + 9;
    } else {
      return -1;
    }
    if (end < n && F[s[end]] != 0) {
      return -1;
    }
    if (!Validators.nhsCheckDigit(d)) {
      return -1;
    }
    Hit hit = new Hit(ds, end, IdentifierType.NHS_NUMBER, "nhs-number.mod11", Confidence.HIGH);
    hit.key = new String(d);
    hits.add(hit);
    return end;
  }

  /**
   * Returns the end of the run of at most {@code max + 1} ASCII digits at {@code p}. The bound is
   * computed once so that the JIT can hoist the range check; a counter in the loop condition made
   * C2's profiled loop predicate fail on every call (a deoptimisation storm on JDK 17).
   */
  private static int digits(char[] s, int p, int max) {
    int limit = Math.min(s.length, p + max + 1);
    int q = p;
    while (q < limit && Fold.isAsciiDigit(s[q])) {
      q++;
    }
    return q;
  }

  private static int numericDate(char[] s, int ds, int de, List<Hit> hits) {
    int n = s.length;
    int len = de - ds;
    if (de >= n) {
      return -1;
    }
    char sep = s[de];
    if (sep != '/' && sep != '.' && sep != '-') {
      return -1;
    }
    int p2 = de + 1;
    int q2 = digits(s, p2, 2);
    if (q2 - p2 < 1 || q2 - p2 > 2 || q2 >= n || s[q2] != sep) {
      return -1;
    }
    int p3 = q2 + 1;
    int q3 = digits(s, p3, 4);
    int l3 = q3 - p3;
    if (q3 < n && (F[s[q3]] != 0
        || (q3 + 1 < n && (s[q3] == sep || s[q3] == '.')
            && Fold.isAsciiDigit(s[q3 + 1])))) {
      return -1;
    }
    int day;
    int month;
    int year;
    if (len == 4 && sep == '-' && l3 >= 1 && l3 <= 2) {
      year = parse(s, ds, de);
      month = parse(s, p2, q2);
      day = parse(s, p3, q3);
    } else if (len >= 1 && len <= 2 && (l3 == 2 || l3 == 4)) {
      day = parse(s, ds, de);
      month = parse(s, p2, q2);
      year = parse(s, p3, q3);
      if (l3 == 2) {
        year += year < 50 ? 2000 : 1900;
      }
    } else {
      return -1;
    }
    if (!Validators.validDate(day, month, year)) {
      return -1;
    }
    return dateHit(ds, q3, "date.numeric", Confidence.HIGH, day, month, year, hits);
  }

  /** Records a date found by any of the date rules, keyed by the day it names. */
  private static int dateHit(int start, int end, String rule, Confidence confidence, int day,
      int month, int year, List<Hit> hits) {
    Hit hit = new Hit(start, end, IdentifierType.DATE, rule, confidence);
    hit.a = month;
    hit.b = year;
    hit.key = year + "-" + month + "-" + day;
    hits.add(hit);
    return end;
  }

  /** Reads a month name at p; returns its number in the high bits and the end in the low. */
  private static long monthAt(char[] s, int p) {
    int q = wordEnd(s, p);
    if (q - p < 3 || q - p > 9) {
      return -1;
    }
    int m = KEYWORDS.get(s, p, q, foldedHash(s, p, q)) & MONTH_MASK;
    if (m == 0) {
      return -1;
    }
    return ((long) m << 32) | q;
  }

  /** The folded hash of the word s[start, end), as the scanner computes it while walking. */
  private static long foldedHash(char[] s, int start, int end) {
    long h = Fold.SEED;
    for (int k = start; k < end; k++) {
      h = Fold.mix(h, F[s[k]]);
    }
    return h;
  }


  private static int ordinal(char[] s, int q) {
    if (q + 2 <= s.length) {
      char a = (char) (s[q] | 0x20);
      char b = (char) (s[q + 1] | 0x20);
      boolean suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
          || (a == 't' && b == 'h');
      if (suffix && (q + 2 == s.length || F[s[q + 2]] == 0)) {
        return q + 2;
      }
    }
    return q;
  }


  private static int year(char[] s, int p) {
    int n = s.length;
    if (p + 5 <= n && s[p] == ' ') {
      int q = digits(s, p + 1, 4);
      if (q - p - 1 == 4 && (q == n || F[s[q]] == 0)) {
        return q;
      }
    }
    return -1;
  }

  private static int textDate(char[] s, int ds, int de, List<Hit> hits) {
    int n = s.length;
    if (de - ds > 2) {
      return -1;
    }
    int day = parse(s, ds, de);
    int p = ordinal(s, de);
    if (p >= n || (s[p] != ' ' && s[p] != '\u00a0')) {
      return -1;
    }
    p++;
    if (startsWith(s, p, "of ")) {
      p += 3;
    }
    long m = monthAt(s, p);
    if (m < 0) {
      return -1;
    }
    int month = (int) (m >>> 32);
    int end = (int) m;
    int yp = end < n && s[end] == ',' ? end + 1 : end;
    int ye = year(s, yp);
    int year = ye > 0 ? parse(s, ye - 4, ye) : 0;
    if (!Validators.validDate(day, month, ye > 0 ? year : 2024)) {
      return -1;
    }
    if (ye < 0 && end < n && F[s[end]] != 0) {
      return -1;
    }
    int stop = ye > 0 ? ye : end;
    return dateHit(ds, stop, ye > 0 ? "date.written" : "date.written-no-year",
        ye > 0 ? Confidence.HIGH : Confidence.MEDIUM, day, month, year, hits);
  }

  private static int monthFirstDate(char[] s, int ws, int we, int month, List<Hit> hits) {
    int p = we + 1;
    int q = digits(s, p, 2);
    if (q - p < 1 || q - p > 2) {
      return -1;
    }
    int day = parse(s, p, q);
    int r = ordinal(s, q);
    if (r < s.length && s[r] == ',') {
      r++;
    }
    int ye = year(s, r);
    if (ye < 0) {
      return -1;
    }
    int year = parse(s, ye - 4, ye);
    if (!Validators.validDate(day, month, year)) {
      return -1;
    }
    return dateHit(ws, ye, "date.written", Confidence.HIGH, day, month, year, hits);
  }

  private static int ageYearsOld(char[] s, int ds, int de, List<Hit> hits) {
    int n = s.length;
    if (de - ds > 3 || (ds > 0 && (s[ds - 1] == '-' || s[ds - 1] == '\u2013'))) {
      return -1;
    }
    int p = de;
    if (p >= n || (s[p] != ' ' && s[p] != '-')) {
      return -1;
    }
    p++;
    if (!regionMatchesIgnoreCase(s, p, "year")) {
      return -1;
    }
    p += 4;
    if (p < n && (s[p] == 's' || s[p] == 'S')) {
      p++;
    }
    if (p >= n || (s[p] != ' ' && s[p] != '-')) {
      return -1;
    }
    p++;
    if (!regionMatchesIgnoreCase(s, p, "old") || (p + 3 < n && F[s[p + 3]] != 0)) {
      return -1;
    }
    int age = parse(s, ds, de);
    if (age > 120) {
      return -1;
    }
    Hit hit = new Hit(ds, p + 3, IdentifierType.AGE, "age.years-old", Confidence.HIGH);
    hit.a = age;
    hit.b = ds;
    hit.c = de;
    hit.key = Integer.toString(age);
    hits.add(hit);
    return p + 3;
  }

  private static int address(char[] s, int ds, int de, List<Hit> hits) {
    int n = s.length;
    if (de - ds > 4) {
      return -1;
    }
    int p = de;
    if (p < n && Character.isLetter(s[p]) && s[p] < 128 && p + 1 < n
        && s[p + 1] == ' ') {
      p++;
    }
    int nameWords = 0;
    for (int k = 0; k < 5; k++) {
      if (p + 1 >= n || s[p] != ' ') {
        return -1;
      }
      int ws = p + 1;
      int we = wordEnd(s, ws);
      if (we - ws < 2) {
        return -1;
      }
      String w = folded(s, ws, we);
      if (nameWords > 0 && STREET_TYPES.contains(w)) {
        Hit hit = new Hit(ds, we, IdentifierType.ADDRESS, "street-address", Confidence.HIGH);
        hit.key = Fold.fold(str(s, ds, we));
        hits.add(hit);
        return we;
      }
      if (!Character.isUpperCase(s[ws])) {
        return -1;
      }
      nameWords++;
      p = we;
    }
    return -1;
  }

  // ---------------------------------------------------------------- '@', domains, URLs

  private static boolean isLocalChar(char c) {
    return (c < 128 && F[c] != 0) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private int at(char[] s, int i, List<Hit> hits) {
    int n = s.length;
    if (i > 0 && isLocalChar(s[i - 1])) {
      int e = email(s, i, hits);
      return e > 0 ? e : i + 1;
    }
    if (i > 0 && !Character.isWhitespace(s[i - 1]) && "([{\"'\u201c\u2018,;:".indexOf(s[i - 1]) < 0) {
      return i + 1;
    }
    int j = i + 1;
    boolean letter = false;
    int jLimit = Math.min(n, i + 32);
    while (j < jLimit) {
      char c = s[j];
      if (c < 128 && (F[c] != 0 || c == '_')) {
        letter |= Character.isLetter(c);
        j++;
      } else {
        break;
      }
    }
    if (letter && j - i <= 31 && (j == n || F[s[j]] == 0)) {
      Hit hit = new Hit(i, j, IdentifierType.HANDLE, "social-handle", Confidence.HIGH);
      hit.key = str(s, i, j).toLowerCase(Locale.ROOT);
      hits.add(hit);
      return j;
    }
    return i + 1;
  }

  private static int email(char[] s, int at, List<Hit> hits) {
    int st = at;
    while (st > 0 && at - st < 64 && isLocalChar(s[st - 1])) {
      st--;
    }
    while (st < at && s[st] == '.') {
      st++;
    }
    if (st == at) {
      return -1;
    }
    int e = domainEnd(s, at + 1, false);
    if (e < 0) {
      return -1;
    }
    Hit hit = new Hit(st, e, IdentifierType.EMAIL, "email", Confidence.HIGH);
    hit.key = str(s, st, e).toLowerCase(Locale.ROOT);
    hits.add(hit);
    return e;
  }

  private static boolean isLabelChar(char c) {
    return c < 128 && (F[c] != 0 || c == '-');
  }

  private static int domainEnd(char[] s, int p, boolean knownTld) {
    int n = s.length;
    int labels = 0;
    int lastStart = -1;
    int end = -1;
    int j = p;
    while (j < n) {
      int ls = j;
      while (j < n && isLabelChar(s[j])) {
        j++;
      }
      if (j == ls || s[ls] == '-' || s[j - 1] == '-') {
        break;
      }
      labels++;
      lastStart = ls;
      end = j;
      if (j + 1 < n && s[j] == '.' && isLabelChar(s[j + 1])) {
        j++;
      } else {
        break;
      }
    }
    if (labels < 2 || end - lastStart < 2) {
      return -1;
    }
    for (int k = lastStart; k < end; k++) {
      if (!Character.isLetter(s[k])) {
        return -1;
      }
    }
    if (knownTld && !TLDS.contains(str(s, lastStart, end).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    if (end < n && F[s[end]] != 0) {
      return -1;
    }
    return end;
  }

  private static int domain(char[] s, int ws, List<Hit> hits) {
    int n = s.length;
    if (ws > 0 && (s[ws - 1] == '@' || s[ws - 1] == '.')) {
      return -1;
    }
    int e = domainEnd(s, ws, true);
    if (e < 0 || (e < n && s[e] == '@')) {
      return -1;
    }
    if (e < n && s[e] == '/') {
      e = urlTail(s, e);
    }
    hits.add(withKey(new Hit(ws, e, IdentifierType.URL, "domain", Confidence.HIGH), s, ws, e));
    return e;
  }

  private static int urlTail(char[] s, int p) {
    int n = s.length;
    int j = p;
    while (j < n) {
      char c = s[j];
      if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '[' || c == ']') {
        break;
      }
      j++;
    }
    while (j > p && ".,;:!?)'\u2019\"".indexOf(s[j - 1]) >= 0) {
      j--;
    }
    return j;
  }

  private static Hit withKey(Hit hit, char[] s, int start, int end) {
    hit.key = str(s, start, end).toLowerCase(Locale.ROOT);
    return hit;
  }

  // ---------------------------------------------------------------- postcodes, NI numbers

  private static char up(char[] s, int i) {
    if (i >= s.length) {
      return 0;
    }
    char c = s[i];
    if (c >= 'a' && c <= 'z') {
      return (char) (c - 32);
    }
    return c < 128 ? c : 0;
  }

  private static boolean digitAt(char[] s, int i) {
    return i < s.length && Fold.isAsciiDigit(s[i]);
  }

  private static int postcode(char[] s, int p, List<Hit> hits) {
    int n = s.length;
    if (up(s, p) == 'G' && up(s, p + 1) == 'I' && up(s, p + 2) == 'R') {
      int q = p + 3 < n && s[p + 3] == ' ' ? p + 4 : p + 3;
      if (digitAt(s, q) && s[q] == '0' && up(s, q + 1) == 'A' && up(s, q + 2) == 'A'
          && (q + 3 == n || F[s[q + 3]] == 0)) {
        return postcodeHit(s, p, p + 3, q + 3, hits);
      }
    }
    char c1 = up(s, p);
    if (c1 < 'A' || c1 > 'Z' || "QVX".indexOf(c1) >= 0) {
      return -1;
    }
    int[] outs = new int[3];
    int k = 0;
    if (digitAt(s, p + 1)) {
      if (digitAt(s, p + 2)) {
        outs[k++] = p + 3;
      } else if ("ABCDEFGHJKPSTUW".indexOf(up(s, p + 2)) >= 0 && up(s, p + 2) != 0) {
        outs[k++] = p + 3;
      }
      outs[k++] = p + 2;
    } else {
      char c2 = up(s, p + 1);
      if (c2 < 'A' || c2 > 'Z' || "IJZ".indexOf(c2) >= 0 || !digitAt(s, p + 2)) {
        return -1;
      }
      if (digitAt(s, p + 3)) {
        outs[k++] = p + 4;
      } else if (up(s, p + 3) != 0 && "ABEHMNPRVWXY".indexOf(up(s, p + 3)) >= 0) {
        outs[k++] = p + 4;
      }
      outs[k++] = p + 3;
    }
    for (int v = 0; v < k; v++) {
      int o = outs[v];
      int q = o < n && s[o] == ' ' ? o + 1 : o;
      if (digitAt(s, q) && inward(up(s, q + 1)) && inward(up(s, q + 2))
          && (q + 3 == n || F[s[q + 3]] == 0)) {
        return postcodeHit(s, p, o, q + 3, hits);
      }
    }
    return -1;
  }

  private static boolean inward(char c) {
    return c != 0 && "ABDEFGHJLNPQRSTUWXYZ".indexOf(c) >= 0;
  }

  private static int postcodeHit(char[] s, int p, int outwardEnd, int end, List<Hit> hits) {
    Hit hit = new Hit(p, end, IdentifierType.POSTCODE, "uk-postcode", Confidence.HIGH);
    hit.b = outwardEnd;
    hit.key = str(s, p, end).replace(" ", "").toUpperCase(Locale.ROOT);
    hits.add(hit);
    return end;
  }

  private static int niNumber(char[] s, int p, List<Hit> hits) {
    int n = s.length;
    char c1 = up(s, p);
    char c2 = up(s, p + 1);
    if (!Validators.validNiPrefix(c1, c2)) {
      return -1;
    }
    int j = p + 2;
    char[] d = new char[8];
    d[0] = c1;
    d[1] = c2;
    for (int k = 0; k < 3; k++) {
      if (j < n && s[j] == ' ') {
        j++;
      }
      if (!digitAt(s, j) || !digitAt(s, j + 1)) {
        return -1;
      }
      d[2 + 2 * k] = s[j];
      d[3 + 2 * k] = s[j + 1];
      j += 2;
    }
    int q = j < n && s[j] == ' ' ? j + 1 : j;
    char suffix = up(s, q);
    Confidence confidence;
    int end;
    if (suffix >= 'A' && suffix <= 'D' && (q + 1 == n || F[s[q + 1]] == 0)) {
      end = q + 1;
      confidence = Confidence.HIGH;
    } else if (j == n || F[s[j]] == 0) {
      end = j;
      confidence = Confidence.MEDIUM;
    } else {
      return -1;
    }
    Hit hit = new Hit(p, end, IdentifierType.NI_NUMBER,
        confidence == Confidence.HIGH ? "ni-number" : "ni-number.no-suffix", confidence);
    hit.key = new String(d);
    hits.add(hit);
    return end;
  }

  // ---------------------------------------------------------------- char[] helpers

  private static String str(char[] s, int start, int end) {
    return new String(s, start, end - start);
  }

  /** Whether {@code s} holds {@code word} at {@code p}, ignoring ASCII case. */
  private static boolean regionMatchesIgnoreCase(char[] s, int p, String word) {
    if (p < 0 || p + word.length() > s.length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = s[p + k];
      char w = word.charAt(k);
      if (c != w && Character.toLowerCase(c) != Character.toLowerCase(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(char[] s, int p, String prefix) {
    if (p < 0 || p + prefix.length() > s.length) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (s[p + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Parses a run of ASCII digits the caller has already checked (at most nine of them). */
  private static int parse(char[] s, int start, int end) {
    int v = 0;
    for (int k = start; k < end; k++) {
      v = v * 10 + (s[k] - '0');
    }
    return v;
  }
}

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

  List<Hit> scan(String s) {
    List<Hit> hits = new ArrayList<>();
    char[] cs = s.toCharArray();
    int n = cs.length;
    int i = 0;
    while (i < n) {
      char c = cs[i];
      if (F[c] == 0) {
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
        i = word(s, cs, i, hits);
      }
    }
    if (heuristics) {
      propagate(s, hits);
    }
    caseReferences.scan(s, hits);
    return hits;
  }

  // ---------------------------------------------------------------- words

  private int word(String s, char[] cs, int ws, List<Hit> hits) {
    int n = cs.length;
    int j = ws;
    long h = Fold.SEED;
    boolean digit = false;
    while (j < n) {
      char f = F[cs[j]];
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
      char nx = cs[we];
      if (nx == '@') {
        int e = email(s, we, hits);
        if (e > 0) {
          return e;
        }
      } else if (nx == '.' && we + 1 < n && F[cs[we + 1]] != 0) {
        int e = domain(s, ws, hits);
        if (e > 0) {
          return e;
        }
      } else if (nx == ':' && we + 2 < n && cs[we + 1] == '/' && cs[we + 2] == '/'
          && isHttp(s, ws, we)) {
        int e = urlTail(s, we + 3);
        if (e > we + 3) {
          hits.add(withKey(new Hit(ws, e, IdentifierType.URL, "url", Confidence.HIGH), s, ws, e));
          return e;
        }
      }
    }
    char c0 = cs[ws];
    int len = we - ws;
    if (c0 < 128) {
      if (digit || (len == 3 && (c0 == 'G' || c0 == 'g'))) {
        int e = postcode(s, ws, hits);
        if (e > 0) {
          return e;
        }
      }
      if ((digit && len >= 8) || (len == 2 && we + 1 < n && cs[we] == ' '
          && Fold.isAsciiDigit(cs[we + 1]))) {
        int e = niNumber(s, ws, hits);
        if (e > 0) {
          return e;
        }
      }
    }
    if (!digit) {
      int e = directory(s, cs, ws, we, h, hits);
      if (e > 0) {
        return e;
      }
      if (len >= 2 && mayTrigger(cs, c0, we)) {
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

  private static boolean isHttp(String s, int ws, int we) {
    int len = we - ws;
    return (len == 4 || len == 5) && s.regionMatches(true, ws, "https", 0, len);
  }

  private static int wordEnd(String s, int p) {
    int n = s.length();
    while (p < n && F[s.charAt(p)] != 0) {
      p++;
    }
    return p;
  }

  private static String folded(String s, int start, int end) {
    char[] out = new char[end - start];
    for (int k = start; k < end; k++) {
      out[k - start] = F[s.charAt(k)];
    }
    return new String(out);
  }

  private static boolean capitalised(String s, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(s.charAt(start))) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      if (!Character.isLowerCase(s.charAt(k))) {
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

  private int directory(String s, char[] cs, int ws, int we, long h, List<Hit> hits) {
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
    int n = cs.length;
    int bestNode = -1;
    int bestEnd = -1;
    int depth = 1;
    int curEnd = we;
    while (true) {
      if (names.termEntity[node] >= 0
          && !(depth == 1 && names.termNeedsCapital[node]
              && !Character.isUpperCase(cs[ws]))) {
        bestNode = node;
        bestEnd = curEnd;
      }
      int p = curEnd;
      int pLimit = Math.min(n, curEnd + 3);
      while (p < pLimit && isNameSeparator(cs[p])) {
        p++;
      }
      if (p == curEnd || p >= n || F[cs[p]] == 0) {
        break;
      }
      long h2 = Fold.SEED;
      int q = p;
      while (q < n) {
        char f = F[cs[q]];
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
    int end = possessive(s, bestEnd);
    Hit hit = new Hit(start, end, type, NameIndex.RULES[names.termKind[bestNode]], Confidence.HIGH);
    hit.entity = entity;
    hit.node = bestNode;
    hit.weak = start == ws && bestEnd == we && names.termNeedsCapital[bestNode]
        && atSentenceStart(s, ws);
    hits.add(hit);
    return end;
  }

  private static boolean atSentenceStart(String s, int p) {
    int q = p;
    while (q > 0) {
      char c = s.charAt(q - 1);
      if (c == ' ' || c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(') {
        q--;
      } else {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\r';
      }
    }
    return true;
  }

  /** Extends a person's match back over initials ("J. Smith") and a title ("Dr Smith"). */
  private static int extendBack(String s, int ws) {
    int start = ws;
    for (int round = 0; round < 2; round++) {
      int q = start;
      int sep = 0;
      while (q > 0 && sep < 2 && (s.charAt(q - 1) == ' ' || s.charAt(q - 1) == '.')) {
        q--;
        sep++;
      }
      if (sep > 0 && q > 0 && Character.isUpperCase(s.charAt(q - 1))
          && (q - 1 == 0 || F[s.charAt(q - 2)] == 0)) {
        start = q - 1;
      } else {
        break;
      }
    }
    int q = start;
    int sep = 0;
    while (q > 0 && sep < 2 && (s.charAt(q - 1) == ' ' || s.charAt(q - 1) == '.')) {
      q--;
      sep++;
    }
    if (sep > 0) {
      int w = q;
      while (w > 0 && F[s.charAt(w - 1)] != 0) {
        w--;
      }
      if (q - w >= 2 && q - w <= 10 && Character.isUpperCase(s.charAt(w))
          && TITLES.contains(folded(s, w, q))) {
        start = w;
      }
    }
    return start;
  }

  private static int possessive(String s, int end) {
    int n = s.length();
    if (end < n && Fold.isApostrophe(s.charAt(end))) {
      if (end + 1 < n && (s.charAt(end + 1) == 's' || s.charAt(end + 1) == 'S')
          && (end + 2 == n || F[s.charAt(end + 2)] == 0)) {
        return end + 2;
      }
      if (end > 0 && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S')
          && (end + 1 == n || F[s.charAt(end + 1)] == 0)) {
        return end + 1;
      }
    }
    return end;
  }

  // ---------------------------------------------------------------- word-triggered rules

  private int wordRules(String s, int ws, int we, int kw, List<Hit> hits) {
    int n = s.length();
    int month = kw & MONTH_MASK;
    if (month != 0 && we + 1 < n && s.charAt(we) == ' ') {
      int e = monthFirstDate(s, ws, we, month, hits);
      if (e > 0) {
        return e;
      }
    }
    if ((kw & AGED) != 0 && we + 1 < n && s.charAt(we) == ' ') {
      int p = we + 1;
      int q = digits(s, p, 3);
      if (q - p >= 1 && q - p <= 3 && ageBoundary(s, q)) {
        int age = Integer.parseInt(s, p, q, 10);
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
      if (Character.isUpperCase(s.charAt(ws))) {
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

  private static void titled(String s, int ws, int we, List<Hit> hits) {
    int n = s.length();
    int p = we;
    if (p < n && s.charAt(p) == '.') {
      p++;
    }
    if (p + 1 < n && s.charAt(p) == ' ') {
      int q = wordEnd(s, p + 1);
      if (capitalised(s, p + 1, q) && !TITLES.contains(folded(s, p + 1, q))) {
        int end = q;
        int lastStart = p + 1;
        if (q + 1 < n && s.charAt(q) == ' ') {
          int r = wordEnd(s, q + 1);
          if (capitalised(s, q + 1, r) && !CommonWords.contains(folded(s, q + 1, r))) {
            end = r;
            lastStart = q + 1;
          }
        }
        end = possessive(s, end);
        Hit hit = new Hit(ws, end, IdentifierType.PERSON, "heuristic.title", Confidence.LOW);
        hit.key = folded(s, lastStart, wordEnd(s, lastStart));
        hits.add(hit);
      }
    }
  }

  private static void byName(String s, int we, List<Hit> hits) {
    int n = s.length();
    if (we + 1 >= n || s.charAt(we) != ' ') {
      return;
    }
    int q = wordEnd(s, we + 1);
    if (capitalised(s, we + 1, q) && !CommonWords.contains(folded(s, we + 1, q))
        && !TITLES.contains(folded(s, we + 1, q))) {
      int end = q;
      int lastStart = we + 1;
      if (q + 1 < n && s.charAt(q) == ' ') {
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

  private static boolean ageBoundary(String s, int q) {
    int n = s.length();
    if (q == n) {
      return true;
    }
    char c = s.charAt(q);
    if (F[c] != 0 || c == '+' || c == '-' || c == '\u2013') {
      return false;
    }
    return !(c == '.' && q + 1 < n && Fold.isAsciiDigit(s.charAt(q + 1)));
  }

  private static void namePair(String s, int ws, int we, List<Hit> hits) {
    if (!capitalised(s, ws, we)) {
      return;
    }
    int n = s.length();
    int end = -1;
    int lastStart = -1;
    int p = we;
    for (int k = 0; k < 2; k++) {
      if (p + 1 < n && s.charAt(p) == ' ') {
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
    end = possessive(s, end);
    Hit hit = new Hit(ws, end, IdentifierType.PERSON, "heuristic.name-pair", Confidence.LOW);
    hit.key = folded(s, lastStart, wordEnd(s, lastStart));
    hits.add(hit);
  }

  private static boolean mayBeNamePart(String next) {
    return !TITLES.contains(next) && !MONTHS.containsKey(next) && !DAYS.contains(next)
        && !STREET_TYPES.contains(next);
  }

  private static void signature(String s, int we, List<Hit> hits) {
    int n = s.length();
    int p = we;
    if (p < n && (s.charAt(p) == ',' || s.charAt(p) == '!')) {
      p++;
    }
    while (p < n && s.charAt(p) == ' ') {
      p++;
    }
    if (p < n && s.charAt(p) == '\r') {
      p++;
    }
    if (p >= n || s.charAt(p) != '\n') {
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
      if (q < n && s.charAt(q) == ' ') {
        p = q + 1;
      } else {
        break;
      }
    }
    if (end < 0 || (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r')) {
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
  private static void propagate(String s, List<Hit> hits) {
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
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (F[s.charAt(i)] == 0) {
        i++;
        continue;
      }
      int e = wordEnd(s, i);
      if (Character.isUpperCase(s.charAt(i)) && found.contains(folded(s, i, e))) {
        int end = possessive(s, e);
        Hit hit = new Hit(i, end, IdentifierType.PERSON, "heuristic.propagated", Confidence.LOW);
        hit.key = folded(s, i, e);
        hits.add(hit);
      }
      i = e;
    }
  }

  // ---------------------------------------------------------------- numbers

  private int number(String s, int ds, List<Hit> hits) {
    int n = s.length();
    int de = ds;
    while (de < n && Fold.isAsciiDigit(s.charAt(de))) {
      de++;
    }
    boolean afterNumberish = ds > 0
        && (s.charAt(ds - 1) == '.' || s.charAt(ds - 1) == '/' || s.charAt(ds - 1) == '-'
            || s.charAt(ds - 1) == ',');
    if (!afterNumberish) {
      int e = -1;
      if (s.charAt(ds) == '0') {
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

  private static int plus(String s, int i, List<Hit> hits) {
    int n = s.length();
    if (i + 3 < n && s.charAt(i + 1) == '4' && s.charAt(i + 2) == '4'
        && (i == 0 || F[s.charAt(i - 1)] == 0)) {
      int p = i + 3;
      if (p < n && s.charAt(p) == ' ') {
        p++;
      }
      if (s.startsWith("(0)", p)) {
        p += 3;
        if (p < n && s.charAt(p) == ' ') {
          p++;
        }
      }
      if (p < n && Fold.isAsciiDigit(s.charAt(p)) && s.charAt(p) != '0') {
        int e = phone(s, i, p, true, false, hits);
        if (e > 0) {
          return e;
        }
      }
    }
    return i + 1;
  }

  private static int paren(String s, int i, List<Hit> hits) {
    if (i + 1 < s.length() && s.charAt(i + 1) == '0') {
      int e = phone(s, i, i + 1, false, true, hits);
      if (e > 0) {
        return e;
      }
    }
    return i + 1;
  }

  /** Skips a placeholder or pseudonym this engine wrote, so its own output is left alone. */
  private static int bracket(String s, int i) {
    int n = s.length();
    int j = i + 1;
    int jLimit = Math.min(n, i + 40);
    while (j < jLimit && ((s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') || s.charAt(j) == '_')) {
      j++;
    }
    if (j == i + 1 || j >= n) {
      return i + 1;
    }
    if (s.charAt(j) == ']') {
      return j + 1;
    }
    if (s.charAt(j) != '-') {
      return i + 1;
    }
    int k = j + 1;
    int kLimit = Math.min(n, j + 20);
    while (k < kLimit
        && (Fold.isAsciiDigit(s.charAt(k)) || (s.charAt(k) >= 'a' && s.charAt(k) <= 'f'))) {
      k++;
    }
    if (k > j + 1 && k < n && s.charAt(k) == ']') {
      return k + 1;
    }
    return i + 1;
  }

  private static int phone(
      String s, int spanStart, int p, boolean international, boolean paren, List<Hit> hits) {
    int n = s.length();
    char[] d = new char[11];
    int count = 0;
    if (international) {
      d[count++] = '0';
    }
    int j = p;
    boolean open = paren;
    while (j < n) {
      char c = s.charAt(j);
      if (Fold.isAsciiDigit(c)) {
        if (count >= 11) {
          return -1;
        }
        d[count++] = c;
        j++;
      } else if ((c == ' ' || c == '-' || c == '\u00a0') && count > 0 && count < 11
          && j + 1 < n && Fold.isAsciiDigit(s.charAt(j + 1)) && !open) {
        j++;
      } else if (c == ')' && open) {
        open = false;
        j++;
        if (j + 1 < n && s.charAt(j) == ' ' && Fold.isAsciiDigit(s.charAt(j + 1))) {
          j++;
        }
      } else {
        break;
      }
    }
    if (open || (j < n && F[s.charAt(j)] != 0)) {
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

  private static int nhs(String s, int ds, int de, List<Hit> hits) {
    int n = s.length();
    int len = de - ds;
    char[] d = new char[10];
    int end;
    if (len == 10) {
      s.getChars(ds, de, d, 0);
      end = de;
    } else if (len == 3 && de + 9 <= n) {
      char sep = s.charAt(de);
      if ((sep != ' ' && sep != '-') || s.charAt(de + 4) != sep) {
        return -1;
      }
      for (int k = 0; k < 3; k++) {
        d[k] = s.charAt(ds + k);
      }
      for (int k = 0; k < 3; k++) {
        d[3 + k] = s.charAt(de + 1 + k);
      }
      for (int k = 0; k < 4; k++) {
        d[6 + k] = s.charAt(de + 5 + k);
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
    if (end < n && F[s.charAt(end)] != 0) {
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
  private static int digits(String s, int p, int max) {
    int limit = Math.min(s.length(), p + max + 1);
    int q = p;
    while (q < limit && Fold.isAsciiDigit(s.charAt(q))) {
      q++;
    }
    return q;
  }

  private static int numericDate(String s, int ds, int de, List<Hit> hits) {
    int n = s.length();
    int len = de - ds;
    if (de >= n) {
      return -1;
    }
    char sep = s.charAt(de);
    if (sep != '/' && sep != '.' && sep != '-') {
      return -1;
    }
    int p2 = de + 1;
    int q2 = digits(s, p2, 2);
    if (q2 - p2 < 1 || q2 - p2 > 2 || q2 >= n || s.charAt(q2) != sep) {
      return -1;
    }
    int p3 = q2 + 1;
    int q3 = digits(s, p3, 4);
    int l3 = q3 - p3;
    if (q3 < n && (F[s.charAt(q3)] != 0
        || (q3 + 1 < n && (s.charAt(q3) == sep || s.charAt(q3) == '.')
            && Fold.isAsciiDigit(s.charAt(q3 + 1))))) {
      return -1;
    }
    int day;
    int month;
    int year;
    if (len == 4 && sep == '-' && l3 >= 1 && l3 <= 2) {
      year = Integer.parseInt(s, ds, de, 10);
      month = Integer.parseInt(s, p2, q2, 10);
      day = Integer.parseInt(s, p3, q3, 10);
    } else if (len >= 1 && len <= 2 && (l3 == 2 || l3 == 4)) {
      day = Integer.parseInt(s, ds, de, 10);
      month = Integer.parseInt(s, p2, q2, 10);
      year = Integer.parseInt(s, p3, q3, 10);
      if (l3 == 2) {
        year += year < 50 ? 2000 : 1900;
      }
    } else {
      return -1;
    }
    if (!Validators.validDate(day, month, year)) {
      return -1;
    }
    Hit hit = new Hit(ds, q3, IdentifierType.DATE, "date.numeric", Confidence.HIGH);
    hit.a = month;
    hit.b = year;
    hit.key = year + "-" + month + "-" + day;
    hits.add(hit);
    return q3;
  }

  /** Reads a month name at p; returns its number in the high bits and the end in the low. */
  private static long monthAt(String s, int p) {
    int q = wordEnd(s, p);
    if (q - p < 3 || q - p > 9) {
      return -1;
    }
    Integer m = MONTHS.get(folded(s, p, q));
    if (m == null) {
      return -1;
    }
    return ((long) m << 32) | q;
  }

  private static int ordinal(String s, int q) {
    if (q + 2 <= s.length()) {
      String suffix = s.substring(q, q + 2).toLowerCase(Locale.ROOT);
      if ((suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))
          && (q + 2 == s.length() || F[s.charAt(q + 2)] == 0)) {
        return q + 2;
      }
    }
    return q;
  }

  private static int year(String s, int p) {
    int n = s.length();
    if (p + 5 <= n && s.charAt(p) == ' ') {
      int q = digits(s, p + 1, 4);
      if (q - p - 1 == 4 && (q == n || F[s.charAt(q)] == 0)) {
        return q;
      }
    }
    return -1;
  }

  private static int textDate(String s, int ds, int de, List<Hit> hits) {
    int n = s.length();
    if (de - ds > 2) {
      return -1;
    }
    int day = Integer.parseInt(s, ds, de, 10);
    int p = ordinal(s, de);
    if (p >= n || (s.charAt(p) != ' ' && s.charAt(p) != '\u00a0')) {
      return -1;
    }
    p++;
    if (s.startsWith("of ", p)) {
      p += 3;
    }
    long m = monthAt(s, p);
    if (m < 0) {
      return -1;
    }
    int month = (int) (m >>> 32);
    int end = (int) m;
    int yp = end < n && s.charAt(end) == ',' ? end + 1 : end;
    int ye = year(s, yp);
    int year = ye > 0 ? Integer.parseInt(s, ye - 4, ye, 10) : 0;
    if (!Validators.validDate(day, month, ye > 0 ? year : 2024)) {
      return -1;
    }
    if (ye < 0 && end < n && F[s.charAt(end)] != 0) {
      return -1;
    }
    int stop = ye > 0 ? ye : end;
    Hit hit = new Hit(ds, stop, IdentifierType.DATE, ye > 0 ? "date.written" : "date.written-no-year",
        ye > 0 ? Confidence.HIGH : Confidence.MEDIUM);
    hit.a = month;
    hit.b = year;
    hit.key = year + "-" + month + "-" + day;
    hits.add(hit);
    return stop;
  }

  private static int monthFirstDate(String s, int ws, int we, int month, List<Hit> hits) {
    int p = we + 1;
    int q = digits(s, p, 2);
    if (q - p < 1 || q - p > 2) {
      return -1;
    }
    int day = Integer.parseInt(s, p, q, 10);
    int r = ordinal(s, q);
    if (r < s.length() && s.charAt(r) == ',') {
      r++;
    }
    int ye = year(s, r);
    if (ye < 0) {
      return -1;
    }
    int year = Integer.parseInt(s, ye - 4, ye, 10);
    if (!Validators.validDate(day, month, year)) {
      return -1;
    }
    Hit hit = new Hit(ws, ye, IdentifierType.DATE, "date.written", Confidence.HIGH);
    hit.a = month;
    hit.b = year;
    hit.key = year + "-" + month + "-" + day;
    hits.add(hit);
    return ye;
  }

  private static int ageYearsOld(String s, int ds, int de, List<Hit> hits) {
    int n = s.length();
    if (de - ds > 3 || (ds > 0 && (s.charAt(ds - 1) == '-' || s.charAt(ds - 1) == '\u2013'))) {
      return -1;
    }
    int p = de;
    if (p >= n || (s.charAt(p) != ' ' && s.charAt(p) != '-')) {
      return -1;
    }
    p++;
    if (!s.regionMatches(true, p, "year", 0, 4)) {
      return -1;
    }
    p += 4;
    if (p < n && (s.charAt(p) == 's' || s.charAt(p) == 'S')) {
      p++;
    }
    if (p >= n || (s.charAt(p) != ' ' && s.charAt(p) != '-')) {
      return -1;
    }
    p++;
    if (!s.regionMatches(true, p, "old", 0, 3) || (p + 3 < n && F[s.charAt(p + 3)] != 0)) {
      return -1;
    }
    int age = Integer.parseInt(s, ds, de, 10);
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

  private static int address(String s, int ds, int de, List<Hit> hits) {
    int n = s.length();
    if (de - ds > 4) {
      return -1;
    }
    int p = de;
    if (p < n && Character.isLetter(s.charAt(p)) && s.charAt(p) < 128 && p + 1 < n
        && s.charAt(p + 1) == ' ') {
      p++;
    }
    int nameWords = 0;
    for (int k = 0; k < 5; k++) {
      if (p + 1 >= n || s.charAt(p) != ' ') {
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
        hit.key = Fold.fold(s.substring(ds, we));
        hits.add(hit);
        return we;
      }
      if (!Character.isUpperCase(s.charAt(ws))) {
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

  private int at(String s, int i, List<Hit> hits) {
    int n = s.length();
    if (i > 0 && isLocalChar(s.charAt(i - 1))) {
      int e = email(s, i, hits);
      return e > 0 ? e : i + 1;
    }
    if (i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && "([{\"'\u201c\u2018,;:".indexOf(s.charAt(i - 1)) < 0) {
      return i + 1;
    }
    int j = i + 1;
    boolean letter = false;
    int jLimit = Math.min(n, i + 32);
    while (j < jLimit) {
      char c = s.charAt(j);
      if (c < 128 && (F[c] != 0 || c == '_')) {
        letter |= Character.isLetter(c);
        j++;
      } else {
        break;
      }
    }
    if (letter && j - i <= 31 && (j == n || F[s.charAt(j)] == 0)) {
      Hit hit = new Hit(i, j, IdentifierType.HANDLE, "social-handle", Confidence.HIGH);
      hit.key = s.substring(i, j).toLowerCase(Locale.ROOT);
      hits.add(hit);
      return j;
    }
    return i + 1;
  }

  private static int email(String s, int at, List<Hit> hits) {
    int st = at;
    while (st > 0 && at - st < 64 && isLocalChar(s.charAt(st - 1))) {
      st--;
    }
    while (st < at && s.charAt(st) == '.') {
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
    hit.key = s.substring(st, e).toLowerCase(Locale.ROOT);
    hits.add(hit);
    return e;
  }

  private static boolean isLabelChar(char c) {
    return c < 128 && (F[c] != 0 || c == '-');
  }

  private static int domainEnd(String s, int p, boolean knownTld) {
    int n = s.length();
    int labels = 0;
    int lastStart = -1;
    int end = -1;
    int j = p;
    while (j < n) {
      int ls = j;
      while (j < n && isLabelChar(s.charAt(j))) {
        j++;
      }
      if (j == ls || s.charAt(ls) == '-' || s.charAt(j - 1) == '-') {
        break;
      }
      labels++;
      lastStart = ls;
      end = j;
      if (j + 1 < n && s.charAt(j) == '.' && isLabelChar(s.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    if (labels < 2 || end - lastStart < 2) {
      return -1;
    }
    for (int k = lastStart; k < end; k++) {
      if (!Character.isLetter(s.charAt(k))) {
        return -1;
      }
    }
    if (knownTld && !TLDS.contains(s.substring(lastStart, end).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    if (end < n && F[s.charAt(end)] != 0) {
      return -1;
    }
    return end;
  }

  private static int domain(String s, int ws, List<Hit> hits) {
    int n = s.length();
    if (ws > 0 && (s.charAt(ws - 1) == '@' || s.charAt(ws - 1) == '.')) {
      return -1;
    }
    int e = domainEnd(s, ws, true);
    if (e < 0 || (e < n && s.charAt(e) == '@')) {
      return -1;
    }
    if (e < n && s.charAt(e) == '/') {
      e = urlTail(s, e);
    }
    hits.add(withKey(new Hit(ws, e, IdentifierType.URL, "domain", Confidence.HIGH), s, ws, e));
    return e;
  }

  private static int urlTail(String s, int p) {
    int n = s.length();
    int j = p;
    while (j < n) {
      char c = s.charAt(j);
      if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '[' || c == ']') {
        break;
      }
      j++;
    }
    while (j > p && ".,;:!?)'\u2019\"".indexOf(s.charAt(j - 1)) >= 0) {
      j--;
    }
    return j;
  }

  private static Hit withKey(Hit hit, String s, int start, int end) {
    hit.key = s.substring(start, end).toLowerCase(Locale.ROOT);
    return hit;
  }

  // ---------------------------------------------------------------- postcodes, NI numbers

  private static char up(String s, int i) {
    if (i >= s.length()) {
      return 0;
    }
    char c = s.charAt(i);
    if (c >= 'a' && c <= 'z') {
      return (char) (c - 32);
    }
    return c < 128 ? c : 0;
  }

  private static boolean digitAt(String s, int i) {
    return i < s.length() && Fold.isAsciiDigit(s.charAt(i));
  }

  private static int postcode(String s, int p, List<Hit> hits) {
    int n = s.length();
    if (up(s, p) == 'G' && up(s, p + 1) == 'I' && up(s, p + 2) == 'R') {
      int q = p + 3 < n && s.charAt(p + 3) == ' ' ? p + 4 : p + 3;
      if (digitAt(s, q) && s.charAt(q) == '0' && up(s, q + 1) == 'A' && up(s, q + 2) == 'A'
          && (q + 3 == n || F[s.charAt(q + 3)] == 0)) {
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
      int q = o < n && s.charAt(o) == ' ' ? o + 1 : o;
      if (digitAt(s, q) && inward(up(s, q + 1)) && inward(up(s, q + 2))
          && (q + 3 == n || F[s.charAt(q + 3)] == 0)) {
        return postcodeHit(s, p, o, q + 3, hits);
      }
    }
    return -1;
  }

  private static boolean inward(char c) {
    return c != 0 && "ABDEFGHJLNPQRSTUWXYZ".indexOf(c) >= 0;
  }

  private static int postcodeHit(String s, int p, int outwardEnd, int end, List<Hit> hits) {
    Hit hit = new Hit(p, end, IdentifierType.POSTCODE, "uk-postcode", Confidence.HIGH);
    hit.b = outwardEnd;
    hit.key = s.substring(p, end).replace(" ", "").toUpperCase(Locale.ROOT);
    hits.add(hit);
    return end;
  }

  private static int niNumber(String s, int p, List<Hit> hits) {
    int n = s.length();
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
      if (j < n && s.charAt(j) == ' ') {
        j++;
      }
      if (!digitAt(s, j) || !digitAt(s, j + 1)) {
        return -1;
      }
      d[2 + 2 * k] = s.charAt(j);
      d[3 + 2 * k] = s.charAt(j + 1);
      j += 2;
    }
    int q = j < n && s.charAt(j) == ' ' ? j + 1 : j;
    char suffix = up(s, q);
    Confidence confidence;
    int end;
    if (suffix >= 'A' && suffix <= 'D' && (q + 1 == n || F[s.charAt(q + 1)] == 0)) {
      end = q + 1;
      confidence = Confidence.HIGH;
    } else if (j == n || F[s.charAt(j)] == 0) {
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
}

package org.practitionersforum.core.anonymisation;

import static org.practitionersforum.core.anonymisation.ScanChars.regionMatchesIgnoreCase;
import static org.practitionersforum.core.anonymisation.ScanChars.substring;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * Finds what the web gives away (AN-1): email addresses, social handles ("@care_team"), URLs with a
 * scheme, and bare domains with a known top-level domain ("www.carehome.co.uk"), each keyed by its
 * lower-case text. Pure functions.
 */
final class WebDetector {
  private static final char[] FOLD = Fold.FOLD;

  private static final Set<String> TLDS =
      Set.of(
          "com", "org", "net", "uk", "gov", "nhs", "ac", "edu", "info", "io", "eu", "scot", "wales",
          "cymru", "london", "biz", "me");

  /**
   * The country-code top-level domains: the ISO 3166-1 two-letter country codes, which the root
   * zone delegates as ccTLDs, with the exceptional "uk", "eu" and "ac".
   */
  private static final Set<String> COUNTRY_TLDS = countryTlds();

  private WebDetector() {}

  private static Set<String> countryTlds() {
    java.util.HashSet<String> codes = new java.util.HashSet<>();
    for (String c : Locale.getISOCountries()) {
      codes.add(c.toLowerCase(Locale.ROOT));
    }
    codes.add("uk");
    codes.add("eu");
    codes.add("ac");
    return Set.copyOf(codes);
  }

  /**
   * At an '@' the word scan did not reach: an email address if a local part precedes it, else a
   * social handle if it starts a word.
   *
   * @return where the scan goes on
   */
  static int atSign(char[] text, int i, List<Hit> hits) {
    int n = text.length;
    if (i > 0 && isLocalChar(text[i - 1])) {
      int end = email(text, i, hits);
      return end > 0 ? end : i + 1;
    }
    if (i > 0
        && !Character.isWhitespace(text[i - 1])
        && "([{\"'\u201c\u2018,;:".indexOf(text[i - 1]) < 0) {
      return i + 1;
    }
    int j = i + 1;
    boolean letter = false;
    int jLimit = Math.min(n, i + 32);
    while (j < jLimit) {
      char c = text[j];
      if (c < 128 && (FOLD[c] != 0 || c == '_')) {
        letter |= Character.isLetter(c);
        j++;
      } else {
        break;
      }
    }
    if (letter && j - i <= 31 && (j == n || FOLD[text[j]] == 0)) {
      Hit hit = new Hit(i, j, IdentifierType.HANDLE, "social-handle", Confidence.HIGH);
      hit.key = substring(text, i, j).toLowerCase(Locale.ROOT);
      hits.add(hit);
      return j;
    }
    return i + 1;
  }

  /**
   * An email address whose '@' is at {@code at}: the local part before it, a domain after it.
   *
   * @return the address's end, or -1
   */
  static int email(char[] text, int at, List<Hit> hits) {
    int start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text[start - 1])) {
      start--;
    }
    while (start < at && text[start] == '.') {
      start++;
    }
    if (start == at) {
      return -1;
    }
    int end = domainEnd(text, at + 1, false);
    if (end < 0) {
      return -1;
    }
    Hit hit = new Hit(start, end, IdentifierType.EMAIL, "email", Confidence.HIGH);
    hit.key = substring(text, start, end).toLowerCase(Locale.ROOT);
    hits.add(hit);
    return end;
  }

  /**
   * A bare domain with a known top-level domain starting at the word at {@code wordStart}, with its
   * path if one follows.
   *
   * @return the domain's (or path's) end, or -1
   */
  static int domain(char[] text, int wordStart, List<Hit> hits) {
    int n = text.length;
    if (wordStart > 0 && (text[wordStart - 1] == '@' || text[wordStart - 1] == '.')) {
      return -1;
    }
    int end = domainEnd(text, wordStart, true);
    if (end < 0 || (end < n && text[end] == '@')) {
      return -1;
    }
    if (end < n && text[end] == '/') {
      end = urlTail(text, end);
    }
    hits.add(
        withKey(
            new Hit(wordStart, end, IdentifierType.URL, "domain", Confidence.HIGH),
            text,
            wordStart,
            end));
    return end;
  }

  /**
   * A URL whose scheme is the word text[schemeStart, schemeEnd), followed by "://" (the caller has
   * checked that): the scheme must be "http" or "https", in any case.
   *
   * @return the URL's end, or -1
   */
  static int url(char[] text, int schemeStart, int schemeEnd, List<Hit> hits) {
    if (!isHttp(text, schemeStart, schemeEnd)) {
      return -1;
    }
    int end = urlTail(text, schemeEnd + 3);
    if (end > schemeEnd + 3 && hasDottedHost(text, schemeEnd + 3, end)) {
      hits.add(
          withKey(
              new Hit(schemeStart, end, IdentifierType.URL, "url", Confidence.HIGH),
              text,
              schemeStart,
              end));
      return end;
    }
    return -1;
  }

  /**
   * Tells whether the host of a URL, from {@code p} to the first '/', ':', '?' or '#', has two
   * labels or more ("http://intranet" names no site anyone else can reach).
   */
  private static boolean hasDottedHost(char[] text, int p, int end) {
    int j = p;
    boolean dot = false;
    while (j < end && text[j] != '/' && text[j] != ':' && text[j] != '?' && text[j] != '#') {
      if (text[j] == '.' && j > p && j + 1 < end && isLabelChar(text[j + 1])) {
        dot = true;
      }
      j++;
    }
    return dot;
  }

  private static final Set<String> USER_NAME_LEADS = Set.of("by", "from", "named", "called");

  /** Words that follow "user" in prose and are never a user name. */
  private static final Set<String> NOT_USER_NAMES =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "who",
          "that",
          "which",
          "is",
          "was",
          "has",
          "had",
          "with",
          "in",
          "on",
          "of",
          "to",
          "for",
          "at",
          "name",
          "names",
          "id",
          "ids",
          "account",
          "accounts",
          "group",
          "groups",
          "research",
          "needs",
          "testing",
          "experience",
          "guide",
          "interface",
          "data",
          "details",
          "feedback",
          "profile",
          "can",
          "will",
          "may",
          "must",
          "should");

  /**
   * Finds user names written without '@' where the text says they are one: after "username", "user
   * name", "user id" or "user:", or after "user" following "by", "from", "named" or "called"
   * ("submitted by user jsmith"). The name itself is the finding, of medium confidence.
   */
  static void userNames(String s, char[] text, List<Hit> hits) {
    for (String key : new String[] {"user", "User"}) {
      int from = 0;
      int at;
      while ((at = s.indexOf(key, from)) >= 0) {
        from = at + 4;
        if (at == 0 || FOLD[text[at - 1]] == 0) {
          userNameAt(text, at, hits);
        }
      }
    }
  }

  private static void userNameAt(char[] text, int at, List<Hit> hits) {
    int n = text.length;
    int p = at + 4;
    boolean said = false;
    if (regionMatchesIgnoreCase(text, p, "name") && (p + 4 == n || FOLD[text[p + 4]] == 0)) {
      p += 4;
      said = true;
    } else if (regionMatchesIgnoreCase(text, p, " name")
        && (p + 5 == n || FOLD[text[p + 5]] == 0)) {
      p += 5;
      said = true;
    } else if (regionMatchesIgnoreCase(text, p, " id") && (p + 3 == n || FOLD[text[p + 3]] == 0)) {
      p += 3;
      said = true;
    } else if (p < n && FOLD[text[p]] != 0) {
      return;
    }
    if (p < n && text[p] == ':') {
      p++;
      said = true;
    }
    if (p + 1 >= n || text[p] != ' ') {
      return;
    }
    p++;
    if (!said && !ScanChars.precededBy(text, at, 1, USER_NAME_LEADS)) {
      return;
    }
    int q = p;
    boolean letter = false;
    while (q < n && q - p <= 30) {
      char c = text[q];
      if (c < 128 && (FOLD[c] != 0 || c == '_' || c == '.' || c == '-')) {
        letter |= Character.isLetter(c);
        q++;
      } else {
        break;
      }
    }
    while (q > p && (text[q - 1] == '.' || text[q - 1] == '-')) {
      q--;
    }
    if (!letter || q - p < 2 || q - p > 30 || (q < n && FOLD[text[q]] != 0)) {
      return;
    }
    String name = substring(text, p, q).toLowerCase(Locale.ROOT);
    if (NOT_USER_NAMES.contains(name) || CommonWords.contains(name)) {
      return;
    }
    Hit hit = new Hit(p, q, IdentifierType.HANDLE, "user-name", Confidence.MEDIUM);
    hit.key = name;
    hits.add(hit);
  }

  private static boolean isHttp(char[] text, int wordStart, int wordEnd) {
    int len = wordEnd - wordStart;
    return (len == 4 || len == 5)
        && regionMatchesIgnoreCase(text, wordStart, "https".substring(0, len));
  }

  private static boolean isLocalChar(char c) {
    return (c < 128 && FOLD[c] != 0) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isLabelChar(char c) {
    return c < 128 && (FOLD[c] != 0 || c == '-');
  }

  /**
   * Returns the end of a domain of at least two labels starting at {@code p}, whose last label is
   * at least two letters (and a known top-level domain if {@code knownTld}), or -1.
   */
  private static int domainEnd(char[] text, int p, boolean knownTld) {
    int n = text.length;
    int labels = 0;
    int lastStart = -1;
    int end = -1;
    int j = p;
    while (j < n) {
      int labelStart = j;
      while (j < n && isLabelChar(text[j])) {
        j++;
      }
      if (j == labelStart || text[labelStart] == '-' || text[j - 1] == '-') {
        break;
      }
      labels++;
      lastStart = labelStart;
      end = j;
      if (j + 1 < n && text[j] == '.' && isLabelChar(text[j + 1])) {
        j++;
      } else {
        break;
      }
    }
    if (labels < 2 || end - lastStart < 2) {
      return -1;
    }
    for (int k = lastStart; k < end; k++) {
      if (!Character.isLetter(text[k])) {
        return -1;
      }
    }
    if (knownTld) {
      String tld = substring(text, lastStart, end);
      String lower = tld.toLowerCase(Locale.ROOT);
      // A country code only as written in web addresses, in lower case, and with either "www", a
      // third label, a path or a name of three letters or more before it: "end.It" ends a sentence.
      boolean country =
          COUNTRY_TLDS.contains(lower)
              && tld.equals(lower)
              && (labels >= 3
                  || regionMatchesIgnoreCase(text, p, "www.")
                  || (end < n && text[end] == '/')
                  || lastStart - 1 - p >= 3);
      if (!TLDS.contains(lower) && !country) {
        return -1;
      }
    }
    if (end < n && FOLD[text[end]] != 0) {
      return -1;
    }
    return end;
  }

  /** Returns the end of a URL's path from {@code p}, without the punctuation that ends a phrase. */
  private static int urlTail(char[] text, int p) {
    int n = text.length;
    int j = p;
    while (j < n) {
      char c = text[j];
      if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '[' || c == ']') {
        break;
      }
      j++;
    }
    while (j > p && ".,;:!?)'\u2019\"".indexOf(text[j - 1]) >= 0) {
      j--;
    }
    return j;
  }

  private static Hit withKey(Hit hit, char[] text, int start, int end) {
    hit.key = substring(text, start, end).toLowerCase(Locale.ROOT);
    return hit;
  }
}

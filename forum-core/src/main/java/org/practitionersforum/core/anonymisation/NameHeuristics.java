package org.practitionersforum.core.anonymisation;

import static org.practitionersforum.core.anonymisation.ScanChars.capitalised;
import static org.practitionersforum.core.anonymisation.ScanChars.folded;
import static org.practitionersforum.core.anonymisation.ScanChars.wordEnd;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * Guesses at names of people the directory does not know (AN-1), all of low confidence: after a
 * title ("Dr Okafor"), after "by", in a signature after a sign-off, two or three capitalised words
 * in a row that the evidence says are a name; then further mentions of the names so guessed. Each
 * guess keeps its surname as its key, so its mentions share a placeholder.
 *
 * <p>The evidence for a pair of capitalised words ({@link NameLexicon}): whether the first is a
 * given name and the second a surname, by the census lists; whether either is an English word; a
 * word that heads names of things ("Board", "Programme", "Manager") ends no person's name. A pair
 * is <em>strong</em> when a given name (not a common word) comes before a surname or a word no list
 * holds, or a word no list holds before a surname that is not a common word; <em>weak</em> when
 * neither word is a common word but the lists do not vouch for it. A weak pair is dropped in a
 * heading or a line of title-case words; only a strong pair, a title, "by" or a signature lends its
 * words to other mentions, and never a common word. Pure functions.
 */
final class NameHeuristics {
  private static final char[] FOLD = Fold.FOLD;

  /** Words that head the names of things: a pair ending in one is not a person. */
  static final Set<String> THING_HEADS =
      Set.of(
          "board",
          "committee",
          "group",
          "council",
          "service",
          "services",
          "office",
          "programme",
          "program",
          "review",
          "report",
          "strategy",
          "team",
          "unit",
          "trust",
          "network",
          "centre",
          "center",
          "fund",
          "act",
          "bill",
          "plan",
          "scheme",
          "award",
          "awards",
          "week",
          "day",
          "conference",
          "summit",
          "forum",
          "partnership",
          "agency",
          "authority",
          "department",
          "ministry",
          "commission",
          "panel",
          "college",
          "university",
          "school",
          "hospital",
          "library",
          "course",
          "manager",
          "officer",
          "director",
          "adviser",
          "advisor",
          "minister",
          "secretary",
          "executive",
          "chair",
          "lead",
          "coordinator",
          "worker",
          "assistant",
          "police",
          "prison",
          "court",
          "project",
          "campaign",
          "policy",
          "framework",
          "standard",
          "standards",
          "guidance",
          "toolkit",
          "tool",
          "app",
          "hub",
          "association",
          "society",
          "foundation",
          "institute",
          "company",
          "limited",
          "ltd",
          "plc",
          "street",
          "road",
          "lane",
          "avenue",
          "house",
          "hall",
          "park",
          "square",
          "building");

  /** Roles written after a title that name an office, not a person: "Mr Speaker". */
  private static final Set<String> ROLES =
      Set.of(
          "speaker",
          "chancellor",
          "mayor",
          "president",
          "minister",
          "secretary",
          "chairman",
          "chair",
          "justice",
          "chief",
          "governor",
          "deputy",
          "commissioner",
          "provost",
          "dean",
          "registrar",
          "sheriff");

  /** Verbs of speech: a weak pair before one is a person. */
  private static final Set<String> SPEECH =
      Set.of(
          "said",
          "says",
          "told",
          "explained",
          "added",
          "wrote",
          "writes",
          "asked",
          "commented",
          "stated",
          "noted",
          "argued",
          "replied",
          "recalled",
          "agreed",
          "welcomed");

  /** Given names up to this rank are names first, even if they are also English words. */
  private static final int COMMON_NAME_RANK = 2000;

  /** How much the evidence says a pair of capitalised words is a person's name. */
  private enum Evidence {
    NONE,
    WEAK,
    STRONG
  }

  private NameHeuristics() {}

  /**
   * Applies the rule the word text[wordStart, wordEnd) calls for, by its keyword roles: a title,
   * "by", a sign-off, or (a word with no common-word, month or day role) the start of a name.
   */
  static void atWord(char[] text, int wordStart, int wordEnd, int roles, List<Hit> hits) {
    if (wordEnd - wordStart == 3 && text[wordStart] == 'H' && royal(text, wordStart, hits)) {
      return;
    }
    if ((roles & Keywords.TITLE) != 0) {
      // "Ms" and "Dr" are titles; "MS" and "DR" are abbreviations of other things.
      if (capitalised(text, wordStart, wordEnd)) {
        titled(text, wordStart, wordEnd, hits);
      }
      return;
    }
    if ((roles & Keywords.BY) != 0) {
      byName(text, wordEnd, hits);
      return;
    }
    if ((roles & Keywords.SIGN_OFF) != 0) {
      signature(text, wordEnd, hits);
      return;
    }
    if ((roles & (Keywords.COMMON | Keywords.MONTH_MASK | Keywords.DAY)) == 0) {
      if (!namePair(text, wordStart, wordEnd, hits)) {
        loneGivenName(text, wordStart, wordEnd, hits);
      }
    } else if ((roles & (Keywords.MONTH_MASK | Keywords.DAY)) == 0
        && wordEnd + 1 < text.length
        && text[wordEnd] == ' '
        && Character.isUpperCase(text[wordEnd + 1])
        && NameLexicon.givenRank(NameLexicon.lookup(text, wordStart, wordEnd)) > 0) {
      // A common word that is also a given name ("Mark", "Joy") starts a name only if the lists
      // vouch for the pair: see pair().
      namePair(text, wordStart, wordEnd, hits);
    }
  }

  /**
   * Tells whether a given name is also a common word: English writes it in lower case and either
   * our own list holds it or it is not among the most frequent names.
   */
  private static boolean commonGivenName(int entry, String folded) {
    return NameLexicon.isWord(entry)
        && (CommonWords.contains(folded) || NameLexicon.givenRank(entry) > COMMON_NAME_RANK);
  }

  /** Tells whether a folded word is a common word: in the bundled English list or our own. */
  private static boolean common(int entry, String folded) {
    return NameLexicon.isWord(entry) || CommonWords.contains(folded);
  }

  /**
   * A title followed by one or two capitalised words: "Dr Okafor", "Mrs Ada Okafor"; not a role
   * ("Mr Speaker", "Lord Chancellor").
   */
  private static void titled(char[] text, int titleStart, int titleEnd, List<Hit> hits) {
    int n = text.length;
    int p = titleEnd;
    if (p < n && text[p] == '.') {
      p++;
    }
    if (p + 1 < n && text[p] == ' ') {
      int q = wordEnd(text, p + 1);
      String first = folded(text, p + 1, q);
      if (capitalised(text, p + 1, q)
          && !Keywords.TITLES.contains(first)
          && !ROLES.contains(first)) {
        int end = q;
        int lastStart = p + 1;
        if (q + 1 < n && text[q] == ' ') {
          int r = nameWordEnd(text, q + 1);
          if (nameCapitalised(text, q + 1, r)
              && !CommonWords.contains(folded(text, q + 1, r))
              && !THING_HEADS.contains(folded(text, q + 1, r))) {
            end = r;
            lastStart = q + 1;
          }
        }
        Hit hit =
            new Hit(titleStart, end, IdentifierType.PERSON, "heuristic.title", Confidence.LOW);
        hit.key = lastPartKey(text, lastStart, end);
        hit.strong = true;
        hits.add(hit);
      }
    }
  }

  /**
   * "by" followed by a capitalised word that is neither common nor a title, and maybe one more, if
   * they are not both common words ("by Public Health England" is no person).
   */
  private static void byName(char[] text, int byEnd, List<Hit> hits) {
    int n = text.length;
    if (byEnd + 1 >= n || text[byEnd] != ' ') {
      return;
    }
    int q = wordEnd(text, byEnd + 1);
    String first = folded(text, byEnd + 1, q);
    if (capitalised(text, byEnd + 1, q)
        && !CommonWords.contains(first)
        && !Keywords.TITLES.contains(first)) {
      int end = q;
      int lastStart = byEnd + 1;
      if (q + 1 < n && text[q] == ' ') {
        int r = wordEnd(text, q + 1);
        if (capitalised(text, q + 1, r)) {
          end = r;
          lastStart = q + 1;
        }
      }
      int e1 = NameLexicon.lookup(text, byEnd + 1, q);
      boolean firstIsName = NameLexicon.givenRank(e1) > 0 || NameLexicon.surnameRank(e1) > 0;
      if (lastStart > byEnd + 1) {
        Evidence evidence = pair(text, byEnd + 1, q, lastStart, end);
        if (evidence == Evidence.NONE) {
          return;
        }
      } else if (common(e1, first) && !firstIsName) {
        return;
      }
      Hit hit = new Hit(byEnd + 1, end, IdentifierType.PERSON, "heuristic.by-name", Confidence.LOW);
      hit.key = folded(text, lastStart, wordEnd(text, lastStart));
      hit.strong = true;
      hits.add(hit);
    }
  }

  /**
   * Weighs the evidence that text[s1, e1) and text[s2, e2), two capitalised words, are a given name
   * (or first part of a name) and a surname.
   */
  private static Evidence pair(char[] text, int s1, int e1, int s2, int e2) {
    int p1 = lastPartStart(text, s1, e1);
    int p2 = lastPartStart(text, s2, e2);
    String f1 = folded(text, p1, e1);
    String f2 = folded(text, p2, e2);
    if (THING_HEADS.contains(f2)) {
      return Evidence.NONE;
    }
    int x1 = NameLexicon.lookup(text, p1, e1);
    int x2 = NameLexicon.lookup(text, p2, e2);
    boolean given1 = NameLexicon.givenRank(x1) > 0;
    // A given name is a common word if English writes it in lower case and either our own list
    // says so ("Mark", "Will") or it is not among the most frequent names ("Herb", "Sherry"):
    // "John" and "Sue" are words too, but seldom capitalised as such; "James" is no word.
    boolean common1 = given1 ? commonGivenName(x1, f1) : common(x1, f1);
    boolean surname2 = NameLexicon.surnameRank(x2) > 0;
    boolean common2 = common(x2, f2);
    if (Keywords.MONTHS.containsKey(f2) || Keywords.DAYS.contains(f2)) {
      // "Theresa May": a month after a given name only if it is a surname too.
      return given1 && !common1 && surname2 ? Evidence.STRONG : Evidence.NONE;
    }
    if ((given1 && !common1 && (surname2 || !common2))
        || (given1 && surname2 && !common2)
        || (!given1 && !common1 && surname2 && !common2)) {
      return Evidence.STRONG;
    }
    if ((!common1 && !common2) || (given1 && !common1)) {
      return Evidence.WEAK;
    }
    return Evidence.NONE;
  }

  /**
   * A capitalised word followed by one or two capitalised words, kept if the evidence says they are
   * a name: a strong pair anywhere, a weak pair only outside headings and title-case lines or
   * before a verb of speech.
   */
  private static boolean namePair(char[] text, int firstStart, int firstEnd, List<Hit> hits) {
    if (!nameCapitalised(text, firstStart, firstEnd)) {
      return false;
    }
    if (organisation(text, firstStart, hits)) {
      return true;
    }
    int n = text.length;
    int p = firstEnd;
    if (p + 1 >= n || text[p] != ' ') {
      return false;
    }
    int secondStart = p + 1;
    int secondEnd = nameWordEnd(text, secondStart);
    if (!nameCapitalised(text, secondStart, secondEnd)
        || !mayBeNamePart(folded(text, secondStart, secondEnd))) {
      return false;
    }
    Evidence evidence = pair(text, firstStart, firstEnd, secondStart, secondEnd);
    if (evidence == Evidence.NONE) {
      return true;
    }
    int end = secondEnd;
    int lastStart = secondStart;
    if (secondEnd + 1 < n && text[secondEnd] == ' ') {
      int thirdStart = secondEnd + 1;
      int thirdEnd = nameWordEnd(text, thirdStart);
      if (nameCapitalised(text, thirdStart, thirdEnd)
          && mayBeNamePart(folded(text, thirdStart, thirdEnd))
          && NameLexicon.givenRank(NameLexicon.lookup(text, secondStart, secondEnd)) > 0) {
        Evidence third = pair(text, secondStart, secondEnd, thirdStart, thirdEnd);
        if (third == Evidence.STRONG) {
          end = thirdEnd;
          lastStart = thirdStart;
        }
      }
    }
    if (evidence == Evidence.WEAK && !speechFollows(text, end) && titleCaseLine(text, firstStart)) {
      return true;
    }
    Hit hit =
        new Hit(firstStart, end, IdentifierType.PERSON, "heuristic.name-pair", Confidence.LOW);
    hit.key = lastPartKey(text, lastStart, end);
    hit.strong = evidence == Evidence.STRONG;
    if (hit.strong) {
      int x1 = NameLexicon.lookup(text, firstStart, firstEnd);
      String f1 = folded(text, firstStart, firstEnd);
      if (NameLexicon.givenRank(x1) > 0 && !CommonWords.contains(f1)) {
        hit.givenKey = f1;
      }
    }
    hits.add(hit);
    return true;
  }

  /**
   * A given name alone after a strong cue: a salutation ("Dear Amy,") or a verb of speech before or
   * after it ("Amy said", "said Amy"). Only a name that is not a word of English and not part of a
   * run of capitalised words; its key is the name, so its mentions share a placeholder.
   */
  private static void loneGivenName(char[] text, int start, int end, List<Hit> hits) {
    if (!capitalised(text, start, end)) {
      return;
    }
    int entry = NameLexicon.lookup(text, start, end);
    if (NameLexicon.givenRank(entry) == 0 || NameLexicon.isWord(entry)) {
      return;
    }
    String folded = folded(text, start, end);
    if (CommonWords.contains(folded)) {
      return;
    }
    String before = wordBefore(text, start);
    boolean cue;
    if (before != null && before.equals("dear")) {
      cue = true;
    } else if (before != null && Character.isUpperCase(text[start - before.length() - 1])) {
      return;
    } else {
      cue = speechFollows(text, end) || (before != null && SPEECH.contains(before));
    }
    if (!cue
        || (end + 1 < text.length && text[end] == ' ' && Character.isUpperCase(text[end + 1]))) {
      return;
    }
    Hit hit = new Hit(start, end, IdentifierType.PERSON, GIVEN_NAME_RULE, Confidence.LOW);
    hit.key = folded;
    hits.add(hit);
  }

  /** The folded word just before {@code start}, after one space on the same line; else null. */
  private static String wordBefore(char[] text, int start) {
    int p = start - 1;
    if (p < 1 || text[p] != ' ' || FOLD[text[p - 1]] == 0) {
      return null;
    }
    int s = p - 1;
    while (s > 0 && FOLD[text[s - 1]] != 0) {
      s--;
    }
    return folded(text, s, p);
  }

  private static final String GIVEN_NAME_RULE = "heuristic.given-name";

  /** The styles of royalty, before the title and names they go with. */
  private static final List<String> ROYAL_STYLES =
      List.of("Her Majesty", "His Majesty", "Her Royal Highness", "His Royal Highness", "HRH");

  /** Words of royal and noble titles after a style: "The Queen", "the Prince of Wales". */
  private static final Set<String> ROYAL_TITLES =
      Set.of("king", "queen", "prince", "princess", "duke", "duchess", "earl", "countess", "royal");

  /**
   * A royal style and what follows it: "Her Majesty The Queen", "His Majesty King Charles III",
   * "His Royal Highness the Prince of Wales", "HRH The Duke of Edinburgh"; not "Her Majesty's
   * Government" (a possessive names a thing).
   *
   * @return true if one was found
   */
  private static boolean royal(char[] text, int start, List<Hit> hits) {
    int n = text.length;
    String style = null;
    for (String s : ROYAL_STYLES) {
      if (ScanChars.startsWith(text, start, s)
          && (start + s.length() == n || FOLD[text[start + s.length()]] == 0)) {
        style = s;
        break;
      }
    }
    if (style == null) {
      return false;
    }
    int end = start + style.length();
    if (end < n && Fold.isApostrophe(text[end])) {
      return false;
    }
    int p = end;
    if (p + 4 < n
        && (ScanChars.startsWith(text, p, " The ") || ScanChars.startsWith(text, p, " the "))) {
      p += 4;
    }
    boolean titled = false;
    for (int k = 0; k < 5 && p + 1 < n && text[p] == ' '; k++) {
      int q = wordEnd(text, p + 1);
      String word = folded(text, p + 1, q);
      if (word.equals("of") && q + 1 < n && text[q] == ' ' && Character.isUpperCase(text[q + 1])) {
        int r = wordEnd(text, q + 1);
        if (!titled) {
          break;
        }
        end = r;
        p = r;
        continue;
      }
      if (q == p + 1 || !Character.isUpperCase(text[p + 1])) {
        break;
      }
      titled |= ROYAL_TITLES.contains(word);
      end = q;
      p = q;
      if (q < n && Fold.isApostrophe(text[q])) {
        break;
      }
    }
    if (style.equals("HRH") && end == start + 3) {
      return false;
    }
    Hit hit = new Hit(start, end, IdentifierType.PERSON, "heuristic.royal", Confidence.LOW);
    hit.key = Fold.fold(new String(text, start, end - start));
    hits.add(hit);
    return true;
  }

  /** The last words of organisations' names: "Leeds City Council", "Oxford University". */
  private static final Set<String> ORGANISATION_HEADS =
      Set.of("council", "university", "college", "school", "academy", "trust", "hub", "hospital");

  /** Words after which "of" and a name make an organisation: "University of Leeds". */
  private static final Set<String> ORGANISATION_OF = Set.of("university", "college");

  /**
   * An organisation's name around the capitalised word at {@code start}, of medium confidence: a
   * run of capitalised words (or capitals, "NHS"), one not a common word, ending in a head word
   * ("Leeds City Council", "Calderdale NHS Foundation Trust", "Northgate Family Hub"), or
   * "University of" or "College of" before the word ("University of Leeds").
   *
   * @return true if one was found
   */
  private static boolean organisation(char[] text, int start, List<Hit> hits) {
    int n = text.length;
    // "University of Leeds": the word follows "<head> of ".
    if (start >= 4 && text[start - 1] == ' ' && ScanChars.startsWith(text, start - 4, " of ")) {
      int headEnd = start - 4;
      int headStart = headEnd;
      while (headStart > 0 && FOLD[text[headStart - 1]] != 0) {
        headStart--;
      }
      if (capitalised(text, headStart, headEnd)
          && ORGANISATION_OF.contains(folded(text, headStart, headEnd))) {
        int end = runEnd(text, start, 3);
        organisationHit(text, headStart, end, hits);
        return true;
      }
    }
    // A run of up to five capitalised words ending in a head word, one of them a proper name (no
    // common word): "Summer School" is no organisation. Most capitalised words are followed by no
    // other, and most runs end in no head word: both are ruled out before any word is folded.
    int firstEnd = wordEnd(text, start);
    if (firstEnd + 1 >= n || text[firstEnd] != ' ' || !Character.isUpperCase(text[firstEnd + 1])) {
      return false;
    }
    int p = firstEnd + 1;
    for (int k = 1; k < 5 && p < n; k++) {
      int q = wordEnd(text, p);
      if (q == p || !orgWord(text, p, q)) {
        return false;
      }
      if (mayBeHead(text, p, q) && ORGANISATION_HEADS.contains(folded(text, p, q))) {
        if (!properBefore(text, start, p)) {
          return false;
        }
        organisationHit(text, start, q, hits);
        return true;
      }
      if (q + 1 >= n || text[q] != ' ') {
        return false;
      }
      p = q + 1;
    }
    return false;
  }

  /** A cheap test before folding: a head word is three to ten letters long. */
  private static boolean mayBeHead(char[] text, int start, int end) {
    int len = end - start;
    return len >= 3 && len <= 10;
  }

  /** Tells whether a word in text[start, end) is not a common word. */
  private static boolean properBefore(char[] text, int start, int end) {
    int p = start;
    while (p < end) {
      int q = wordEnd(text, p);
      if (q > p && !common(NameLexicon.lookup(text, p, q), folded(text, p, q))) {
        return true;
      }
      p = q + 1;
    }
    return false;
  }

  private static boolean orgWord(char[] text, int start, int end) {
    if (capitalised(text, start, end)) {
      return true;
    }
    if (end - start < 2 || end - start > 5) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (text[k] < 'A' || text[k] > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** The end of a run of at most {@code max} capitalised words from {@code start}. */
  private static int runEnd(char[] text, int start, int max) {
    int end = wordEnd(text, start);
    int p = end;
    for (int k = 1; k < max && p + 1 < text.length && text[p] == ' '; k++) {
      int q = wordEnd(text, p + 1);
      if (!capitalised(text, p + 1, q)) {
        break;
      }
      end = q;
      p = q;
    }
    return end;
  }

  private static void organisationHit(char[] text, int start, int end, List<Hit> hits) {
    Hit hit =
        new Hit(start, end, IdentifierType.ORGANISATION, "organisation.pattern", Confidence.MEDIUM);
    hit.key = Fold.fold(new String(text, start, end - start));
    hits.add(hit);
  }

  /** Tells whether a verb of speech follows the name ending at {@code end} ("Jo Bloggs said"). */
  private static boolean speechFollows(char[] text, int end) {
    int p = end;
    if (p < text.length && text[p] == ',') {
      return false;
    }
    if (p + 1 >= text.length || text[p] != ' ') {
      return false;
    }
    int q = wordEnd(text, p + 1);
    return SPEECH.contains(folded(text, p + 1, q));
  }

  /**
   * Tells whether the line holding {@code at} is a heading or a line of title-case words: at least
   * two words, every word of four letters or more capitalised or in capitals.
   */
  private static boolean titleCaseLine(char[] text, int at) {
    int n = text.length;
    int start = at;
    while (start > 0 && text[start - 1] != '\n' && at - start < 300) {
      start--;
    }
    int end = at;
    while (end < n && text[end] != '\n' && end - at < 300) {
      end++;
    }
    int words = 0;
    int i = start;
    while (i < end) {
      if (FOLD[text[i]] == 0) {
        i++;
        continue;
      }
      int q = wordEnd(text, i);
      if (q - i >= 4) {
        if (!Character.isUpperCase(text[i])) {
          return false;
        }
        words++;
      }
      i = q;
    }
    return words >= 2;
  }

  private static boolean mayBeNamePart(String next) {
    return !Keywords.TITLES.contains(next) && !Keywords.STREET_TYPES.contains(next);
  }

  /**
   * Where a name word starting at {@code p} ends: a word, and after a single capital and an
   * apostrophe ("O'Brien", "D’Souza") or a hyphen ("Khan-Patel") the capitalised word that follows.
   */
  static int nameWordEnd(char[] text, int p) {
    int n = text.length;
    int q = wordEnd(text, p);
    if (q == p + 1
        && q + 1 < n
        && Fold.isApostrophe(text[q])
        && Character.isUpperCase(text[q + 1])) {
      q = wordEnd(text, q + 1);
    }
    while (q + 1 < n && text[q] == '-' && Character.isUpperCase(text[q + 1])) {
      q = wordEnd(text, q + 1);
    }
    return q;
  }

  /**
   * Tells whether text[start, end) is written as a name: a capital, then lower-case letters, with a
   * capital allowed after "Mc" or "Mac" and after an apostrophe or a hyphen ("McNeill", "O'Gorman",
   * "Roy-Chowdhury").
   */
  static boolean nameCapitalised(char[] text, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(text[start])) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      char c = text[k];
      if (Character.isLowerCase(c)) {
        continue;
      }
      boolean afterJoin = Fold.isApostrophe(text[k - 1]) || text[k - 1] == '-';
      boolean afterMc =
          (k - start == 2 && text[start] == 'M' && text[start + 1] == 'c')
              || (k - start == 3
                  && text[start] == 'M'
                  && text[start + 1] == 'a'
                  && text[start + 2] == 'c');
      if (Character.isUpperCase(c) && (afterJoin || afterMc)) {
        continue;
      }
      if ((Fold.isApostrophe(c) || c == '-') && k + 1 < end && Character.isUpperCase(text[k + 1])) {
        continue;
      }
      return false;
    }
    return true;
  }

  /** Where the last part of a name word starts: after its last apostrophe or hyphen. */
  private static int lastPartStart(char[] text, int start, int end) {
    int p = end;
    while (p > start && FOLD[text[p - 1]] != 0) {
      p--;
    }
    return p;
  }

  /**
   * The key of a name: its last word folded, and of a hyphenated or apostrophised one, all of it.
   */
  private static String lastPartKey(char[] text, int lastStart, int end) {
    return Fold.fold(new String(text, lastStart, end - lastStart)).replace(" ", "");
  }

  /** Up to three capitalised words alone on the line after a sign-off ("Regards,\nJo Bloggs"). */
  private static void signature(char[] text, int signOffEnd, List<Hit> hits) {
    int n = text.length;
    int p = signOffEnd;
    if (p < n && (text[p] == ',' || text[p] == '!')) {
      p++;
    }
    while (p < n && text[p] == ' ') {
      p++;
    }
    if (p < n && text[p] == '\r') {
      p++;
    }
    if (p >= n || text[p] != '\n') {
      return;
    }
    p++;
    int start = p;
    int end = -1;
    int lastStart = -1;
    for (int k = 0; k < 3; k++) {
      int q = wordEnd(text, p);
      if (!capitalised(text, p, q)) {
        break;
      }
      end = q;
      lastStart = p;
      if (q < n && text[q] == ' ') {
        p = q + 1;
      } else {
        break;
      }
    }
    if (end < 0 || (end < n && text[end] != '\n' && text[end] != '\r')) {
      return;
    }
    Hit hit = new Hit(start, end, IdentifierType.PERSON, "heuristic.signature", Confidence.LOW);
    hit.key = folded(text, lastStart, end);
    hit.strong = true;
    hits.add(hit);
  }

  private static boolean coveredByStrongerNeighbour(List<Hit> hits, int index) {
    Hit hit = hits.get(index);
    for (int j = Math.max(0, index - 3); j < Math.min(hits.size(), index + 4); j++) {
      Hit other = hits.get(j);
      if (j != index
          && other.confidence != Confidence.LOW
          && other.start < hit.end
          && other.end > hit.start) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds further mentions of the names the heuristics found, so one is not left in clear: the
   * surname of a title, "by", a signature or a strong pair, and the given name of a strong pair;
   * never a common word, and never from a weak pair.
   */
  static void propagate(char[] text, List<Hit> hits) {
    Map<String, String> found = null;
    for (int k = 0; k < hits.size(); k++) {
      Hit hit = hits.get(k);
      if (hit.confidence == Confidence.LOW
          && hit.type == IdentifierType.PERSON
          && hit.strong
          && hit.key != null
          && !coveredByStrongerNeighbour(hits, k)) {
        String[] words = {hit.key, hit.givenKey};
        for (int w = 0; w < 2; w++) {
          String word = words[w];
          if (word == null || word.length() < 3 || (w == 0 && CommonWords.contains(word))) {
            continue;
          }
          char[] chars = word.toCharArray();
          int entry = NameLexicon.lookup(chars, 0, chars.length);
          if (w == 0 ? NameLexicon.isWord(entry) : commonGivenName(entry, word)) {
            continue;
          }
          if (found == null) {
            found = new HashMap<>();
          }
          // A given name found alone shares the placeholder of the name it came with.
          found.putIfAbsent(word, hit.key);
        }
      }
    }
    if (found == null) {
      return;
    }
    for (Hit hit : hits) {
      // A given name found alone ("Nick said") is the person a strong pair named ("Nick Keith").
      if (hit.rule.equals(GIVEN_NAME_RULE) && found.containsKey(hit.key)) {
        hit.key = found.get(hit.key);
      }
    }
    int n = text.length;
    int i = 0;
    while (i < n) {
      if (FOLD[text[i]] == 0) {
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      String key = Character.isUpperCase(text[i]) ? found.get(folded(text, i, end)) : null;
      if (key != null) {
        Hit hit = new Hit(i, end, IdentifierType.PERSON, "heuristic.propagated", Confidence.LOW);
        hit.key = key;
        hits.add(hit);
      }
      i = end;
    }
  }
}

package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.List;

/**
 * The single-pass detection (AN-1). Walks the text once, word by word: each word is looked up in
 * the directory index by its folded hash ({@link DirectoryDetector}); digits, '@', '+', '(' and '.'
 * inside words hand over to the detector of structured identifiers that can start there ({@link
 * NumberDetector}, {@link DateDetector}, {@link WebDetector}, {@link PostcodeAndNiDetector}, {@link
 * DocumentNumbers}); keywords trigger the word rules (dates, ages, {@link NameHeuristics}). User
 * names written without '@' ({@link WebDetector#userNames}) and host-defined case references
 * ({@link CaseReferences}) are searched last. Stateless and thread-safe; all per-run state lives on
 * the stack and in the returned list.
 */
final class TextScan {
  private static final char[] FOLD = Fold.FOLD;

  private final NameIndex names;
  private final DirectoryDetector directory;
  private final boolean heuristics;
  private final CaseReferences caseReferences;

  TextScan(NameIndex names, boolean heuristics, CaseReferences caseReferences) {
    this.names = names;
    this.directory = new DirectoryDetector(names);
    this.heuristics = heuristics;
    this.caseReferences = caseReferences;
    if (heuristics) {
      NameLexicon.preload();
    }
  }

  /** Returns every candidate finding in the text, nearly in order of start, overlaps included. */
  List<Hit> scan(String text) {
    List<Hit> hits = new ArrayList<>();
    char[] chars = text.toCharArray();
    int n = chars.length;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (c >= 'a' && c <= 'z') {
        int plainEnd = plainWordEnd(chars, i);
        i = plainEnd >= 0 ? plainEnd : word(chars, i, hits);
      } else if (c == ' ') {
        i++;
      } else if (FOLD[c] == 0) {
        switch (c) {
          case '@' -> i = WebDetector.atSign(chars, i, hits);
          case '+' -> i = NumberDetector.atPlus(chars, i, hits);
          case '(' -> i = NumberDetector.atParenthesis(chars, i, hits);
          case '[' -> i = ownOutputEnd(chars, i);
          default -> i++;
        }
      } else if (c >= '0' && c <= '9') {
        i = NumberDetector.atDigits(chars, i, hits);
      } else {
        int plainEnd = plainWordEnd(chars, i);
        i = plainEnd >= 0 ? plainEnd : word(chars, i, hits);
      }
    }
    WebDetector.userNames(text, chars, hits);
    if (heuristics) {
      NameHeuristics.propagate(chars, hits);
    }
    caseReferences.scan(text, hits);
    return hits;
  }

  /**
   * The fast path for the most common words: returns where the word at {@code wordStart} ends if no
   * rule can react to it, or -1 to have {@link #word} look at it. Such a word is made of letters
   * and starts with an ASCII one, is certainly not a directory token, is not three letters starting
   * with "g" (the GIR postcode), and is either
   *
   * <ul>
   *   <li>lower-case and followed by a space and a lower-case letter, by a full stop that ends a
   *       sentence, or by the end of the text: no structured rule starts at it and {@link
   *       #mayTrigger} is false; or
   *   <li>followed by a comma, or capitalised and followed as above, and a common word with no
   *       other role (or, lower-case before a comma, no keyword at all): the word rules look it up
   *       and do nothing with it.
   * </ul>
   *
   * In every case {@link #word} would only return the word's end.
   */
  private int plainWordEnd(char[] text, int wordStart) {
    char first = text[wordStart];
    boolean lower = first >= 'a' && first <= 'z';
    if (!lower && (first < 'A' || first > 'Z')) {
      return -1;
    }
    int n = text.length;
    long hash = Fold.mix(Fold.SEED, FOLD[first]);
    int j = wordStart + 1;
    while (j < n) {
      char f = FOLD[text[j]];
      if (f == 0) {
        break;
      }
      if (f <= '9') {
        return -1;
      }
      hash = Fold.mix(hash, f);
      j++;
    }
    boolean comma = false;
    if (j < n) {
      char next = text[j];
      char afterNext = j + 1 < n ? text[j + 1] : 0;
      if (next == ',') {
        comma = true;
      } else if (next == ' '
          ? (afterNext < 'a' || afterNext > 'z')
          : (next != '.' || FOLD[afterNext] != 0)) {
        return -1;
      }
    }
    if (((first | 0x20) == 'g' && j - wordStart == 3) || names.mayContain(hash)) {
      return -1;
    }
    if (!lower || comma) {
      int roles = Keywords.ROLES.get(text, wordStart, j, hash);
      if (roles != Keywords.COMMON && (roles != 0 || !lower)) {
        return -1;
      }
    }
    // Before a space and a lower-case letter, go on at that letter: the space needs nothing.
    return comma || j >= n || text[j] != ' ' ? j : j + 1;
  }

  /** Every rule that can start at the word at {@code wordStart}; returns where the scan goes on. */
  private int word(char[] text, int wordStart, List<Hit> hits) {
    int n = text.length;
    int j = wordStart;
    long hash = Fold.SEED;
    boolean digit = false;
    while (j < n) {
      char f = FOLD[text[j]];
      if (f == 0) {
        break;
      }
      if (f <= '9' && f >= '0') {
        digit = true;
      }
      hash = Fold.mix(hash, f);
      j++;
    }
    int wordEnd = j;
    if (wordEnd < n) {
      char next = text[wordEnd];
      if (next == '@') {
        int end = WebDetector.email(text, wordEnd, hits);
        if (end > 0) {
          return end;
        }
      } else if (next == '.' && wordEnd + 1 < n && FOLD[text[wordEnd + 1]] != 0) {
        int end = WebDetector.domain(text, wordStart, hits);
        if (end > 0) {
          return end;
        }
      } else if (next == ':'
          && wordEnd + 2 < n
          && text[wordEnd + 1] == '/'
          && text[wordEnd + 2] == '/') {
        int end = WebDetector.url(text, wordStart, wordEnd, hits);
        if (end > 0) {
          return end;
        }
      }
    }
    char first = text[wordStart];
    int len = wordEnd - wordStart;
    if (first < 128) {
      if (first >= 'A' && first <= 'Z') {
        int end = documentNumber(text, wordStart, wordEnd, digit, hits);
        if (end > 0) {
          return end;
        }
      }
      if (digit || (len == 3 && (first == 'G' || first == 'g'))) {
        int end = PostcodeAndNiDetector.postcode(text, wordStart, hits);
        if (end > 0) {
          return end;
        }
      }
      if ((digit && len >= 8)
          || (len == 2
              && wordEnd + 1 < n
              && text[wordEnd] == ' '
              && Fold.isAsciiDigit(text[wordEnd + 1]))) {
        int end = PostcodeAndNiDetector.niNumber(text, wordStart, hits);
        if (end > 0) {
          return end;
        }
      }
    }
    if (!digit) {
      int end = directory.find(text, wordStart, wordEnd, hash, hits);
      if (end > 0) {
        return end;
      }
      if (len >= 2 && mayTrigger(text, first, wordEnd)) {
        int roles = Keywords.ROLES.get(text, wordStart, wordEnd, hash);
        if (roles != 0 || (heuristics && Character.isUpperCase(first))) {
          end = wordRules(text, wordStart, wordEnd, roles, hits);
          if (end > 0) {
            return end;
          }
        }
      }
    }
    return wordEnd;
  }

  /**
   * The UK document numbers that can start at a word beginning with a capital: a driving licence
   * (16 chars, or five then a space and a digit), a vehicle registration mark (a word of two to
   * four letters and digits, or of seven, or three capitals then a space and a digit).
   *
   * @return the number's end, or -1
   */
  private static int documentNumber(
      char[] text, int wordStart, int wordEnd, boolean digit, List<Hit> hits) {
    int n = text.length;
    int len = wordEnd - wordStart;
    boolean spaceDigit =
        wordEnd + 1 < n && text[wordEnd] == ' ' && Fold.isAsciiDigit(text[wordEnd + 1]);
    if (len == 16 || (len == 5 && spaceDigit)) {
      int end = DocumentNumbers.drivingLicence(text, wordStart, hits);
      if (end > 0) {
        return end;
      }
    }
    if ((digit && (len <= 4 || len == 7)) || (len == 3 && spaceDigit)) {
      return DocumentNumbers.vehicle(text, wordStart, hits);
    }
    return -1;
  }

  /**
   * Tells whether a word could start a word rule: only a capitalised word, or one followed by a
   * digit, a capital or a line end, can; the common lower-case word followed by another needs no
   * lookup.
   */
  private static boolean mayTrigger(char[] text, char first, int wordEnd) {
    if (first < 128 ? (first >= 'A' && first <= 'Z') : Character.isUpperCase(first)) {
      return true;
    }
    int n = text.length;
    if (wordEnd >= n) {
      return false;
    }
    char next = text[wordEnd];
    if (next == ' ') {
      if (wordEnd + 1 >= n) {
        return false;
      }
      char afterNext = text[wordEnd + 1];
      return (afterNext >= '0' && afterNext <= '9')
          || (afterNext >= 'A' && afterNext <= 'Z')
          || (afterNext >= 128 && Character.isUpperCase(afterNext));
    }
    return next == ',' || next == '!' || next == '\n' || next == '\r';
  }

  /**
   * The rules a keyword or a capitalised word triggers: a date starting with a month, an age after
   * "aged", then the gazetteer's places and the name heuristics (which only add findings).
   *
   * @param roles the word's keyword roles ({@link Keywords})
   * @return where the scan goes on after a date or an age, or -1 to go on after the word
   */
  private int wordRules(char[] text, int wordStart, int wordEnd, int roles, List<Hit> hits) {
    int n = text.length;
    int month = roles & Keywords.MONTH_MASK;
    if (month != 0 && wordEnd + 1 < n && text[wordEnd] == ' ') {
      int end = DateDetector.monthFirst(text, wordStart, wordEnd, month, hits);
      if (end > 0) {
        return end;
      }
    }
    if ((roles & Keywords.AGED) != 0 && wordEnd + 1 < n && text[wordEnd] == ' ') {
      int end = NumberDetector.aged(text, wordStart, wordEnd, hits);
      if (end > 0) {
        return end;
      }
    }
    if (heuristics) {
      if ((roles & Keywords.PLACE) != 0) {
        Gazetteer.atWord(text, wordStart, wordEnd, hits);
      }
      NameHeuristics.atWord(text, wordStart, wordEnd, roles, hits);
    }
    return -1;
  }

  /** Skips a placeholder or pseudonym this engine wrote, so its own output is left alone. */
  private static int ownOutputEnd(char[] text, int i) {
    int n = text.length;
    int j = i + 1;
    int labelLimit = Math.min(n, i + 40);
    while (j < labelLimit && ((text[j] >= 'A' && text[j] <= 'Z') || text[j] == '_')) {
      j++;
    }
    if (j == i + 1 || j >= n) {
      return i + 1;
    }
    if (text[j] == ']') {
      return j + 1;
    }
    if (text[j] != '-') {
      return i + 1;
    }
    int k = j + 1;
    int numberLimit = Math.min(n, j + 20);
    while (k < numberLimit && (Fold.isAsciiDigit(text[k]) || (text[k] >= 'a' && text[k] <= 'f'))) {
      k++;
    }
    if (k > j + 1 && k < n && text[k] == ']') {
      return k + 1;
    }
    return i + 1;
  }
}

package org.practitionersforum.core.anonymisation;

import static org.practitionersforum.core.anonymisation.ScanChars.digitRunEnd;
import static org.practitionersforum.core.anonymisation.ScanChars.folded;
import static org.practitionersforum.core.anonymisation.ScanChars.parseDigits;
import static org.practitionersforum.core.anonymisation.ScanChars.regionMatchesIgnoreCase;
import static org.practitionersforum.core.anonymisation.ScanChars.startsWith;
import static org.practitionersforum.core.anonymisation.ScanChars.substring;
import static org.practitionersforum.core.anonymisation.ScanChars.wordEnd;

import java.util.List;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * Finds what starts with a number or reads one (AN-1): UK phone numbers (also after "+44" and "("),
 * NHS numbers (checksum-validated), the dates of {@link DateDetector}, ages ("34 years old", "aged
 * 34") and street addresses ("14 Mill Lane"). An age's hit carries the age and where its number
 * stands, for generalising to a band. Pure functions.
 */
final class NumberDetector {
  private static final char[] FOLD = Fold.FOLD;

  private NumberDetector() {}

  /**
   * Tries every rule that starts with the run of ASCII digits at {@code digitsStart}.
   *
   * @return where the scan goes on: past the finding, else past the word the digits start
   */
  static int atDigits(char[] text, int digitsStart, List<Hit> hits) {
    int n = text.length;
    int digitsEnd = digitsStart;
    while (digitsEnd < n && Fold.isAsciiDigit(text[digitsEnd])) {
      digitsEnd++;
    }
    boolean afterNumberish =
        digitsStart > 0
            && (text[digitsStart - 1] == '.'
                || text[digitsStart - 1] == '/'
                || text[digitsStart - 1] == '-'
                || text[digitsStart - 1] == ',');
    if (!afterNumberish) {
      int end = -1;
      if (text[digitsStart] == '0') {
        end = phone(text, digitsStart, digitsStart, false, false, hits);
      }
      if (end < 0) {
        end = nhs(text, digitsStart, digitsEnd, hits);
      }
      if (end < 0) {
        end = DocumentNumbers.passport(text, digitsStart, digitsEnd, hits);
      }
      if (end < 0) {
        end = DateDetector.numeric(text, digitsStart, digitsEnd, hits);
      }
      if (end < 0) {
        end = DateDetector.dayFirst(text, digitsStart, digitsEnd, hits);
      }
      if (end < 0) {
        end = ageYearsOld(text, digitsStart, digitsEnd, hits);
      }
      if (end < 0) {
        end = address(text, digitsStart, digitsEnd, hits);
      }
      if (end > 0) {
        return end;
      }
    }
    return wordEnd(text, digitsEnd);
  }

  /**
   * An international UK number at the '+' at {@code i}: "+44 113 496 0000", "+44 (0)113 ...".
   *
   * @return where the scan goes on
   */
  static int atPlus(char[] text, int i, List<Hit> hits) {
    int n = text.length;
    if (i + 3 < n
        && text[i + 1] == '4'
        && text[i + 2] == '4'
        && (i == 0 || FOLD[text[i - 1]] == 0)) {
      int p = i + 3;
      if (p < n && text[p] == ' ') {
        p++;
      }
      if (startsWith(text, p, "(0)")) {
        p += 3;
        if (p < n && text[p] == ' ') {
          p++;
        }
      } else if (p + 1 < n
          && text[p] == '('
          && Fold.isAsciiDigit(text[p + 1])
          && text[p + 1] != '0') {
        // The area code bracketed without its 0: "+44 (20) 7946 0000".
        int end = phone(text, i, p + 1, true, true, hits);
        if (end > 0) {
          return end;
        }
      }
      if (p < n && Fold.isAsciiDigit(text[p]) && text[p] != '0') {
        int end = phone(text, i, p, true, false, hits);
        if (end > 0) {
          return end;
        }
      }
    }
    return i + 1;
  }

  /**
   * A phone number with its area code in brackets at the '(' at {@code i}: "(0113) 496 0000".
   *
   * @return where the scan goes on
   */
  static int atParenthesis(char[] text, int i, List<Hit> hits) {
    if (i + 1 < text.length && text[i + 1] == '0') {
      int end = phone(text, i, i + 1, false, true, hits);
      if (end > 0) {
        return end;
      }
    }
    return i + 1;
  }

  /**
   * A UK phone number whose digits start at {@code p}: ten or eleven digits (a mobile eleven)
   * starting 01, 02, 03, 05, 07, 08 or 09, in groups separated by single spaces or hyphens.
   *
   * @param spanStart where the finding starts ("+" or "(" when before p)
   * @param international after "+44": the leading 0 is implied
   * @param parenthesis after "(": the area code is closed by ")"
   * @return the number's end, or -1
   */
  private static int phone(
      char[] text,
      int spanStart,
      int p,
      boolean international,
      boolean parenthesis,
      List<Hit> hits) {
    int n = text.length;
    char[] digits = new char[11];
    int count = 0;
    if (international) {
      digits[count++] = '0';
    }
    int j = p;
    boolean open = parenthesis;
    while (j < n) {
      char c = text[j];
      if (Fold.isAsciiDigit(c)) {
        if (count >= 11) {
          return -1;
        }
        digits[count++] = c;
        j++;
      } else if ((c == ' ' || c == '-' || c == '\u00a0')
          && count > 0
          && count < 11
          && j + 1 < n
          && Fold.isAsciiDigit(text[j + 1])
          && !open) {
        j++;
      } else if (c == ')' && open) {
        open = false;
        j++;
        if (j + 1 < n && text[j] == ' ' && Fold.isAsciiDigit(text[j + 1])) {
          j++;
        }
      } else {
        break;
      }
    }
    if (open || (j < n && FOLD[text[j]] != 0)) {
      return -1;
    }
    if (count < 10 || digits[0] != '0' || "1235789".indexOf(digits[1]) < 0) {
      return -1;
    }
    if (digits[1] == '7' && count != 11) {
      return -1;
    }
    Hit hit = new Hit(spanStart, j, IdentifierType.PHONE, "uk-phone", Confidence.HIGH);
    hit.key = new String(digits, 0, count);
    hits.add(hit);
    return j;
  }

  /**
   * An NHS number, ten digits together or as 3-3-4 separated by spaces or hyphens, whose modulus 11
   * check digit is right.
   *
   * @return the number's end, or -1
   */
  private static int nhs(char[] text, int digitsStart, int digitsEnd, List<Hit> hits) {
    int n = text.length;
    int len = digitsEnd - digitsStart;
    char[] digits = new char[10];
    int end;
    if (len == 10) {
      System.arraycopy(text, digitsStart, digits, 0, len);
      end = digitsEnd;
    } else if (len == 3 && digitsEnd + 9 <= n) {
      char sep = text[digitsEnd];
      if ((sep != ' ' && sep != '-') || text[digitsEnd + 4] != sep) {
        return -1;
      }
      for (int k = 0; k < 3; k++) {
        digits[k] = text[digitsStart + k];
      }
      for (int k = 0; k < 3; k++) {
        digits[3 + k] = text[digitsEnd + 1 + k];
      }
      for (int k = 0; k < 4; k++) {
        digits[6 + k] = text[digitsEnd + 5 + k];
      }
      for (char c : digits) {
        if (!Fold.isAsciiDigit(c)) {
          return -1;
        }
      }
      end = digitsEnd + 9;
    } else {
      return -1;
    }
    if (end < n && FOLD[text[end]] != 0) {
      return -1;
    }
    if (!Validators.nhsCheckDigit(digits)) {
      return -1;
    }
    Hit hit =
        new Hit(digitsStart, end, IdentifierType.NHS_NUMBER, "nhs-number.mod11", Confidence.HIGH);
    hit.key = new String(digits);
    hits.add(hit);
    return end;
  }

  /**
   * An age after the word text[agedStart, agedEnd) ("aged", "age") and a space: "aged 34".
   *
   * @return the age's end, or -1
   */
  static int aged(char[] text, int agedStart, int agedEnd, List<Hit> hits) {
    int p = agedEnd + 1;
    int q = digitRunEnd(text, p, 3);
    if (q - p >= 1 && q - p <= 3 && ageBoundary(text, q)) {
      int age = parseDigits(text, p, q);
      if (age <= 120) {
        Hit hit = new Hit(agedStart, q, IdentifierType.AGE, "age.aged", Confidence.HIGH);
        hit.age = age;
        hit.ageDigitsStart = p;
        hit.ageDigitsEnd = q;
        hit.key = Integer.toString(age);
        hits.add(hit);
        return q;
      }
    }
    return -1;
  }

  /** Tells whether an age's digits may end at {@code q}: not inside a word, range or decimal. */
  private static boolean ageBoundary(char[] text, int q) {
    int n = text.length;
    if (q == n) {
      return true;
    }
    char c = text[q];
    if (FOLD[c] != 0 || c == '+' || c == '-' || c == '\u2013') {
      return false;
    }
    return !(c == '.' && q + 1 < n && Fold.isAsciiDigit(text[q + 1]));
  }

  /**
   * An age of the form "34 years old", "34-year-old", "1 year old".
   *
   * @return the age's end, or -1
   */
  private static int ageYearsOld(char[] text, int digitsStart, int digitsEnd, List<Hit> hits) {
    int n = text.length;
    if (digitsEnd - digitsStart > 3
        || (digitsStart > 0
            && (text[digitsStart - 1] == '-' || text[digitsStart - 1] == '\u2013'))) {
      return -1;
    }
    int p = digitsEnd;
    if (p >= n || (text[p] != ' ' && text[p] != '-')) {
      return -1;
    }
    p++;
    if (!regionMatchesIgnoreCase(text, p, "year")) {
      return -1;
    }
    p += 4;
    if (p < n && (text[p] == 's' || text[p] == 'S')) {
      p++;
    }
    if (p >= n || (text[p] != ' ' && text[p] != '-')) {
      return -1;
    }
    p++;
    if (!regionMatchesIgnoreCase(text, p, "old") || (p + 3 < n && FOLD[text[p + 3]] != 0)) {
      return -1;
    }
    int age = parseDigits(text, digitsStart, digitsEnd);
    if (age > 120) {
      return -1;
    }
    Hit hit = new Hit(digitsStart, p + 3, IdentifierType.AGE, "age.years-old", Confidence.HIGH);
    hit.age = age;
    hit.ageDigitsStart = digitsStart;
    hit.ageDigitsEnd = digitsEnd;
    hit.key = Integer.toString(age);
    hits.add(hit);
    return p + 3;
  }

  /**
   * A street address: a house number of at most four digits (and maybe a letter), one to four
   * capitalised words and a street type ("14 Mill Lane", "2a Park View Road").
   *
   * @return the address's end, or -1
   */
  private static int address(char[] text, int digitsStart, int digitsEnd, List<Hit> hits) {
    int n = text.length;
    if (digitsEnd - digitsStart > 4) {
      return -1;
    }
    int p = digitsEnd;
    if (p < n && Character.isLetter(text[p]) && text[p] < 128 && p + 1 < n && text[p + 1] == ' ') {
      p++;
    }
    int nameWords = 0;
    for (int k = 0; k < 5; k++) {
      if (p + 1 >= n || text[p] != ' ') {
        return -1;
      }
      int start = p + 1;
      int end = wordEnd(text, start);
      if (end - start < 2) {
        return -1;
      }
      String word = folded(text, start, end);
      if (nameWords > 0 && Keywords.STREET_TYPES.contains(word)) {
        Hit hit =
            new Hit(digitsStart, end, IdentifierType.ADDRESS, "street-address", Confidence.HIGH);
        hit.key = Fold.fold(substring(text, digitsStart, end));
        hits.add(hit);
        return end;
      }
      if (!Character.isUpperCase(text[start])) {
        return -1;
      }
      nameWords++;
      p = end;
    }
    return -1;
  }
}

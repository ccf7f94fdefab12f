package org.practitionersforum.core.anonymisation;

import static org.practitionersforum.core.anonymisation.ScanChars.digitRunEnd;
import static org.practitionersforum.core.anonymisation.ScanChars.foldedHash;
import static org.practitionersforum.core.anonymisation.ScanChars.parseDigits;
import static org.practitionersforum.core.anonymisation.ScanChars.startsWith;
import static org.practitionersforum.core.anonymisation.ScanChars.wordEnd;

import java.util.List;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * Finds calendar dates (AN-1): numeric ("12/03/2024", "2024-03-12"), written day first ("3rd of
 * March 2024", "3 March") and month first ("March 3, 2024"). Only real days between 1900 and 2199
 * count. A date's hit carries its month and year, for generalising, and is keyed by its day. Pure
 * functions.
 */
final class DateDetector {
  private static final char[] FOLD = Fold.FOLD;

  private DateDetector() {}

  /**
   * A numeric date whose first number is text[digitsStart, digitsEnd).
   *
   * @return the date's end, or -1
   */
  static int numeric(char[] text, int digitsStart, int digitsEnd, List<Hit> hits) {
    int n = text.length;
    int len = digitsEnd - digitsStart;
    if (digitsEnd >= n) {
      return -1;
    }
    char sep = text[digitsEnd];
    if (sep != '/' && sep != '.' && sep != '-') {
      return -1;
    }
    int secondStart = digitsEnd + 1;
    int secondEnd = digitRunEnd(text, secondStart, 2);
    if (secondEnd - secondStart < 1
        || secondEnd - secondStart > 2
        || secondEnd >= n
        || text[secondEnd] != sep) {
      return -1;
    }
    int thirdStart = secondEnd + 1;
    int thirdEnd = digitRunEnd(text, thirdStart, 4);
    int thirdLength = thirdEnd - thirdStart;
    if (len == 4
        && sep == '-'
        && thirdLength == 2
        && thirdEnd + 1 < n
        && (text[thirdEnd] == 'T' || text[thirdEnd] == 't')
        && Fold.isAsciiDigit(text[thirdEnd + 1])) {
      int timeEnd = isoTimeEnd(text, thirdEnd + 1);
      int year = parseDigits(text, digitsStart, digitsEnd);
      int month = parseDigits(text, secondStart, secondEnd);
      int day = parseDigits(text, thirdStart, thirdEnd);
      if (timeEnd > 0 && Validators.validDate(day, month, year)) {
        return dateHit(
            digitsStart, timeEnd, "date.iso-timestamp", Confidence.HIGH, day, month, year, hits);
      }
      return -1;
    }
    if (thirdEnd < n
        && (FOLD[text[thirdEnd]] != 0
            || (thirdEnd + 1 < n
                && (text[thirdEnd] == sep || text[thirdEnd] == '.')
                && Fold.isAsciiDigit(text[thirdEnd + 1])))) {
      return -1;
    }
    int day;
    int month;
    int year;
    if (len == 4 && sep == '-' && thirdLength >= 1 && thirdLength <= 2) {
      year = parseDigits(text, digitsStart, digitsEnd);
      month = parseDigits(text, secondStart, secondEnd);
      day = parseDigits(text, thirdStart, thirdEnd);
    } else if (len >= 1 && len <= 2 && (thirdLength == 2 || thirdLength == 4)) {
      day = parseDigits(text, digitsStart, digitsEnd);
      month = parseDigits(text, secondStart, secondEnd);
      year = parseDigits(text, thirdStart, thirdEnd);
      if (thirdLength == 2) {
        year += year < 50 ? 2000 : 1900;
      }
    } else {
      return -1;
    }
    if (!Validators.validDate(day, month, year)) {
      return -1;
    }
    return dateHit(digitsStart, thirdEnd, "date.numeric", Confidence.HIGH, day, month, year, hits);
  }

  /**
   * The time of an ISO 8601 timestamp from {@code p}, after its "T": hours and minutes, maybe
   * seconds and a fraction, maybe "Z" or an offset ("14:30", "14:30:00.5Z", "14:30:00+01:00").
   *
   * @return the timestamp's end, or -1 if no valid time stands there
   */
  static int isoTimeEnd(char[] text, int p) {
    int n = text.length;
    if (p + 5 > n
        || !Fold.isAsciiDigit(text[p + 1])
        || text[p + 2] != ':'
        || digitRunEnd(text, p + 3, 2) != p + 5) {
      return -1;
    }
    int hours = parseDigits(text, p, p + 2);
    int minutes = parseDigits(text, p + 3, p + 5);
    if (hours > 23 || minutes > 59) {
      return -1;
    }
    int q = p + 5;
    if (q + 2 < n && text[q] == ':' && digitRunEnd(text, q + 1, 2) == q + 3) {
      if (parseDigits(text, q + 1, q + 3) > 59) {
        return -1;
      }
      q += 3;
      if (q + 1 < n && (text[q] == '.' || text[q] == ',') && Fold.isAsciiDigit(text[q + 1])) {
        q = digitRunEnd(text, q + 1, 9);
      }
    }
    if (q < n && (text[q] == 'Z' || text[q] == 'z')) {
      q++;
    } else if (q + 2 < n
        && (text[q] == '+' || text[q] == '-' || text[q] == '\u2212')
        && digitRunEnd(text, q + 1, 2) == q + 3) {
      if (parseDigits(text, q + 1, q + 3) > 18) {
        return -1;
      }
      q += 3;
      if (q + 2 < n && text[q] == ':' && digitRunEnd(text, q + 1, 2) == q + 3) {
        if (parseDigits(text, q + 1, q + 3) > 59) {
          return -1;
        }
        q += 3;
      }
    }
    if (q < n && FOLD[text[q]] != 0) {
      return -1;
    }
    return q;
  }

  /**
   * A written date whose day is text[digitsStart, digitsEnd): "3 March", "3rd of March, 2024",
   * "5-May-2021", "05-May". Without a year it is of medium confidence.
   *
   * @return the date's end, or -1
   */
  static int dayFirst(char[] text, int digitsStart, int digitsEnd, List<Hit> hits) {
    int n = text.length;
    if (digitsEnd - digitsStart > 2) {
      return -1;
    }
    int day = parseDigits(text, digitsStart, digitsEnd);
    if (digitsEnd + 1 < n && text[digitsEnd] == '-' && FOLD[text[digitsEnd + 1]] > '9') {
      return hyphenated(text, digitsStart, digitsEnd, day, hits);
    }
    int p = ordinalSuffixEnd(text, digitsEnd);
    if (p >= n || (text[p] != ' ' && text[p] != '\u00a0')) {
      return -1;
    }
    p++;
    if (startsWith(text, p, "of ")) {
      p += 3;
    }
    long monthAndEnd = monthAt(text, p);
    if (monthAndEnd < 0) {
      return -1;
    }
    int month = (int) (monthAndEnd >>> 32);
    int end = (int) monthAndEnd;
    int yearFrom = end < n && text[end] == ',' ? end + 1 : end;
    int yearEnd = yearAfterSpace(text, yearFrom);
    int year = yearEnd > 0 ? parseDigits(text, yearEnd - 4, yearEnd) : 0;
    if (!Validators.validDate(day, month, yearEnd > 0 ? year : 2024)) {
      return -1;
    }
    if (yearEnd < 0 && end < n && FOLD[text[end]] != 0) {
      return -1;
    }
    int stop = yearEnd > 0 ? yearEnd : end;
    return dateHit(
        digitsStart,
        stop,
        yearEnd > 0 ? "date.written" : "date.written-no-year",
        yearEnd > 0 ? Confidence.HIGH : Confidence.MEDIUM,
        day,
        month,
        year,
        hits);
  }

  /**
   * A day, a hyphen and a month name, maybe with a hyphen and a two- or four-digit year:
   * "5-May-2021", "05-may-21", "05-May".
   */
  private static int hyphenated(
      char[] text, int digitsStart, int digitsEnd, int day, List<Hit> hits) {
    int n = text.length;
    long monthAndEnd = monthAt(text, digitsEnd + 1);
    if (monthAndEnd < 0) {
      return -1;
    }
    int month = (int) (monthAndEnd >>> 32);
    int end = (int) monthAndEnd;
    int year = 0;
    int stop = end;
    if (end + 1 < n && text[end] == '-' && Fold.isAsciiDigit(text[end + 1])) {
      int yearEnd = digitRunEnd(text, end + 1, 4);
      int yearLength = yearEnd - end - 1;
      if ((yearLength != 2 && yearLength != 4) || (yearEnd < n && FOLD[text[yearEnd]] != 0)) {
        return -1;
      }
      year = parseDigits(text, end + 1, yearEnd);
      if (yearLength == 2) {
        year += year < 50 ? 2000 : 1900;
      }
      stop = yearEnd;
    } else if (end < n && (FOLD[text[end]] != 0 || text[end] == '-')) {
      return -1;
    }
    if (!Validators.validDate(day, month, year > 0 ? year : 2024)) {
      return -1;
    }
    return dateHit(
        digitsStart,
        stop,
        year > 0 ? "date.written" : "date.written-no-year",
        year > 0 ? Confidence.HIGH : Confidence.MEDIUM,
        day,
        month,
        year,
        hits);
  }

  /**
   * A written date starting with the month name text[monthStart, monthEnd) followed by a space:
   * "March 3, 2024", "March 3rd 2024". The year is required.
   *
   * @param month the month the name names, 1 to 12
   * @return the date's end, or -1
   */
  static int monthFirst(char[] text, int monthStart, int monthEnd, int month, List<Hit> hits) {
    int p = monthEnd + 1;
    int q = digitRunEnd(text, p, 2);
    if (q - p < 1 || q - p > 2) {
      return -1;
    }
    int day = parseDigits(text, p, q);
    int r = ordinalSuffixEnd(text, q);
    if (r < text.length && text[r] == ',') {
      r++;
    }
    int yearEnd = yearAfterSpace(text, r);
    if (yearEnd < 0) {
      return -1;
    }
    int year = parseDigits(text, yearEnd - 4, yearEnd);
    if (!Validators.validDate(day, month, year)) {
      return -1;
    }
    return dateHit(monthStart, yearEnd, "date.written", Confidence.HIGH, day, month, year, hits);
  }

  /** Records a date found by any of the date rules, keyed by the day it names. */
  private static int dateHit(
      int start,
      int end,
      String rule,
      Confidence confidence,
      int day,
      int month,
      int year,
      List<Hit> hits) {
    Hit hit = new Hit(start, end, IdentifierType.DATE, rule, confidence);
    hit.month = month;
    hit.year = year;
    hit.key = year + "-" + month + "-" + day;
    hits.add(hit);
    return end;
  }

  /** Reads a month name at p; returns its number in the high bits and the end in the low. */
  private static long monthAt(char[] text, int p) {
    int q = wordEnd(text, p);
    if (q - p < 3 || q - p > 9) {
      return -1;
    }
    int month = Keywords.ROLES.get(text, p, q, foldedHash(text, p, q)) & Keywords.MONTH_MASK;
    if (month == 0) {
      return -1;
    }
    return ((long) month << 32) | q;
  }

  /** Returns the end of an ordinal suffix ("st", "nd", "rd", "th") at {@code q}, else q. */
  private static int ordinalSuffixEnd(char[] text, int q) {
    if (q + 2 <= text.length) {
      char first = (char) (text[q] | 0x20);
      char second = (char) (text[q + 1] | 0x20);
      boolean suffix =
          (first == 's' && second == 't')
              || (first == 'n' && second == 'd')
              || (first == 'r' && second == 'd')
              || (first == 't' && second == 'h');
      if (suffix && (q + 2 == text.length || FOLD[text[q + 2]] == 0)) {
        return q + 2;
      }
    }
    return q;
  }

  /** Returns the end of a space and a four-digit year as a whole word at {@code p}, or -1. */
  private static int yearAfterSpace(char[] text, int p) {
    int n = text.length;
    if (p + 5 <= n && text[p] == ' ') {
      int q = digitRunEnd(text, p + 1, 4);
      if (q - p - 1 == 4 && (q == n || FOLD[text[q]] == 0)) {
        return q;
      }
    }
    return -1;
  }
}

package org.practitionersforum.core.anonymisation;

import static org.practitionersforum.core.anonymisation.ScanChars.isDigitAt;
import static org.practitionersforum.core.anonymisation.ScanChars.substring;
import static org.practitionersforum.core.anonymisation.ScanChars.upperAsciiAt;

import java.util.List;
import java.util.Locale;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * Finds UK postcodes and National Insurance numbers (AN-1), in any letter case, by the letters each
 * position allows. A postcode's hit carries where its outward code ends, for generalising to it; it
 * is keyed upper-case without spaces. Pure functions.
 */
final class PostcodeAndNiDetector {
  private static final char[] FOLD = Fold.FOLD;

  private PostcodeAndNiDetector() {}

  /**
   * A postcode starting at {@code p}: "LS1 4AP", "sw1a1aa", "GIR 0AA".
   *
   * @return the postcode's end, or -1
   */
  static int postcode(char[] text, int p, List<Hit> hits) {
    int n = text.length;
    if (upperAsciiAt(text, p) == 'G'
        && upperAsciiAt(text, p + 1) == 'I'
        && upperAsciiAt(text, p + 2) == 'R') {
      int q = p + 3 < n && text[p + 3] == ' ' ? p + 4 : p + 3;
      if (isDigitAt(text, q)
          && text[q] == '0'
          && upperAsciiAt(text, q + 1) == 'A'
          && upperAsciiAt(text, q + 2) == 'A'
          && (q + 3 == n || FOLD[text[q + 3]] == 0)) {
        return postcodeHit(text, p, p + 3, q + 3, hits);
      }
    }
    char area = upperAsciiAt(text, p);
    if (area < 'A' || area > 'Z' || "QVX".indexOf(area) >= 0) {
      return -1;
    }
    // The outward code's possible ends, longest first.
    int[] outwardEnds = new int[3];
    int count = 0;
    if (isDigitAt(text, p + 1)) {
      if (isDigitAt(text, p + 2)) {
        outwardEnds[count++] = p + 3;
      } else if ("ABCDEFGHJKPSTUW".indexOf(upperAsciiAt(text, p + 2)) >= 0
          && upperAsciiAt(text, p + 2) != 0) {
        outwardEnds[count++] = p + 3;
      }
      outwardEnds[count++] = p + 2;
    } else {
      char second = upperAsciiAt(text, p + 1);
      if (second < 'A' || second > 'Z' || "IJZ".indexOf(second) >= 0 || !isDigitAt(text, p + 2)) {
        return -1;
      }
      if (isDigitAt(text, p + 3)) {
        outwardEnds[count++] = p + 4;
      } else if (upperAsciiAt(text, p + 3) != 0
          && "ABEHMNPRVWXY".indexOf(upperAsciiAt(text, p + 3)) >= 0) {
        outwardEnds[count++] = p + 4;
      }
      outwardEnds[count++] = p + 3;
    }
    for (int v = 0; v < count; v++) {
      int outwardEnd = outwardEnds[v];
      int q = outwardEnd < n && text[outwardEnd] == ' ' ? outwardEnd + 1 : outwardEnd;
      if (isDigitAt(text, q)
          && inward(upperAsciiAt(text, q + 1))
          && inward(upperAsciiAt(text, q + 2))
          && (q + 3 == n || FOLD[text[q + 3]] == 0)) {
        return postcodeHit(text, p, outwardEnd, q + 3, hits);
      }
    }
    return -1;
  }

  /** Tells whether a letter may stand in a postcode's inward code. */
  private static boolean inward(char c) {
    return c != 0 && "ABDEFGHJLNPQRSTUWXYZ".indexOf(c) >= 0;
  }

  private static int postcodeHit(char[] text, int p, int outwardEnd, int end, List<Hit> hits) {
    Hit hit = new Hit(p, end, IdentifierType.POSTCODE, "uk-postcode", Confidence.HIGH);
    hit.outwardEnd = outwardEnd;
    hit.key = substring(text, p, end).replace(" ", "").toUpperCase(Locale.ROOT);
    hits.add(hit);
    streetBefore(text, p, hits);
    return end;
  }

  /**
   * A street name without a house number in the address lines before a postcode: within the three
   * lines or comma-separated parts before it (the town, maybe a county, then the street), one made
   * of two to four capitalised words the last of which is a street type ("Fermi Avenue, Harwell,
   * OX11 0QX"). Markup between the parts ("&lt;br&gt;", "&lt;span ...&gt;") is skipped. Of medium
   * confidence.
   */
  private static void streetBefore(char[] text, int postcodeStart, List<Hit> hits) {
    int j = postcodeStart;
    int limit = Math.max(0, postcodeStart - 300);
    for (int part = 0; part < 3; part++) {
      // Skip separators and markup back to the end of the previous part.
      while (j > limit) {
        char c = text[j - 1];
        if (c == '>') {
          int open = j - 1;
          while (open > limit && text[open] != '<') {
            open--;
          }
          if (text[open] != '<') {
            return;
          }
          j = open;
        } else if (c == ',' || c == '\n' || c == '\r' || c == ' ' || c == '\t') {
          j--;
        } else {
          break;
        }
      }
      int end = j;
      while (j > limit
          && text[j - 1] != ','
          && text[j - 1] != '\n'
          && text[j - 1] != '>'
          && text[j - 1] != '\r') {
        j--;
      }
      int start = j;
      while (start < end && text[start] == ' ') {
        start++;
      }
      if (end - start < 4) {
        return;
      }
      int street = streetStart(text, start, end);
      if (street >= 0) {
        Hit hit =
            new Hit(
                street, end, IdentifierType.ADDRESS, "street-address.no-number", Confidence.MEDIUM);
        hit.key = Fold.fold(substring(text, street, end));
        hits.add(hit);
        return;
      }
    }
  }

  /**
   * Where the street name ending a part starts: the part's last two to four words, each capitalised
   * and joined by single spaces, the last a street type; -1 if it does not end so.
   */
  private static int streetStart(char[] text, int start, int end) {
    int q = end;
    int p = q;
    while (p > start && FOLD[text[p - 1]] != 0) {
      p--;
    }
    if (p == q
        || !Keywords.STREET_TYPES.contains(ScanChars.folded(text, p, q))
        || !Character.isUpperCase(text[p])) {
      return -1;
    }
    int streetStart = -1;
    int words = 1;
    while (words < 4 && p - 1 > start && text[p - 1] == ' ') {
      int w = p - 1;
      while (w > start && FOLD[text[w - 1]] != 0) {
        w--;
      }
      if (w == p - 1 || !Character.isUpperCase(text[w]) || Fold.isAsciiDigit(text[w])) {
        break;
      }
      p = w;
      words++;
      streetStart = p;
    }
    return streetStart;
  }

  /**
   * A National Insurance number starting at {@code p}: a valid two-letter prefix, three pairs of
   * digits (each maybe after a space) and a suffix letter A to D; without the suffix it is of
   * medium confidence.
   *
   * @return the number's end, or -1
   */
  static int niNumber(char[] text, int p, List<Hit> hits) {
    int n = text.length;
    char first = upperAsciiAt(text, p);
    char second = upperAsciiAt(text, p + 1);
    if (!Validators.validNiPrefix(first, second)) {
      return -1;
    }
    int j = p + 2;
    char[] canonical = new char[8];
    canonical[0] = first;
    canonical[1] = second;
    for (int pair = 0; pair < 3; pair++) {
      if (j < n && text[j] == ' ') {
        j++;
      }
      if (!isDigitAt(text, j) || !isDigitAt(text, j + 1)) {
        return -1;
      }
      canonical[2 + 2 * pair] = text[j];
      canonical[3 + 2 * pair] = text[j + 1];
      j += 2;
    }
    int q = j < n && text[j] == ' ' ? j + 1 : j;
    char suffix = upperAsciiAt(text, q);
    if (q > j
        && suffix >= 'A'
        && suffix <= 'Z'
        && (suffix > 'D')
        && (q + 1 == n || FOLD[text[q + 1]] == 0)) {
      // A letter standing where the suffix goes that no suffix can be: not an NI number.
      return -1;
    }
    Confidence confidence;
    int end;
    if (suffix >= 'A' && suffix <= 'D' && (q + 1 == n || FOLD[text[q + 1]] == 0)) {
      end = q + 1;
      confidence = Confidence.HIGH;
    } else if (j == n || FOLD[text[j]] == 0) {
      end = j;
      confidence = Confidence.MEDIUM;
    } else {
      return -1;
    }
    Hit hit =
        new Hit(
            p,
            end,
            IdentifierType.NI_NUMBER,
            confidence == Confidence.HIGH ? "ni-number" : "ni-number.no-suffix",
            confidence);
    hit.key = new String(canonical);
    hits.add(hit);
    return end;
  }
}

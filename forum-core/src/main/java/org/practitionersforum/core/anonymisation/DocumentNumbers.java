package org.practitionersforum.core.anonymisation;

import static org.practitionersforum.core.anonymisation.ScanChars.isDigitAt;
import static org.practitionersforum.core.anonymisation.ScanChars.isUpperAt;
import static org.practitionersforum.core.anonymisation.ScanChars.parseDigits;
import static org.practitionersforum.core.anonymisation.ScanChars.precededBy;
import static org.practitionersforum.core.anonymisation.ScanChars.substring;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * Finds UK document numbers (AN-1): driving licence numbers (the DVLA's structure, with the date of
 * birth it encodes checked), passport numbers (nine digits after the word "passport") and vehicle
 * registration marks (current, prefix and suffix formats; the older two, and the current one
 * written without its space, only after a word such as "registration" or "vehicle"). Sources of the
 * formats are in docs/anonymisation.md. Pure functions.
 */
final class DocumentNumbers {
  private static final char[] FOLD = Fold.FOLD;

  /** Words after which a number is a passport number. */
  private static final Set<String> PASSPORT_WORDS = Set.of("passport");

  /** Words after which a letters-and-digits group may be a vehicle registration mark. */
  private static final Set<String> VEHICLE_WORDS =
      Set.of(
          "registration",
          "reg",
          "registered",
          "vrm",
          "plate",
          "plates",
          "vehicle",
          "car",
          "van",
          "lorry",
          "motorbike",
          "motorcycle",
          "taxi",
          "number");

  private DocumentNumbers() {}

  /**
   * A DVLA driving licence number starting at {@code p}: 16 characters, maybe written in groups of
   * 5, 6 and 5 separated by single spaces ("MORGA753116SM9IJ", "MORGA 753116 SM9IJ").
   *
   * <ul>
   *   <li>1-5: the first five letters of the surname, padded with 9s;
   *   <li>6: the decade of the year of birth; 7-8: the month of birth, plus 50 for a woman; 9-10:
   *       the day of birth; 11: the last digit of the year of birth;
   *   <li>12-13: the initials, the second padded with 9; 14: a digit; 15-16: two check characters.
   * </ul>
   *
   * @return the number's end, or -1
   */
  static int drivingLicence(char[] text, int p, List<Hit> hits) {
    int n = text.length;
    char[] c = new char[16];
    int j = p;
    for (int k = 0; k < 16; k++) {
      if ((k == 5 || k == 11) && j < n && text[j] == ' ') {
        j++;
      }
      if (j >= n || text[j] >= 128 || FOLD[text[j]] == 0) {
        return -1;
      }
      c[k] = Character.toUpperCase(text[j]);
      j++;
    }
    if (j < n && FOLD[text[j]] != 0) {
      return -1;
    }
    if (!Validators.drivingLicence(c)) {
      return -1;
    }
    Hit hit = new Hit(p, j, IdentifierType.DRIVING_LICENCE, "uk-driving-licence", Confidence.HIGH);
    hit.key = new String(c);
    hits.add(hit);
    return j;
  }

  /**
   * A passport number: nine digits, as a whole word, within the three words after "passport"
   * ("passport number 925076473", "Passport: 925076473").
   *
   * @return the number's end, or -1
   */
  static int passport(char[] text, int digitsStart, int digitsEnd, List<Hit> hits) {
    if (digitsEnd - digitsStart != 9
        || (digitsEnd < text.length && FOLD[text[digitsEnd]] != 0)
        || !precededBy(text, digitsStart, 3, PASSPORT_WORDS)) {
      return -1;
    }
    Hit hit =
        new Hit(
            digitsStart, digitsEnd, IdentifierType.PASSPORT_NUMBER, "uk-passport", Confidence.HIGH);
    hit.key = substring(text, digitsStart, digitsEnd);
    hits.add(hit);
    return digitsEnd;
  }

  /**
   * A vehicle registration mark starting at {@code p}, in capitals:
   *
   * <ul>
   *   <li>current (since 2001): two letters, a two-digit age identifier (02 to 49 for March, 51 to
   *       99 for September), a space and three letters, "AB51 ABC"; without the space only after a
   *       vehicle word;
   *   <li>prefix (1983-2001): a year letter, one to three digits, a space and three letters, "A123
   *       BCD", after a vehicle word;
   *   <li>suffix (1963-1983): three letters, a space, one to three digits and a year letter, "ABC
   *       123D" or "ABC 123 D", after a vehicle word.
   * </ul>
   *
   * I, O, Q and Z follow the DVLA's rules for each position.
   *
   * @return the mark's end, or -1
   */
  static int vehicle(char[] text, int p, List<Hit> hits) {
    int end = current(text, p);
    if (end < 0) {
      end = prefix(text, p);
    }
    if (end < 0) {
      end = suffix(text, p);
    }
    if (end < 0) {
      return -1;
    }
    Hit hit =
        new Hit(
            p,
            end,
            IdentifierType.VEHICLE_REGISTRATION,
            "uk-vehicle-registration",
            Confidence.HIGH);
    hit.key = substring(text, p, end).replace(" ", "").toUpperCase(Locale.ROOT);
    hits.add(hit);
    return end;
  }

  private static boolean boundary(char[] text, int q) {
    return q >= text.length || FOLD[text[q]] == 0;
  }

  /** A letter the DVLA uses in the random letters and area codes: not I or Q. */
  private static boolean markLetter(char[] text, int i) {
    return isUpperAt(text, i) && text[i] != 'I' && text[i] != 'Q';
  }

  private static int current(char[] text, int p) {
    // The memory tag (area and office letters) uses neither I, Q nor Z.
    if (!markLetter(text, p)
        || text[p] == 'Z'
        || !markLetter(text, p + 1)
        || text[p + 1] == 'Z'
        || !isDigitAt(text, p + 2)
        || !isDigitAt(text, p + 3)) {
      return -1;
    }
    int age = parseDigits(text, p + 2, p + 4);
    if (age < 2 || age == 50) {
      return -1;
    }
    int q = p + 4;
    boolean spaced = q < text.length && text[q] == ' ';
    if (spaced) {
      q++;
    }
    for (int k = 0; k < 3; k++) {
      if (!markLetter(text, q + k)) {
        return -1;
      }
    }
    q += 3;
    if (!boundary(text, q)) {
      return -1;
    }
    if (!spaced && !precededBy(text, p, 4, VEHICLE_WORDS)) {
      return -1;
    }
    return q;
  }

  /** A year letter of the prefix and suffix formats: not I, O, Q, U or Z. */
  private static boolean yearLetter(char[] text, int i) {
    return isUpperAt(text, i) && "IOQUZ".indexOf(text[i]) < 0;
  }

  private static int prefix(char[] text, int p) {
    if (!yearLetter(text, p) || !isDigitAt(text, p + 1) || text[p + 1] == '0') {
      return -1;
    }
    int q = ScanChars.digitRunEnd(text, p + 1, 3);
    if (q - p - 1 > 3 || q >= text.length || text[q] != ' ') {
      return -1;
    }
    q++;
    for (int k = 0; k < 3; k++) {
      if (!markLetter(text, q + k)) {
        return -1;
      }
    }
    q += 3;
    if (!boundary(text, q) || !precededBy(text, p, 4, VEHICLE_WORDS)) {
      return -1;
    }
    return q;
  }

  private static int suffix(char[] text, int p) {
    for (int k = 0; k < 3; k++) {
      if (!markLetter(text, p + k)) {
        return -1;
      }
    }
    int q = p + 3;
    if (q + 1 >= text.length || text[q] != ' ' || !isDigitAt(text, q + 1) || text[q + 1] == '0') {
      return -1;
    }
    int r = ScanChars.digitRunEnd(text, q + 1, 3);
    if (r - q - 1 > 3) {
      return -1;
    }
    if (r < text.length && text[r] == ' ') {
      r++;
    }
    if (!yearLetter(text, r) || !boundary(text, r + 1) || !precededBy(text, p, 4, VEHICLE_WORDS)) {
      return -1;
    }
    return r + 1;
  }
}

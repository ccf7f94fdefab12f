package org.practitionersforum.core.anonymisation;

/** Checksum and range rules of structured identifiers. Pure functions. */
final class Validators {
  private Validators() {}

  /**
   * The NHS number modulus 11 check: weights 10..2, check = 11 - sum mod 11, 11 means 0, 10
   * invalid.
   */
  static boolean nhsCheckDigit(char[] d) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (d[i] - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == d[9] - '0';
  }

  /**
   * National Insurance prefixes: the first letter is not D, F, I, Q, U or V; the second is not D,
   * F, I, O, Q, U or V; and the pair is not BG, GB, KN, NK, NT, TN or ZZ.
   */
  static boolean validNiPrefix(char c1, char c2) {
    if (c1 < 'A' || c1 > 'Z' || c2 < 'A' || c2 > 'Z') {
      return false;
    }
    if ("DFIQUV".indexOf(c1) >= 0 || "DFIOQUV".indexOf(c2) >= 0) {
      return false;
    }
    return !((c1 == 'B' && c2 == 'G')
        || (c1 == 'G' && c2 == 'B')
        || (c1 == 'K' && c2 == 'N')
        || (c1 == 'N' && (c2 == 'K' || c2 == 'T'))
        || (c1 == 'T' && c2 == 'N')
        || (c1 == 'Z' && c2 == 'Z'));
  }

  static boolean validDate(int day, int month, int year) {
    if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2199) {
      return false;
    }
    return day <= daysIn(month, year);
  }

  static int daysIn(int month, int year) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /**
   * The structure of a DVLA driving licence number (16 upper-case chars): five surname chars
   * (letters, then 9s padding, the first a letter), the date of birth (decade digit, month plus 50
   * for a woman, day, year digit) forming a real day, two initial chars (a letter, then a letter or
   * 9), a digit and two check characters.
   */
  static boolean drivingLicence(char[] c) {
    if (!isLetter(c[0])) {
      return false;
    }
    boolean padding = false;
    for (int k = 1; k < 5; k++) {
      if (c[k] == '9') {
        padding = true;
      } else if (!isLetter(c[k]) || padding) {
        return false;
      }
    }
    for (int k = 5; k < 11; k++) {
      if (c[k] < '0' || c[k] > '9') {
        return false;
      }
    }
    int month = (c[6] - '0') * 10 + (c[7] - '0');
    if (month > 50) {
      month -= 50;
    }
    int day = (c[8] - '0') * 10 + (c[9] - '0');
    // The century is not encoded: a leap year (2000) lets 29 February stand.
    if (!validDate(day, month, 2000)) {
      return false;
    }
    if (!isLetter(c[11]) || !(isLetter(c[12]) || c[12] == '9')) {
      return false;
    }
    return c[13] >= '0' && c[13] <= '9' && isLetterOrDigit(c[14]) && isLetterOrDigit(c[15]);
  }

  private static boolean isLetterOrDigit(char c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}

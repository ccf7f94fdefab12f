package org.practitionersforum.api.practitioner;

import java.util.Locale;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/** Normalisation of open-vocabulary codes. */
final class Vocabulary {
  private static final int MAX_LENGTH = 60;

  private Vocabulary() {}

  static String normalise(String raw, String what) {
    String text = Checks.text(raw, what, MAX_LENGTH).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingHyphen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '-' || c == '_') {
        pendingHyphen = out.length() > 0;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingHyphen) {
          out.append('-');
          pendingHyphen = false;
        }
        out.append(c);
      } else {
        throw new InvalidInputException(
            what + " codes may hold only letters, digits, spaces and hyphens");
      }
    }
    if (out.length() == 0) {
      throw new InvalidInputException(what + " must not be blank");
    }
    return out.toString();
  }
}

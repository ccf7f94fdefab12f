package org.practitionersforum.api.consultation;

import java.util.List;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/** The length and character checks of a round's free texts, each naming its rule. */
final class Texts {
  private Texts() {}

  /** Checks a stored text: 1 to {@code max} characters, none refused; never quotes it. */
  static void check(String value, String rule, String what, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new InvalidInputException(
          rule + ": " + what + " must be 1 to " + max + " characters long");
    }
    String problem = Checks.textProblem(value);
    if (problem != null) {
      throw new InvalidInputException(rule + ": " + what + " must not contain " + problem);
    }
  }

  /** Checks each text of a list and the list's size. */
  static void checkAll(List<String> values, String rule, String what, int max, int most) {
    if (values.size() > most) {
      throw new InvalidInputException(rule + ": at most " + most + " " + what + "s are accepted");
    }
    for (String v : values) {
      check(v, rule, what, max);
    }
  }
}

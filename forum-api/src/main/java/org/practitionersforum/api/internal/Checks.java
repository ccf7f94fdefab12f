package org.practitionersforum.api.internal;

import java.util.Collection;
import org.practitionersforum.api.InvalidInputException;

/** Argument checks that throw {@link InvalidInputException} with a plain message. */
public final class Checks {
  /** The longest identifier the SDK accepts from a host. */
  public static final int MAX_ID_LENGTH = 200;

  private Checks() {}

  /**
   * Requires a non-null argument.
   *
   * @param value the argument
   * @param what a short description of the argument, such as "forum id"
   * @param <T> the argument type
   * @return the argument
   * @throws InvalidInputException if it is null
   */
  public static <T> T notNull(T value, String what) {
    if (value == null) {
      throw new InvalidInputException(what + " is required but was missing");
    }
    return value;
  }

  /**
   * Requires a non-blank text without control characters, at most {@code maxLength} long.
   *
   * @param value the text
   * @param what a short description, such as "forum name"
   * @param maxLength the longest accepted length
   * @return the text, stripped of leading and trailing white space
   * @throws InvalidInputException if it is null, blank, too long or holds control characters
   */
  public static String text(String value, String what, int maxLength) {
    notNull(value, what);
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new InvalidInputException(what + " must not be blank");
    }
    if (stripped.length() > maxLength) {
      throw new InvalidInputException(what + " must be at most " + maxLength + " characters long");
    }
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw new InvalidInputException(what + " must not contain control characters");
      }
    }
    return stripped;
  }

  /**
   * Requires a host identifier: non-blank, at most {@link #MAX_ID_LENGTH} characters, no control
   * characters or surrounding white space.
   *
   * @param value the identifier
   * @param what a short description, such as "practitioner id"
   * @return the identifier
   * @throws InvalidInputException if it is not a valid identifier
   */
  public static String id(String value, String what) {
    notNull(value, what);
    if (!value.equals(value.strip())) {
      throw new InvalidInputException(what + " must not start or end with white space");
    }
    String checked = text(value, what, MAX_ID_LENGTH);
    if (checked.indexOf('\n') >= 0 || checked.indexOf('\r') >= 0 || checked.indexOf('\t') >= 0) {
      throw new InvalidInputException(what + " must be a single line");
    }
    return checked;
  }

  /**
   * Runs a generated builder's {@code build()}, turning its unchecked failures into {@link
   * InvalidInputException}s. Immutables reports missing attributes by their names only, so the
   * message holds no value.
   *
   * @param build the builder's build method
   * @param <T> the value type
   * @return the value
   * @throws InvalidInputException if a required attribute is missing
   */
  public static <T> T built(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException | NullPointerException e) {
      throw new InvalidInputException(
          e.getMessage() == null ? "a required attribute is missing" : e.getMessage(), e);
    }
  }

  /**
   * Requires a collection with no null elements.
   *
   * @param values the collection
   * @param what a short description
   * @param <C> the collection type
   * @return the collection
   * @throws InvalidInputException if it is null or holds null
   */
  public static <C extends Collection<?>> C noNulls(C values, String what) {
    notNull(values, what);
    for (Object v : values) {
      if (v == null) {
        throw new InvalidInputException(what + " must not contain missing entries");
      }
    }
    return values;
  }
}

package org.practitionersforum.api.internal;

import java.text.Normalizer;
import java.util.Collection;
import org.practitionersforum.api.InvalidInputException;

/** Argument checks that throw {@link InvalidInputException} with a plain message. */
public final class Checks {
  /** The longest identifier the SDK accepts from a host. */
  public static final int MAX_ID_LENGTH = 200;

  /** Zero-width non-joiner: needed by Persian and Indic scripts, so kept in free text. */
  private static final int ZWNJ = 0x200C;

  /** Zero-width joiner: needed by some scripts and by emoji sequences, so kept in free text. */
  private static final int ZWJ = 0x200D;

  private static final String INVISIBLE =
      "invisible or formatting characters (such as zero-width, byte-order or bidirectional marks)";

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
   * Requires free text (a name, a reason, minutes): non-blank, at most {@code maxLength} long, with
   * no invisible or formatting characters (SEC-4). The text is put into Unicode NFC, so that the
   * same words typed in composed or decomposed form are the same text, and stripped of surrounding
   * white space. Ordinary punctuation, tabs and line breaks are kept.
   *
   * <p>Refused anywhere in the text: control characters other than tab, carriage return and line
   * feed; format characters (Unicode category Cf: bidirectional embeddings, overrides, isolates and
   * marks, the byte-order mark, soft hyphen, word joiner, zero-width space), except the zero-width
   * joiner and non-joiner that some scripts and emoji need; private-use, unassigned and lone
   * surrogate code points.
   *
   * @param value the text
   * @param what a short description, such as "forum name"
   * @param maxLength the longest accepted length, in UTF-16 units, after normalising
   * @return the text in NFC, stripped of leading and trailing white space
   * @throws InvalidInputException naming SEC-4 if it is null, blank, too long or holds a refused
   *     character; the message never quotes the text
   */
  public static String text(String value, String what, int maxLength) {
    notNull(value, what);
    String normal = stripSpace(nfc(value));
    if (isBlank(normal)) {
      throw new InvalidInputException("SEC-4: " + what + " must not be blank");
    }
    if (normal.length() > maxLength) {
      throw new InvalidInputException(
          "SEC-4: " + what + " must be at most " + maxLength + " characters long");
    }
    String problem = textProblem(normal);
    if (problem != null) {
      throw new InvalidInputException("SEC-4: " + what + " must not contain " + problem);
    }
    return normal;
  }

  /**
   * Tells what is wrong with the characters of a free text, by the rules of {@link #text}, or null
   * if nothing is. For checks that report under their own rule tag.
   *
   * @param value the text, not null
   * @return a description of the first refused kind of character, such as "control characters", or
   *     null
   */
  public static String textProblem(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (c >= ' ' && c < 0x7F) {
        // Printable ASCII, most of any text: never a refused kind.
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\t' || c == ZWNJ || c == ZWJ) {
        continue;
      }
      String problem = characterProblem(c);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /**
   * Requires a host identifier (SEC-4): non-blank, at most {@link #MAX_ID_LENGTH} characters, in
   * Unicode NFC, a single line with no surrounding white space (including no-break spaces) and no
   * white space but the ordinary space inside, and none of the characters {@link #text} refuses.
   *
   * <p>An identifier not in NFC is refused rather than normalised: it is the host's key, and
   * silently normalising it would make two keys the host keeps apart one in the SDK. Refusing keeps
   * equality independent of the form typed, since every accepted identifier is in NFC.
   *
   * @param value the identifier
   * @param what a short description, such as "practitioner id"
   * @return the identifier, unchanged
   * @throws InvalidInputException naming SEC-4 if it is not a valid identifier; the message never
   *     quotes the identifier
   */
  public static String id(String value, String what) {
    notNull(value, what);
    if (value.isEmpty()) {
      throw new InvalidInputException("SEC-4: " + what + " must not be blank");
    }
    if (isSpace(value.codePointAt(0)) || isSpace(value.codePointBefore(value.length()))) {
      throw new InvalidInputException("SEC-4: " + what + " must not start or end with white space");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new InvalidInputException(
          "SEC-4: " + what + " must be at most " + MAX_ID_LENGTH + " characters long");
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (c > ' ' && c < 0x7F) {
        // Printable ASCII other than the space, most of any identifier: never refused.
        continue;
      }
      if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
        throw new InvalidInputException("SEC-4: " + what + " must be a single line");
      }
      String problem = c == ZWNJ || c == ZWJ ? INVISIBLE : characterProblem(c);
      if (problem == null && c != ' ' && isSpace(c)) {
        problem = "white space other than the ordinary space";
      }
      if (problem != null) {
        throw new InvalidInputException("SEC-4: " + what + " must not contain " + problem);
      }
    }
    if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      throw new InvalidInputException(
          "SEC-4: " + what + " must be in Unicode normal form NFC (composed characters)");
    }
    return value;
  }

  /** Describes why one code point is refused in any text, or returns null. */
  private static String characterProblem(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
        return "control characters";
      case Character.FORMAT:
        return INVISIBLE;
      case Character.PRIVATE_USE:
        return "private-use characters";
      case Character.UNASSIGNED:
        return "unassigned code points";
      case Character.SURROGATE:
        return "unpaired surrogate characters";
      default:
        return null;
    }
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Strips leading and trailing white space, no-break spaces included. */
  private static String stripSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  private static boolean isBlank(String s) {
    return s.codePoints().allMatch(Checks::isSpace);
  }

  private static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
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
      // Generated code names attributes only; the cause keeps no message, in case one ever quotes
      // a value.
      throw new InvalidInputException(
          e.getMessage() == null ? "a required attribute is missing" : e.getMessage(),
          SanitisedCause.of(e, null));
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

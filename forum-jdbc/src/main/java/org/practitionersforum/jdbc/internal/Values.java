package org.practitionersforum.jdbc.internal;

import java.time.Instant;
import org.practitionersforum.api.InvalidInputException;

/**
 * Conversions between model values and column values, with the checks that keep a write from
 * failing half-way in the database: every refusal happens before the first statement.
 *
 * <p>Instants are stored as {@code BIGINT} nanoseconds since 1970-01-01T00:00Z. That keeps them
 * exact (the JDK clock has nanosecond resolution; {@code TIMESTAMP} columns keep microseconds on
 * PostgreSQL and MariaDB), free of time-zone settings, and the same on all three databases; the
 * range is the years 1677 to 2262.
 */
public final class Values {
  /** The longest free text (reasons) stored: H2's limit for a character column. */
  public static final int MAX_TEXT = 1_000_000;

  private Values() {}

  /**
   * Converts an instant to its column value.
   *
   * @param instant the instant
   * @param what what the instant is, for the message
   * @return nanoseconds since the epoch
   * @throws InvalidInputException if the instant is outside the years 1677 to 2262
   */
  public static long nanos(Instant instant, String what) {
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    } catch (ArithmeticException e) {
      throw new InvalidInputException(
          what + " must lie between the years 1677 and 2262 to be stored");
    }
  }

  /**
   * Converts a column value back to an instant.
   *
   * @param nanos nanoseconds since the epoch
   * @return the instant
   */
  public static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  /**
   * Checks that a text can be stored exactly by every supported database: no NUL character
   * (PostgreSQL refuses it), no unpaired surrogate (it cannot be encoded in UTF-8), and at most
   * {@code maxLength} characters.
   *
   * @param text the text
   * @param what what the text is, for the message
   * @param maxLength the column's length
   * @return the text
   * @throws InvalidInputException if it cannot be stored exactly
   */
  public static String text(String text, String what, int maxLength) {
    if (text.length() > maxLength) {
      throw new InvalidInputException(
          what + " must be at most " + maxLength + " characters long to be stored");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        throw new InvalidInputException(what + " must not contain the NUL character");
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        throw new InvalidInputException(
            what + " holds an unpaired surrogate and is not valid Unicode");
      }
      if (Character.isLowSurrogate(c)) {
        throw new InvalidInputException(
            what + " holds an unpaired surrogate and is not valid Unicode");
      }
    }
    return text;
  }
}

package org.practitionersforum.api.lesson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * The reference code an author receives, once, when a lesson is submitted (LS-2): the lesson's id,
 * a full stop and a secret of at least 128 random bits. With it the author can withdraw the lesson
 * or prove authorship after their identity is erased. The SDK stores only a slow salted hash of the
 * secret, and the code names its lesson, so checking a code costs one hash, never a scan.
 *
 * <p>{@code toString()} never shows the secret. Immutable.
 */
public final class ReferenceCode {
  /** The fewest characters of a secret: 22 base-64 characters carry 132 bits. */
  public static final int MIN_SECRET_LENGTH = 22;

  /** The most characters of a secret. */
  public static final int MAX_SECRET_LENGTH = 200;

  private final LessonId lesson;
  private final String secret;

  private ReferenceCode(LessonId lesson, String secret) {
    this.lesson = lesson;
    this.secret = secret;
  }

  /**
   * Makes a code from a lesson's id and a secret.
   *
   * @param lesson the lesson
   * @param secret the secret: {@link #MIN_SECRET_LENGTH} to {@link #MAX_SECRET_LENGTH} URL-safe
   *     base-64 characters
   * @return the code
   * @throws InvalidInputException naming LS-2 if the secret is malformed
   */
  public static ReferenceCode of(LessonId lesson, String secret) {
    Checks.notNull(lesson, "lesson id");
    Checks.notNull(secret, "reference code secret");
    if (secret.length() < MIN_SECRET_LENGTH
        || secret.length() > MAX_SECRET_LENGTH
        || !secret.chars().allMatch(ReferenceCode::base64url)) {
      throw new InvalidInputException("LS-2: this is not a well-formed reference code");
    }
    return new ReferenceCode(lesson, secret);
  }

  /**
   * Reads a code as the author typed it: {@code <lesson id>.<secret>}, surrounding white space
   * ignored.
   *
   * @param text the code
   * @return the code
   * @throws InvalidInputException naming LS-2 if it is not a well-formed code; the message never
   *     quotes it
   */
  public static ReferenceCode parse(String text) {
    Checks.notNull(text, "reference code");
    String t = text.strip();
    int dot = t.lastIndexOf('.');
    if (dot <= 0 || dot == t.length() - 1) {
      throw new InvalidInputException("LS-2: this is not a well-formed reference code");
    }
    LessonId id;
    try {
      id = LessonId.of(t.substring(0, dot));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("LS-2: this is not a well-formed reference code");
    }
    return of(id, t.substring(dot + 1));
  }

  private static boolean base64url(int c) {
    return c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c >= '0' && c <= '9'
        || c == '-'
        || c == '_';
  }

  /**
   * Returns the lesson the code names.
   *
   * @return the lesson id
   */
  public LessonId lesson() {
    return lesson;
  }

  /**
   * Returns the secret, to be shown to the author once and checked against its stored hash.
   *
   * @return the secret
   */
  public String secret() {
    return secret;
  }

  /**
   * Returns the code as the author keeps it: {@code <lesson id>.<secret>}.
   *
   * @return the code's text
   */
  public String value() {
    return lesson.value() + "." + secret;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReferenceCode other
        && lesson.equals(other.lesson)
        && MessageDigest.isEqual(
            secret.getBytes(StandardCharsets.UTF_8), other.secret.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return lesson.hashCode();
  }

  @Override
  public String toString() {
    return "ReferenceCode[" + lesson + ".****]";
  }
}

package org.practitionersforum.api.terms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * The SHA-256 hash of a version's {@link TermsContent#canonicalForm() canonical content}, as 64
 * lower-case hexadecimal digits (TR-3). Every agreement record carries it, so an agreement binds to
 * the exact text agreed: any edit gives a different hash and so never inherits earlier agreements.
 *
 * <p>Holds no personal data; {@code toString()} shows the hash.
 *
 * @param value 64 lower-case hexadecimal digits
 */
public record ContentHash(@JsonValue String value) implements Comparable<ContentHash> {
  /** The number of hexadecimal digits of a SHA-256 hash. */
  public static final int LENGTH = 64;

  /**
   * Creates a hash from its hexadecimal form.
   *
   * @param value 64 lower-case hexadecimal digits
   * @throws InvalidInputException if the value is not 64 lower-case hexadecimal digits
   */
  public ContentHash {
    Checks.notNull(value, "content hash");
    if (!isHex(value)) {
      throw new InvalidInputException(
          "TR-3: a content hash must be " + LENGTH + " lower-case hexadecimal digits (SHA-256)");
    }
  }

  private static boolean isHex(String value) {
    if (value.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = value.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Wraps the hexadecimal form of a hash.
   *
   * @param value 64 lower-case hexadecimal digits
   * @return the hash
   * @throws InvalidInputException if the value is malformed
   */
  @JsonCreator
  public static ContentHash of(String value) {
    return new ContentHash(value);
  }

  /**
   * Computes the hash of terms content: SHA-256 of the UTF-8 bytes of its canonical form.
   *
   * @param content the content
   * @return its hash
   * @throws InvalidInputException if the content is null
   */
  public static ContentHash of(TermsContent content) {
    Checks.notNull(content, "terms content");
    return ofCanonical(content.canonicalForm());
  }

  /**
   * Computes the hash of a canonical form as produced by {@link TermsContent#canonicalForm()}.
   *
   * @param canonical the canonical form
   * @return SHA-256 of its UTF-8 bytes
   */
  public static ContentHash ofCanonical(String canonical) {
    Checks.notNull(canonical, "canonical form");
    byte[] digest = sha256().digest(canonical.getBytes(StandardCharsets.UTF_8));
    return new ContentHash(HexFormat.of().formatHex(digest));
  }

  /** A SHA-256 digest to clone: cloning one costs less than looking the algorithm up each time. */
  private static final MessageDigest SHA_256;

  static {
    try {
      SHA_256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException impossible) {
        throw new IllegalStateException("every Java platform provides SHA-256", impossible);
      }
    }
  }

  /**
   * Tells whether this is the hash of the given content.
   *
   * @param content the content
   * @return true if {@code ContentHash.of(content)} equals this hash
   */
  public boolean matches(TermsContent content) {
    return equals(of(content));
  }

  @Override
  public int compareTo(ContentHash other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

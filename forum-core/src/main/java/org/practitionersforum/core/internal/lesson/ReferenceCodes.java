package org.practitionersforum.core.internal.lesson;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.spi.CodeCheck;

/**
 * Makes and checks reference codes (LS-2). A code's secret is 18 random bytes (144 bits) from a
 * {@link SecureRandom}, written as 24 URL-safe base-64 characters; only its PBKDF2-HMAC-SHA256
 * hash, with a 16-byte random salt and the configured iteration count, is stored. The code names
 * its lesson, so a check is one hash. Wrong codes are counted per lesson: after {@link
 * #FAILURES_BEFORE_LOCK} in a row the lesson accepts no code for {@link #FIRST_LOCK}, doubled after
 * each further run, up to {@link #LONGEST_LOCK}. Thread-safe.
 */
final class ReferenceCodes {
  /** Secret bytes: 144 bits. */
  static final int SECRET_BYTES = 18;

  /** Salt bytes. */
  static final int SALT_BYTES = 16;

  /** Hash bytes: SHA-256's output. */
  static final int HASH_BITS = 256;

  /** The iteration count OWASP recommended for PBKDF2-HMAC-SHA256 in 2023. */
  static final int DEFAULT_ITERATIONS = 600_000;

  /** The fewest iterations accepted: for tests only; hosts keep the default. */
  static final int MIN_ITERATIONS = 1_000;

  /** Wrong codes in a row before the lesson accepts none for a while. */
  static final int FAILURES_BEFORE_LOCK = 5;

  /** The first wait after a run of wrong codes. */
  static final Duration FIRST_LOCK = Duration.ofMinutes(15);

  /** The longest wait. */
  static final Duration LONGEST_LOCK = Duration.ofDays(1);

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  private final SecureRandom random;
  private final int iterations;
  private final byte[] dummySalt;

  ReferenceCodes(SecureRandom random, int iterations) {
    this.random = random;
    this.iterations = iterations;
    this.dummySalt = new byte[SALT_BYTES];
    random.nextBytes(dummySalt);
  }

  /** A new code for a lesson, with the check to store: the only time the secret exists. */
  record Issued(ReferenceCode code, CodeCheck check) {}

  Issued issue(LessonId lesson) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    ReferenceCode code =
        ReferenceCode.of(lesson, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    String hash = HexFormat.of().formatHex(hash(code.secret(), salt, iterations));
    return new Issued(
        code,
        new CodeCheck(HexFormat.of().formatHex(salt), hash, iterations, 0, Optional.empty(), 0));
  }

  /** The hash of a code's secret under a stored check's salt and cost. */
  static byte[] hashFor(ReferenceCode code, CodeCheck check) {
    return hash(code.secret(), HexFormat.of().parseHex(check.salt()), check.iterations());
  }

  /** Whether a hash is the stored one, compared in constant time. */
  static boolean matches(byte[] hash, CodeCheck check) {
    return MessageDigest.isEqual(hash, HexFormat.of().parseHex(check.hash()));
  }

  /** Spends one hash's time on a code for no stored lesson, so that it answers as slowly. */
  void spendOneHash(ReferenceCode code) {
    hash(code.secret(), dummySalt, iterations);
  }

  /** Whether a check accepts no code at a time. */
  static boolean locked(CodeCheck check, Instant now) {
    return check.lockedUntil().filter(now::isBefore).isPresent();
  }

  /** The check after one more wrong code at a time. */
  static CodeCheck failed(CodeCheck check, Instant now) {
    int failures = check.failures() + 1;
    Optional<Instant> until = check.lockedUntil();
    if (failures % FAILURES_BEFORE_LOCK == 0) {
      int runs = failures / FAILURES_BEFORE_LOCK;
      Duration wait = FIRST_LOCK;
      for (int k = 1; k < runs && wait.compareTo(LONGEST_LOCK) < 0; k++) {
        wait = wait.multipliedBy(2);
      }
      if (wait.compareTo(LONGEST_LOCK) > 0) {
        wait = LONGEST_LOCK;
      }
      until = Optional.of(now.plus(wait));
    }
    return check.withFailures(failures, until);
  }

  private static byte[] hash(String secret, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("the JDK offers no " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }
}

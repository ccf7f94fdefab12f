package org.practitionersforum.api.spi;

import java.time.Instant;
import java.util.Optional;
import org.practitionersforum.api.internal.Checks;

/**
 * What a store keeps to check a lesson's reference code (LS-2): a slow salted hash of the code's
 * secret, never the secret, and the count of wrong codes tried in a row with the time until which
 * no code is accepted. Stored beside its lesson, with an optimistic version of its own.
 *
 * <p>{@code toString()} shows neither the salt nor the hash.
 *
 * @param salt the salt, hexadecimal, 32 characters or more
 * @param hash the PBKDF2-HMAC-SHA256 hash of the secret, hexadecimal
 * @param iterations the hash's iteration count, at least 1
 * @param failures wrong codes tried since the last right one, at least 0
 * @param lockedUntil the time until which no code is accepted, if any
 * @param version the optimistic version this was read at: 0 before it is first stored
 */
public record CodeCheck(
    String salt,
    String hash,
    int iterations,
    int failures,
    Optional<Instant> lockedUntil,
    long version) {

  /**
   * Creates the record.
   *
   * @param salt the salt, hexadecimal
   * @param hash the hash, hexadecimal
   * @param iterations the hash's iteration count
   * @param failures wrong codes tried since the last right one
   * @param lockedUntil the time until which no code is accepted, if any
   * @param version the optimistic version
   * @throws org.practitionersforum.api.InvalidInputException if a value is missing or out of range
   */
  public CodeCheck {
    Checks.notNull(salt, "salt");
    Checks.notNull(hash, "hash");
    Checks.notNull(lockedUntil, "locked until");
    if (!salt.matches("[0-9a-f]{32,128}") || !hash.matches("[0-9a-f]{32,128}")) {
      throw new org.practitionersforum.api.InvalidInputException(
          "LS-2: a code's salt and hash are hexadecimal, 32 to 128 digits");
    }
    if (iterations < 1 || failures < 0 || version < 0) {
      throw new org.practitionersforum.api.InvalidInputException(
          "LS-2: a code check's counts cannot be negative");
    }
  }

  /**
   * Returns this record with other failure counts.
   *
   * @param failuresNow wrong codes tried in a row
   * @param lockedUntilNow the time until which no code is accepted, if any
   * @return the record, at the same version
   */
  public CodeCheck withFailures(int failuresNow, Optional<Instant> lockedUntilNow) {
    return new CodeCheck(salt, hash, iterations, failuresNow, lockedUntilNow, version);
  }

  /**
   * Returns this record at another version.
   *
   * @param newVersion the version
   * @return the record
   */
  public CodeCheck withVersion(long newVersion) {
    return new CodeCheck(salt, hash, iterations, failures, lockedUntil, newVersion);
  }

  @Override
  public String toString() {
    return "CodeCheck[iterations="
        + iterations
        + ", failures="
        + failures
        + ", lockedUntil="
        + lockedUntil
        + ", version="
        + version
        + "]";
  }
}

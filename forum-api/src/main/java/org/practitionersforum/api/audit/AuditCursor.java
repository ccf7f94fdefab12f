package org.practitionersforum.api.audit;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * Where a page of an {@link AuditQuery} ended: the time and hash of its last record. Records are
 * ordered by time, then by hash, so a cursor names a position that later writes cannot move. Its
 * {@link #token()} holds no person and may be handed to a browser.
 *
 * @param at the time of the last record of the page
 * @param hash the hash of the last record of the page
 */
public record AuditCursor(Instant at, String hash) {
  private static final Pattern TOKEN =
      Pattern.compile("(-?[0-9]{1,19})\\.([0-9]{9})\\.([0-9a-f]{64})");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  /**
   * Creates a cursor.
   *
   * @param at the time of the last record of the page
   * @param hash the hash of the last record of the page
   * @throws InvalidInputException if either is missing or the hash is malformed
   */
  public AuditCursor {
    Checks.notNull(at, "SEC-2: audit cursor time");
    if (hash == null || !HASH.matcher(hash).matches()) {
      throw new InvalidInputException("SEC-2: an audit cursor's hash is malformed");
    }
  }

  /**
   * Returns the cursor just after a record.
   *
   * @param record the last record of a page
   * @return the cursor
   */
  public static AuditCursor after(AuditRecord record) {
    return new AuditCursor(record.at(), record.hash());
  }

  /**
   * Reads a cursor from its token.
   *
   * @param token what {@link #token()} returned
   * @return the cursor
   * @throws InvalidInputException if the token is not one
   */
  public static AuditCursor parse(String token) {
    Matcher m = TOKEN.matcher(Checks.notNull(token, "SEC-2: audit cursor"));
    if (!m.matches()) {
      throw new InvalidInputException("SEC-2: not an audit cursor");
    }
    try {
      return new AuditCursor(
          Instant.ofEpochSecond(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))),
          m.group(3));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new InvalidInputException("SEC-2: not an audit cursor");
    }
  }

  /**
   * Returns the cursor as text: seconds, nanoseconds and hash, separated by dots.
   *
   * @return the token
   */
  public String token() {
    return at.getEpochSecond() + "." + String.format("%09d", at.getNano()) + "." + hash;
  }
}

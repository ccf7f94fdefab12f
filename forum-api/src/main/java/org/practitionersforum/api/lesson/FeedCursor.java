package org.practitionersforum.api.lesson;

import java.time.Instant;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * Where a page of a lesson feed ended: the publication time and id of its last lesson. The next
 * page starts strictly after it, newest first (a keyset, not an offset), so lessons published
 * meanwhile neither repeat nor shift a page. Hosts pass it on as the opaque {@link #token() token}.
 *
 * @param publishedAt the publication time, at the feed's tier, of the last lesson of the page
 * @param id the id of that lesson
 */
public record FeedCursor(Instant publishedAt, LessonId id) {

  /**
   * Creates a cursor.
   *
   * @param publishedAt the publication time of the last lesson of the page
   * @param id the id of that lesson
   * @throws InvalidInputException if an argument is missing
   */
  public FeedCursor {
    Checks.notNull(publishedAt, "publication time");
    Checks.notNull(id, "lesson id");
  }

  /**
   * Returns the cursor as an opaque token: the publication time's epoch second and nanosecond, then
   * the lesson id.
   *
   * @return the token
   */
  public String token() {
    return publishedAt.getEpochSecond() + "." + publishedAt.getNano() + ":" + id.value();
  }

  /**
   * Reads a token made by {@link #token()}.
   *
   * @param token the token
   * @return the cursor
   * @throws InvalidInputException if the token is missing or malformed
   */
  public static FeedCursor parse(String token) {
    Checks.notNull(token, "feed cursor");
    int colon = token.indexOf(':');
    int dot = token.indexOf('.');
    if (dot < 1 || colon < dot + 2 || colon == token.length() - 1) {
      throw new InvalidInputException("this is not a feed cursor");
    }
    try {
      long seconds = Long.parseLong(token.substring(0, dot));
      int nanos = Integer.parseInt(token.substring(dot + 1, colon));
      if (nanos < 0 || nanos > 999_999_999) {
        throw new InvalidInputException("this is not a feed cursor");
      }
      return new FeedCursor(
          Instant.ofEpochSecond(seconds, nanos), LessonId.of(token.substring(colon + 1)));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new InvalidInputException("this is not a feed cursor");
    }
  }

  /**
   * Tells whether a lesson published at a time comes after this cursor in a feed, newest first.
   *
   * @param at the lesson's publication time
   * @param lesson the lesson's id
   * @return true if it is older, or as old with a smaller id
   */
  public boolean precedes(Instant at, LessonId lesson) {
    int c = at.compareTo(publishedAt);
    return c < 0 || (c == 0 && lesson.value().compareTo(id.value()) < 0);
  }
}

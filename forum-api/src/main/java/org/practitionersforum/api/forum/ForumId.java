package org.practitionersforum.api.forum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The host system's identifier of a forum.
 *
 * @param value the host's identifier: non-blank, single line, at most 200 characters
 */
public record ForumId(@JsonValue String value) implements Comparable<ForumId> {

  /**
   * Creates the identifier.
   *
   * @param value the host's identifier: non-blank, single line, at most 200 characters
   * @throws org.practitionersforum.api.InvalidInputException if the value is null, blank or too
   *     long
   */
  public ForumId {
    Checks.id(value, "forum id");
  }

  /**
   * Wraps a host identifier.
   *
   * @param value the host's identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static ForumId of(String value) {
    return new ForumId(value);
  }

  @Override
  public int compareTo(ForumId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

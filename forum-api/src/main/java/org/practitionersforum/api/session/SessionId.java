package org.practitionersforum.api.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The host system's identifier of a session.
 *
 * @param value the host's identifier: non-blank, single line, at most 200 characters
 */
public record SessionId(@JsonValue String value) implements Comparable<SessionId> {

  /**
   * Creates the identifier.
   *
   * @param value the host's identifier: non-blank, single line, at most 200 characters
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  public SessionId {
    Checks.id(value, "session id");
  }

  /**
   * Wraps a host identifier.
   *
   * @param value the host's identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static SessionId of(String value) {
    return new SessionId(value);
  }

  @Override
  public int compareTo(SessionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

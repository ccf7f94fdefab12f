package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The host system's identifier of a consultation round.
 *
 * @param value the host's identifier: non-blank, single line, at most 200 characters
 */
public record RoundId(@JsonValue String value) implements Comparable<RoundId> {

  /**
   * Creates the identifier.
   *
   * @param value the host's identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  public RoundId {
    Checks.id(value, "round id");
  }

  /**
   * Wraps a host identifier.
   *
   * @param value the host's identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static RoundId of(String value) {
    return new RoundId(value);
  }

  @Override
  public int compareTo(RoundId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

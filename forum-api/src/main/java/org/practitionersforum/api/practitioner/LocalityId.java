package org.practitionersforum.api.practitioner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The host system's identifier of a locality.
 *
 * @param value the host's identifier: non-blank, single line, at most 200 characters
 */
public record LocalityId(@JsonValue String value) implements Comparable<LocalityId> {

  /**
   * Creates the identifier.
   *
   * @param value the host's identifier: non-blank, single line, at most 200 characters
   * @throws org.practitionersforum.api.InvalidInputException if the value is null, blank or too
   *     long
   */
  public LocalityId {
    Checks.id(value, "locality id");
  }

  /**
   * Wraps a host identifier.
   *
   * @param value the host's identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static LocalityId of(String value) {
    return new LocalityId(value);
  }

  @Override
  public int compareTo(LocalityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

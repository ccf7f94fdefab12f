package org.practitionersforum.api.practitioner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The host system's identifier of a front-line practitioner. It wraps the same host identifier as
 * the practitioner's {@link PersonId}.
 *
 * <p>{@code toString()} never shows the identifier, so a person id cannot leak into logs by
 * accident (AN-5).
 *
 * @param value the host's identifier: non-blank, single line, at most 200 characters
 */
public record PractitionerId(@JsonValue String value) implements Comparable<PractitionerId> {

  /**
   * Creates the identifier.
   *
   * @param value the host's identifier: non-blank, single line, at most 200 characters
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  public PractitionerId {
    Checks.id(value, "practitioner id");
  }

  /**
   * Wraps a host identifier.
   *
   * @param value the host's identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static PractitionerId of(String value) {
    return new PractitionerId(value);
  }

  /**
   * Returns the person id with the same host identifier.
   *
   * @return the person id
   */
  public PersonId asPerson() {
    return new PersonId(value);
  }

  @Override
  public int compareTo(PractitionerId other) {
    return value.compareTo(other.value);
  }

  /** Returns a redacted form that never shows the identifier. */
  @Override
  public String toString() {
    return "PractitionerId[****]";
  }
}

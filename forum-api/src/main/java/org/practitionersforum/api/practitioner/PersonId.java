package org.practitionersforum.api.practitioner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The host system's identifier of any person who acts in the SDK: a practitioner, a facilitator, a
 * manager or an administrator. A practitioner's {@code PersonId} and {@link PractitionerId} wrap
 * the same host identifier.
 *
 * <p>{@code toString()} never shows the identifier, so a person id cannot leak into logs by
 * accident (AN-5).
 *
 * @param value the host's identifier: non-blank, single line, at most 200 characters
 */
public record PersonId(@JsonValue String value) implements Comparable<PersonId> {

  /**
   * Creates the identifier.
   *
   * @param value the host's identifier: non-blank, single line, at most 200 characters
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  public PersonId {
    Checks.id(value, "person id");
  }

  /**
   * Wraps a host identifier.
   *
   * @param value the host's identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /**
   * Returns the practitioner id with the same host identifier.
   *
   * @return the practitioner id
   */
  public PractitionerId asPractitioner() {
    return new PractitionerId(value);
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  /** Returns a redacted form that never shows the identifier. */
  @Override
  public String toString() {
    return "PersonId[****]";
  }
}

package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * Identifies a participant's consent to their individual input being used in a forum's response
 * (CR-3), wrapping the host's identifier.
 *
 * @param value the host's identifier
 */
public record ConsentId(@JsonValue String value) implements Comparable<ConsentId> {

  /**
   * Checks the identifier.
   *
   * @param value the value
   * @throws org.practitionersforum.api.InvalidInputException if it is blank or too long
   */
  public ConsentId {
    Checks.id(value, "consent id");
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the id
   * @throws org.practitionersforum.api.InvalidInputException if it is blank or too long
   */
  @JsonCreator
  public static ConsentId of(String value) {
    return new ConsentId(value);
  }

  @Override
  public int compareTo(ConsentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

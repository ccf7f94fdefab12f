package org.practitionersforum.api.practitioner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The host system's identifier of a base (an office or team where workers gather).
 *
 * @param value the host's identifier: non-blank, single line, at most 200 characters
 */
public record BaseId(@JsonValue String value) implements Comparable<BaseId> {

  /**
   * Creates the identifier.
   *
   * @param value the host's identifier: non-blank, single line, at most 200 characters
   * @throws org.practitionersforum.api.InvalidInputException if the value is null, blank or too
   *     long
   */
  public BaseId {
    Checks.id(value, "base id");
  }

  /**
   * Wraps a host identifier.
   *
   * @param value the host's identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static BaseId of(String value) {
    return new BaseId(value);
  }

  @Override
  public int compareTo(BaseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

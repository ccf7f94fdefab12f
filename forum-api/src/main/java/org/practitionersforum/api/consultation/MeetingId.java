package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * Identifies a meeting of an organisation's central group (CR-7), wrapping the host's identifier.
 *
 * @param value the host's identifier
 */
public record MeetingId(@JsonValue String value) implements Comparable<MeetingId> {

  /**
   * Checks the identifier.
   *
   * @param value the value
   * @throws org.practitionersforum.api.InvalidInputException if it is blank or too long
   */
  public MeetingId {
    Checks.id(value, "meeting id");
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the id
   * @throws org.practitionersforum.api.InvalidInputException if it is blank or too long
   */
  @JsonCreator
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  @Override
  public int compareTo(MeetingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

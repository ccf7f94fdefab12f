package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The host system's identifier of a service a consultation round concerns (CR-1, CR-8): what
 * engagement metrics are kept per service for. Like every identifier it is the host's own
 * reference, not a free text: non-blank, single line, at most 200 characters.
 *
 * @param value the host's identifier
 */
public record ServiceId(@JsonValue String value) implements Comparable<ServiceId> {

  /**
   * Creates the identifier.
   *
   * @param value the host's identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  public ServiceId {
    Checks.id(value, "service id");
  }

  /**
   * Wraps a host identifier.
   *
   * @param value the host's identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static ServiceId of(String value) {
    return new ServiceId(value);
  }

  @Override
  public int compareTo(ServiceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.practitionersforum.api.practitioner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The host system's identifier of an organisation.
 *
 * @param value the host's identifier: non-blank, single line, at most 200 characters
 */
public record OrganisationId(@JsonValue String value) implements Comparable<OrganisationId> {

  /**
   * Creates the identifier.
   *
   * @param value the host's identifier: non-blank, single line, at most 200 characters
   * @throws org.practitionersforum.api.InvalidInputException if the value is null, blank or too
   *     long
   */
  public OrganisationId {
    Checks.id(value, "organisation id");
  }

  /**
   * Wraps a host identifier.
   *
   * @param value the host's identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  @Override
  public int compareTo(OrganisationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

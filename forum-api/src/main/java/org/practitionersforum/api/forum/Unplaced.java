package org.practitionersforum.api.forum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * A volunteer the formation planner could not place, with the reason (FR-9).
 *
 * @param practitioner the volunteer
 * @param reason the rule that prevented placement, with its explanation
 */
public record Unplaced(
    @JsonProperty("practitioner") PractitionerId practitioner,
    @JsonProperty("reason") Violation reason) {

  /**
   * Creates the record.
   *
   * @param practitioner the volunteer
   * @param reason the rule that prevented placement, with its explanation
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  @JsonCreator
  public Unplaced {
    Checks.notNull(practitioner, "practitioner");
    Checks.notNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "Unplaced[practitioner=****, reason=" + reason.code() + "]";
  }
}

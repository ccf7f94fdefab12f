package org.practitionersforum.api.cpd;

import org.practitionersforum.api.internal.Checks;

/**
 * One of a regulator's requirements, checked on a practitioner's evidence (CPD-1).
 *
 * @param key a stable key, such as {@code pieces} or {@code participatory-hours}
 * @param description what is required and what the evidence shows, in plain English
 * @param met whether the evidence meets it
 */
public record Requirement(String key, String description, boolean met) {

  /**
   * Creates the requirement.
   *
   * @param key a stable key
   * @param description what is required and what the evidence shows
   * @param met whether the evidence meets it
   * @throws org.practitionersforum.api.InvalidInputException if the key or description is not valid
   */
  public Requirement {
    Checks.id(key, "requirement key");
    Checks.text(description, "requirement description", 1_000);
  }
}

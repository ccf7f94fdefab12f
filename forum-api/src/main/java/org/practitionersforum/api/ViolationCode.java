package org.practitionersforum.api;

/**
 * The stable code of each rule violation, with the tag of the rule in the product brief that it
 * enforces. Codes never change meaning between releases.
 */
public enum ViolationCode {
  /** FR-1: a forum must start at a base. */
  BASE_REQUIRED("FR-1"),
  /** FR-2, FR-3: the practitioner is already a member of this forum. */
  ALREADY_MEMBER("FR-2"),
  /** FR-2: the practitioner is not a member, so cannot leave or act as one. */
  NOT_A_MEMBER("FR-2"),
  /** FR-2: there is no pending invitation for this practitioner. */
  NO_INVITATION("FR-2"),
  /** FR-4: a join would take the forum above its maximum size. */
  FORUM_FULL("FR-4"),
  /** FR-4: the forum has fewer members than its minimum, so cannot be active. */
  BELOW_MINIMUM("FR-4"),
  /** FR-5: a single-discipline forum admits only its own discipline. */
  DISCIPLINE_NOT_ADMITTED("FR-5"),
  /** FR-5: a single-specialism forum admits only its own specialism. */
  SPECIALISM_NOT_ADMITTED("FR-5"),
  /** FR-5: an organisation-focused forum admits only practitioners of its organisation. */
  OUTSIDE_ORGANISATION("FR-5"),
  /** FR-5: a locality-focused forum admits only practitioners of its locality. */
  OUTSIDE_LOCALITY("FR-5"),
  /** FR-5: a multi-discipline forum needs at least two disciplines among its members to be active. */
  TOO_FEW_DISCIPLINES("FR-5"),
  /** FR-5: a multi-specialism forum needs at least two specialisms among its members to be active. */
  TOO_FEW_SPECIALISMS("FR-5"),
  /** FR-6: there is no facilitation to end, or one is already running. */
  FACILITATION_STATE("FR-6"),
  /** FR-7: a member would be in the same forum as their line manager or direct report. */
  LINE_MANAGEMENT_CONFLICT("FR-7"),
  /** FR-8: the lifecycle does not allow this transition from the current state. */
  INVALID_TRANSITION("FR-8"),
  /** FR-8: the forum is closed; nothing more can happen in it. */
  FORUM_CLOSED("FR-8");

  private final String rule;

  ViolationCode(String rule) {
    this.rule = rule;
  }

  /**
   * Returns the tag of the rule this code enforces, for example {@code "FR-4"}.
   *
   * @return the rule tag, never null
   */
  public String rule() {
    return rule;
  }
}

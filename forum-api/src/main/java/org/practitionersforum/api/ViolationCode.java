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
  /**
   * FR-5: a multi-discipline forum needs at least two disciplines among its members to be active.
   */
  TOO_FEW_DISCIPLINES("FR-5"),
  /**
   * FR-5: a multi-specialism forum needs at least two specialisms among its members to be active.
   */
  TOO_FEW_SPECIALISMS("FR-5"),
  /** FR-6: there is no facilitation to end, or one is already running. */
  FACILITATION_STATE("FR-6"),
  /** FR-7: a member would be in the same forum as their line manager or direct report. */
  LINE_MANAGEMENT_CONFLICT("FR-7"),
  /** FR-8: the lifecycle does not allow this transition from the current state. */
  INVALID_TRANSITION("FR-8"),
  /** FR-8: the forum is closed; nothing more can happen in it. */
  FORUM_CLOSED("FR-8"),
  /**
   * TR-4: no version of the forum's terms of reference is in force, or the act needs agreeing it.
   */
  TERMS_NOT_IN_FORCE("TR-4"),
  /** TR-4, FR-3: a newcomer joins only by agreeing the exact version in force. */
  TERMS_NOT_AGREED("TR-4"),
  /**
   * TR-2: the person is not a party concerned by the forum's terms (member, facilitator, sponsor).
   */
  NOT_A_PARTY("TR-2"),
  /** TR-2: the party has already agreed this version in its current round. */
  ALREADY_AGREED("TR-2"),
  /** TR-2: the version is a draft, superseded or withdrawn, so cannot be agreed or objected to. */
  VERSION_NOT_OPEN("TR-2"),
  /** TR-3: no version of the forum's terms has this content hash. */
  UNKNOWN_CONTENT_HASH("TR-3"),
  /** TR-5: an objection must state its reason. */
  OBJECTION_REASON_REQUIRED("TR-5"),
  /** TR-5: the version is not a draft, so cannot be proposed. */
  VERSION_NOT_DRAFT("TR-5"),
  /** TR-5: a new draft must differ from the version in force and from the pending one. */
  TERMS_UNCHANGED("TR-5"),
  /**
   * TR-2: terms can be opened for agreement only once the forum has members and a sponsoring
   * manager.
   */
  PARTIES_INCOMPLETE("TR-2"),
  /** TR-7: fewer members are present than the quorum the terms in force set. */
  QUORUM_NOT_MET("TR-7"),
  /** TR-7: a session's attendance may name only current members, each once. */
  NOT_AN_ATTENDEE("TR-7"),
  /** TR-7: a reflective session keeps no minutes. */
  REFLECTIVE_NOT_MINUTED("TR-7"),
  /**
   * TR-7: a session starts within its forum's life: not before the forum was proposed, nor once it
   * was closed.
   */
  SESSION_OUTSIDE_FORUM_LIFE("TR-7"),
  /** TR-7: a session is recorded once held, so starts no later than now plus a small margin. */
  SESSION_IN_FUTURE("TR-7"),
  /**
   * CPD-1: a member recorded present is already recorded present at another session, of any forum,
   * that overlaps this one; nobody attends two sessions at once.
   */
  ATTENDANCE_OVERLAPS("CPD-1"),
  /** LS-1: a lesson is submitted only with every section written. */
  LESSON_SECTION_MISSING("LS-1"),
  /** LS-2: the operation needs the lesson in another state (a draft, or submitted). */
  LESSON_STATE("LS-2"),
  /** LS-2: the lesson is finalised; nobody holds its author to ask or to answer. */
  LESSON_FINALISED("LS-2"),
  /** LS-2: a question of the thread is unanswered, or there is no such question to answer. */
  LESSON_QUESTION("LS-2"),
  /** LS-2: the reference code is not this lesson's. */
  REFERENCE_CODE_WRONG("LS-2"),
  /** LS-2: too many wrong reference codes were tried; the lesson accepts none for now. */
  REFERENCE_CODE_LOCKED("LS-2"),
  /** LS-4: the lesson is withdrawn. */
  LESSON_WITHDRAWN("LS-4"),
  /** TR-7: a study session keeps no minutes; what it read is its record. */
  STUDY_NOT_MINUTED("TR-7"),
  /** CPD-1: a study session records what was read: a citation, a link, or both. */
  STUDY_WITHOUT_READING("CPD-1"),
  /** CPD-2: a member writes a note only on a session they were present at. */
  NOTE_NOT_PRESENT("CPD-2"),
  /** CPD-2: a member writes one note per session; they revise it to change it. */
  NOTE_EXISTS("CPD-2");

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

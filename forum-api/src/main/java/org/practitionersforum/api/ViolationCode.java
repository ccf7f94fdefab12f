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
  /** LS-3: the author has not consented to the tier (or to the tier below, or has already). */
  LESSON_CONSENT("LS-3"),
  /** LS-3: a lesson moves one tier at a time: the tier below is not published yet. */
  LESSON_TIER_BELOW("LS-3"),
  /** LS-3: the tier is not at the step the operation needs (anonymised, cleared, published). */
  LESSON_TIER_STEP("LS-3"),
  /** AN-3: a finding of the anonymiser that needs a reviewer's decision is undecided, or absent. */
  LESSON_FINDING("AN-3"),
  /** LS-3: a reviewer does not clear a lesson they wrote. */
  LESSON_REVIEWER_IS_AUTHOR("LS-3"),
  /** LS-3: a reviewer does not clear a lesson from a forum they are a member of (configurable). */
  LESSON_REVIEWER_IN_FORUM("LS-3"),
  /**
   * AN-1: the text to publish still holds an identifier the anonymiser finds at high confidence.
   */
  LESSON_IDENTIFIER_LEFT("AN-1"),
  /**
   * AN-4: fewer than k practitioners of the tier's audience share the author's attribution at the
   * disclosure asked for; the explanation names the least generalisation that passes.
   */
  K_GATE_FAILED("AN-4"),
  /** TR-7: a study session keeps no minutes; what it read is its record. */
  STUDY_NOT_MINUTED("TR-7"),
  /** CPD-1: a study session records what was read: a citation, a link, or both. */
  STUDY_WITHOUT_READING("CPD-1"),
  /** CR-1: a round is formative: the manager declares that no final decision has been taken. */
  ROUND_NOT_FORMATIVE("CR-1"),
  /** CR-1: a round opens today or later and closes after it opens. */
  ROUND_DATES("CR-1"),
  /** CR-1: every invited forum exists and belongs to the round's organisation. */
  ROUND_FORUM_UNKNOWN("CR-1"),
  /** CR-2: the window is shorter than the organisation's minimum and no reason is recorded. */
  ROUND_WINDOW_TOO_SHORT("CR-2"),
  /** CR-2: forums respond only within the round's window; a round closes after its close date. */
  ROUND_WINDOW_NOT_OPEN("CR-2"),
  /** CR-2: the response window is still open, so the round cannot close yet. */
  ROUND_WINDOW_OPEN("CR-2"),
  /** CR-3: only an invited forum responds to a round. */
  FORUM_NOT_INVITED("CR-3"),
  /** CR-3: an agreement names the hash of the response's current content, which it has not. */
  RESPONSE_CHANGED("CR-3"),
  /** CR-3: the response is agreed already, or this member has agreed it already. */
  RESPONSE_AGREED("CR-3"),
  /** CR-3: the forum has no response to agree. */
  NO_RESPONSE("CR-3"),
  /** CR-4: the recommendation is not one this round received. */
  RECOMMENDATION_UNKNOWN("CR-4"),
  /** CR-4: a round is closed only once every recommendation has a published disposition. */
  RECOMMENDATIONS_UNDISPOSED("CR-4"),
  /** CR-5: only an adopted or adapted recommendation is tracked, until implemented or abandoned. */
  RECOMMENDATION_NOT_TRACKED("CR-5"),
  /** CR-4: the round is closed; nothing more is received or disposed. */
  ROUND_CLOSED("CR-4"),
  /** CPD-2: a member writes a note only on a session they were present at. */
  NOTE_NOT_PRESENT("CPD-2"),
  /** CPD-2: a member writes one note per session; they revise it to change it. */
  NOTE_EXISTS("CPD-2"),
  /** CR-7: only a current member of the forum is mandated, attends or reports back. */
  REPRESENTATIVE_NOT_MEMBER("CR-7"),
  /** CR-7: the representative holds no unexpired mandate of the forum. */
  NO_MANDATE("CR-7"),
  /** CR-7: the member holds an unexpired mandate of the forum already. */
  MANDATE_HELD("CR-7"),
  /** CR-7: a mandate ends after today; a meeting is recorded on or after the day it was held. */
  MANDATE_DATES("CR-7"),
  /** CR-7: the representative did not attend that central meeting. */
  NOT_ATTENDED("CR-7"),
  /** CR-7: the representative has reported back on that meeting already. */
  REPORTED_BACK("CR-7"),
  /** CR-7: the central meeting is recorded already. */
  MEETING_RECORDED("CR-7"),
  /** CR-3: individual input is attached only under a participant's consent that holds. */
  CONSENT_MISSING("CR-3"),
  /** CR-3: the anonymiser finds an identifier in the input that it cannot remove. */
  INPUT_IDENTIFIER_LEFT("CR-3"),
  /** CR-6: the two recommendations were never suggested as repeats of one another. */
  REPEAT_NOT_SUGGESTED("CR-6"),
  /** CR-6: the suggested link is confirmed or rejected already. */
  REPEAT_DECIDED("CR-6"),
  /** CR-6: only recommendations made to one organisation are repeats of one another. */
  REPEAT_OTHER_ORGANISATION("CR-6");

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

package org.practitionersforum.api.security;

/**
 * Every operation of the SDK's services that an {@link Actor} can perform: what the access policy
 * decides on (SEC-1) and what the audit trail records (SEC-2). Each constant names its service and
 * method, such as {@link #FORUM_JOIN} for {@code ForumService.join}.
 */
public enum Operation {
  /** {@code ForumService.propose}: propose a new forum at a base (FR-1). */
  FORUM_PROPOSE(true),
  /** {@code ForumService.join}: a practitioner joins a forum by their own act (FR-2). */
  FORUM_JOIN(true),
  /** {@code ForumService.invite}: a member invites a colleague (FR-2). */
  FORUM_INVITE(true),
  /** {@code ForumService.acceptInvitation}: the invitee accepts, and joins (FR-2). */
  FORUM_ACCEPT_INVITATION(true),
  /** {@code ForumService.leave}: a member leaves, or is removed by an administrator (FR-2). */
  FORUM_LEAVE(true),
  /** {@code ForumService.transition}: move a forum to another state (FR-7). */
  FORUM_TRANSITION(true),
  /** {@code ForumService.check}: list what stops a transition, changing nothing (FR-7). */
  FORUM_CHECK(false),
  /** {@code ForumService.startFacilitation}: an outside facilitator starts helping (FR-6). */
  FORUM_START_FACILITATION(true),
  /** {@code ForumService.endFacilitation}: facilitation ends (FR-6). */
  FORUM_END_FACILITATION(true),
  /** {@code ForumService.nameSponsor}: a manager is named the forum's sponsor (FR-8). */
  FORUM_NAME_SPONSOR(true),
  /** {@code ForumService.get}: read a forum. */
  FORUM_GET(false),
  /** {@code ForumService.history}: read a forum's state changes. */
  FORUM_HISTORY(false),
  /** {@code ForumService.forumsAt}: list the forums of a base. */
  FORUM_LIST_AT_BASE(false),
  /** {@code ForumService.forumsOf}: list a practitioner's forums. */
  FORUM_LIST_OF_PRACTITIONER(false),
  /** {@code TermsService.draft}: draft a version of the terms of reference (TR-1). */
  TERMS_DRAFT(true),
  /** {@code TermsService.propose}: put a draft to the parties (TR-2). */
  TERMS_PROPOSE(true),
  /** {@code TermsService.agree}: a party explicitly agrees a version (TR-2). */
  TERMS_AGREE(true),
  /** {@code TermsService.object}: a party objects to a version (TR-3). */
  TERMS_OBJECT(true),
  /** {@code TermsService.joinAgreeing}: a newcomer joins by agreeing the terms in force (TR-4). */
  TERMS_JOIN_AGREEING(true),
  /** {@code TermsService.get}: read a forum's terms. */
  TERMS_GET(false),
  /** {@code TermsService.inForce}: read the version in force. */
  TERMS_IN_FORCE(false),
  /** {@code TermsService.parties}: list the parties concerned. */
  TERMS_PARTIES(false),
  /** {@code TermsService.awaiting}: list the parties who have not yet agreed. */
  TERMS_AWAITING(false),
  /** {@code TermsService.verify}: check an agreement receipt. */
  TERMS_VERIFY(false),
  /** {@code TermsService.reviewDue}: tell whether the terms are due for review (TR-5). */
  TERMS_REVIEW_DUE(false),
  /** {@code SessionService.hold}: record a session the forum held, with attendance (TR-7). */
  SESSION_HOLD(true),
  /** {@code SessionService.recordMinutes}: record a session's minutes. */
  SESSION_RECORD_MINUTES(true),
  /** {@code SessionService.get}: read a session. */
  SESSION_GET(false),
  /** {@code SessionService.list}: list a forum's sessions. */
  SESSION_LIST(false),
  /** {@code SessionService.cpd}: a practitioner's CPD record. */
  SESSION_CPD(false),
  /** {@code PractitionerService.register}: register a practitioner's profile. */
  PRACTITIONER_REGISTER(true),
  /** {@code PractitionerService.update}: update a practitioner's profile. */
  PRACTITIONER_UPDATE(true),
  /** {@code PractitionerService.get}: read a practitioner's profile. */
  PRACTITIONER_GET(false),
  /** Erase a practitioner's personal data on request (SEC-3). */
  PRACTITIONER_ERASE(true),
  /** Export everything held about a practitioner, for a subject access request (SEC-3). */
  PRACTITIONER_EXPORT(false),
  /** Apply the organisations' retention periods, removing what has expired (SEC-3). */
  RETENTION_APPLY(true),
  /** {@code LessonService.draft}: an author starts a lesson from one of their forums (LS-1). */
  LESSON_DRAFT(true),
  /** {@code LessonService.edit}: the author changes their draft (LS-1). */
  LESSON_EDIT(true),
  /** {@code LessonService.submit}: the author submits their lesson for review (LS-2). */
  LESSON_SUBMIT(true),
  /** {@code LessonService.ask}: a reviewer asks the author a clarifying question (LS-2). */
  LESSON_ASK(true),
  /** {@code LessonService.answer}: the author answers a reviewer's question (LS-2). */
  LESSON_ANSWER(true),
  /** {@code LessonService.finalise}: the author finalises their lesson, erasing their identity. */
  LESSON_FINALISE(true),
  /** {@code LessonService.withdraw} as the author, before finalisation (LS-4). */
  LESSON_WITHDRAW(true),
  /** {@code LessonService.withdraw} with the reference code (LS-4). */
  LESSON_WITHDRAW_WITH_CODE(true),
  /** {@code LessonService.prove}: check a reference code (LS-2); wrong codes are counted. */
  LESSON_PROVE(true),
  /** {@code LessonService.get}: read a lesson. */
  LESSON_GET(false),
  /** {@code LessonService.mine}: list the lessons one wrote, with their questions (LS-2). */
  LESSON_MINE(false),
  /** {@code LessonService.consent}: the author consents to publication at a tier (LS-3). */
  LESSON_CONSENT(true),
  /** {@code LessonService.revokeConsent} as the author: withdraw from a tier and above (LS-4). */
  LESSON_REVOKE_CONSENT(true),
  /** {@code LessonService.revokeConsent} with the reference code (LS-4). */
  LESSON_REVOKE_CONSENT_WITH_CODE(true),
  /** {@code LessonService.anonymise}: a reviewer runs the anonymiser for a tier (LS-3, AN-3). */
  LESSON_ANONYMISE(true),
  /** {@code LessonService.decide}: a reviewer decides a low-confidence finding (AN-3). */
  LESSON_DECIDE(true),
  /** {@code LessonService.clear}: a reviewer clears a lesson for a tier (LS-3). */
  LESSON_CLEAR(true),
  /** {@code LessonService.publish}: a reviewer publishes a cleared lesson at a tier (LS-3). */
  LESSON_PUBLISH(true),
  /** {@code LessonService.read}: read a lesson published at a tier (LS-3). */
  LESSON_READ(false),
  /** {@code ConsultationService.open}: a manager opens a formative round (CR-1, CR-2). */
  CONSULTATION_OPEN(true),
  /** {@code ConsultationService.respond}: a member drafts their forum's response (CR-3). */
  CONSULTATION_RESPOND(true),
  /** {@code ConsultationService.agree}: a member agrees their forum's response (CR-3). */
  CONSULTATION_AGREE(true),
  /** {@code ConsultationService.dispose}: a manager publishes a disposition (CR-4). */
  CONSULTATION_DISPOSE(true),
  /** {@code ConsultationService.track}: a manager records an implementation status (CR-5). */
  CONSULTATION_TRACK(true),
  /** {@code ConsultationService.close}: a manager closes a round (CR-4). */
  CONSULTATION_CLOSE(true),
  /** {@code ConsultationService.get}: read a round, as the reader may see it (SEC-1). */
  CONSULTATION_GET(false),
  /** {@code ConsultationService.overdue}: list the overdue dispositions (CR-4). */
  CONSULTATION_OVERDUE(false),
  /** {@code ReflectiveNoteService.write}: a member writes a private note on a session (CPD-2). */
  CPD_NOTE_WRITE(true),
  /** {@code ReflectiveNoteService.revise}: the author changes their private note (CPD-2). */
  CPD_NOTE_REVISE(true),
  /** {@code ReflectiveNoteService.delete}: the author deletes their private note (CPD-2). */
  CPD_NOTE_DELETE(true),
  /** {@code ReflectiveNoteService.get}: the author reads their private note (CPD-2). */
  CPD_NOTE_GET(false),
  /** {@code ReflectiveNoteService.mine}: the author lists their private notes (CPD-2). */
  CPD_NOTE_MINE(false),
  /** {@code ReflectiveNoteService.export}: the author exports their private notes (CPD-2). */
  CPD_NOTE_EXPORT(false),
  /** {@code CpdService.readiness}: the author checks their evidence for a regulator (CPD-1). */
  CPD_READINESS(false),
  /** {@code CpdService.regulatorExport}: the author exports their regulator evidence (CPD-1). */
  CPD_REGULATOR_EXPORT(false),
  /** {@code CpdService.profile}: the owner reads their registrant profile (CPD-1). */
  CPD_PROFILE_GET(false),
  /**
   * {@code CpdService.register}, {@code deregister} and {@code recordReflectiveDiscussion}: the
   * owner changes their registrant profile (CPD-1).
   */
  CPD_PROFILE_CHANGE(true),
  /** {@code StudyTimeService.setPolicy}: set an organisation's protected study time (CPD-3). */
  STUDY_TIME_SET_POLICY(true),
  /**
   * {@code StudyTimeService.grant} and {@code removeGrant}: set or remove a practitioner's own
   * protected study time (CPD-3).
   */
  STUDY_TIME_GRANT(true),
  /** {@code StudyTimeService.mine}: a practitioner reads their own study time (CPD-3). */
  STUDY_TIME_MINE(false),
  /**
   * {@code StudyTimeService.forumTotals} and {@code baseTotals}: read a group's totals, small
   * groups suppressed (CPD-3).
   */
  STUDY_TIME_TOTALS(false),
  /** Query the audit trail (SEC-2). */
  AUDIT_QUERY(false),
  /** Verify that the audit trail has not been altered (SEC-2). */
  AUDIT_VERIFY(false),
  /** {@code ConsultationService.meetingsDue}: list when forums' meetings are due (CR-2). */
  CONSULTATION_MEETINGS_DUE(false),
  /** {@code ConsultationService.mandate}: a facilitator records a forum's mandate (CR-7). */
  CONSULTATION_MANDATE(true),
  /** {@code ConsultationService.revokeMandate}: a facilitator revokes a mandate (CR-7). */
  CONSULTATION_REVOKE_MANDATE(true),
  /** {@code ConsultationService.recordCentralMeeting}: a manager records a meeting (CR-7). */
  CONSULTATION_CENTRAL_MEETING(true),
  /** {@code ConsultationService.reportBack}: a representative reports back (CR-7). */
  CONSULTATION_REPORT_BACK(true),
  /** {@code ConsultationService.representation}: read a forum's representation (CR-7). */
  CONSULTATION_REPRESENTATION(false),
  /** {@code ConsultationService.missingReportBacks}: list missing report backs (CR-7). */
  CONSULTATION_REPORT_BACKS_MISSING(false),
  /**
   * {@code ConsultationService.recordConsent}, {@code attachInput} and {@code revokeConsent}: a
   * member records a participant's consent and attaches their anonymised input (CR-3).
   */
  CONSULTATION_INPUT(true),
  /** {@code ConsultationService.metrics}: read an organisation's engagement metrics (CR-8). */
  CONSULTATION_METRICS(false),
  /**
   * {@code ConsultationService.confirmRepeat} and {@code rejectRepeat}: a manager decides a
   * suggested repeat link (CR-6).
   */
  CONSULTATION_REPEAT_DECIDE(true),
  /**
   * {@code ConsultationService.repeatLinks} and {@code repeats}: read a recommendation's repeat
   * links and its ledger line (CR-6).
   */
  CONSULTATION_REPEATS(false);

  private final boolean writes;

  Operation(boolean writes) {
    this.writes = writes;
  }

  /**
   * Tells whether the operation changes stored state, and so is recorded in the audit trail when it
   * succeeds (SEC-2).
   *
   * @return true for commands, false for queries
   */
  public boolean writes() {
    return writes;
  }
}

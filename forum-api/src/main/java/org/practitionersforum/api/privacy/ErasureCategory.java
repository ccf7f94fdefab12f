package org.practitionersforum.api.privacy;

/**
 * The kinds of personal data an erasure acts on (SEC-3), as an {@link ErasureReceipt} counts them.
 */
public enum ErasureCategory {
  /** The practitioner's profile: removed. */
  PROFILE,
  /**
   * A membership of a forum that is not closed: ended, under the rules of leaving (FR-4, FR-8).
   * Counted as removed.
   */
  MEMBERSHIP,
  /**
   * A membership of a closed forum: kept as the pseudonymous token, so the forum's record of who
   * took part keeps its size.
   */
  CLOSED_MEMBERSHIP,
  /** An open invitation to the practitioner: removed. */
  INVITATION,
  /**
   * A facilitation by the practitioner: kept as the pseudonymous token; an ongoing one is ended,
   * with a reason that says so.
   */
  FACILITATION,
  /** The practitioner as a forum's sponsoring manager: removed, the forum has no sponsor. */
  SPONSORSHIP,
  /**
   * An agreement to a version of terms of reference: its party becomes the pseudonymous token; its
   * version, content hash, round and time stay, so the version's history stays verifiable.
   */
  AGREEMENT,
  /**
   * An objection to a version of terms of reference: its party becomes the pseudonymous token and
   * its reason, written by the practitioner, is replaced by a fixed text.
   */
  OBJECTION,
  /** An attendance record at a session: its practitioner becomes the pseudonymous token. */
  ATTENDANCE,
  /**
   * Another practitioner's profile naming the practitioner as line manager: the name is removed.
   */
  LINE_MANAGER_REFERENCE,
  /**
   * An audit record naming the practitioner as actor, or in the chain of their profile: the id
   * becomes the pseudonymous token; the record stays and its chain still verifies (SEC-2).
   */
  AUDIT_RECORD,
  /** An event waiting in the outbox that names the practitioner: it names the token instead. */
  OUTBOX_EVENT,
  /** A lesson draft the practitioner was writing: removed, with its author escrow (LS-2). */
  LESSON_DRAFT,
  /**
   * The practitioner held as author of a submitted lesson: the escrow is erased, as when the author
   * finalises it; the lesson stays, anonymous, and its reference code still works (LS-2).
   */
  LESSON_AUTHORSHIP,
  /** A private reflective note the practitioner wrote on a session: removed (CPD-2). */
  CPD_NOTE,
  /**
   * The practitioner's registrant profile: their regulators, renewal dates and recorded reflective
   * discussions; removed (CPD-1).
   */
  CPD_PROFILE,
  /** The practitioner's own grant of protected study time: removed (CPD-3). */
  STUDY_TIME_GRANT,
  /**
   * A member's agreement to their forum's agreed response to a consultation round: its party
   * becomes the pseudonymous token; its content hash and time stay, so the response, the forum's
   * collective record, still shows every member agreed that exact content (CR-3).
   */
  CONSULTATION_AGREEMENT,
  /**
   * A member's agreement to their forum's response while it is still a draft: removed, as when the
   * draft is edited; the response waits for the forum's remaining members (CR-3).
   */
  CONSULTATION_DRAFT_AGREEMENT,
  /**
   * The practitioner as the manager who opened a consultation round: becomes the pseudonymous
   * token, so the round stays and is still counted under one manager (CR-1, CR-8).
   */
  CONSULTATION_ROUND_OPENER,
  /**
   * A mandate the practitioner held to represent their forum in the central group: its
   * representative becomes the pseudonymous token (leaving the forum on erasure ended it); its
   * scope and dates stay, the forum's record (CR-7).
   */
  REPRESENTATIVE_MANDATE,
  /**
   * The practitioner's attendance at a central meeting for their forum: its representative becomes
   * the pseudonymous token and the summary of their report back, their own words, is removed; the
   * dates stay, so the forum still sees that it was reported back to (CR-7).
   */
  REPRESENTATIVE_ATTENDANCE,
  /**
   * A participant's consent to their individual input being used in a forum's response: its
   * participant becomes the pseudonymous token; the input stays, anonymised, and in aggregate
   * (CR-3).
   */
  CONSULTATION_CONSENT
}

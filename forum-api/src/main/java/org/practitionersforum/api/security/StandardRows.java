package org.practitionersforum.api.security;

import static org.practitionersforum.api.security.Relationship.ANY;
import static org.practitionersforum.api.security.Relationship.FACILITATOR;
import static org.practitionersforum.api.security.Relationship.MEMBER;
import static org.practitionersforum.api.security.Relationship.PARTY;
import static org.practitionersforum.api.security.Relationship.SELF;
import static org.practitionersforum.api.security.Relationship.SPONSOR;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@link AccessPolicy#standard()} and {@link AccessPolicy#ceiling()}, and the rule each
 * operation enforces: the brief's actors and rules (FR, TR, SEC) written out as data.
 */
final class StandardRows {
  /** The operations on private reflective notes: their author's alone (CPD-2). */
  static final List<Operation> NOTES =
      List.of(
          Operation.CPD_NOTE_WRITE,
          Operation.CPD_NOTE_REVISE,
          Operation.CPD_NOTE_DELETE,
          Operation.CPD_NOTE_GET,
          Operation.CPD_NOTE_MINE,
          Operation.CPD_NOTE_EXPORT,
          Operation.CPD_READINESS,
          Operation.CPD_REGULATOR_EXPORT);

  /** The operations on registrant profiles: their owner's alone (CPD-1). */
  static final List<Operation> PROFILES =
      List.of(Operation.CPD_PROFILE_GET, Operation.CPD_PROFILE_CHANGE);

  /** The rule each operation enforces, named by a refusal. */
  static final Map<Operation, String> RULES = rules();

  private StandardRows() {}

  private static Map<Operation, String> rules() {
    Map<Operation, String> r = new EnumMap<>(Operation.class);
    for (Operation op : Operation.values()) {
      r.put(op, "SEC-1");
    }
    r.put(Operation.FORUM_PROPOSE, "FR-1");
    for (Operation op :
        List.of(
            Operation.FORUM_JOIN,
            Operation.FORUM_INVITE,
            Operation.FORUM_ACCEPT_INVITATION,
            Operation.FORUM_LEAVE,
            Operation.TERMS_JOIN_AGREEING)) {
      r.put(op, "FR-2");
    }
    for (Operation op :
        List.of(
            Operation.FORUM_TRANSITION,
            Operation.FORUM_START_FACILITATION,
            Operation.FORUM_END_FACILITATION,
            Operation.FORUM_NAME_SPONSOR)) {
      r.put(op, "FR-6");
    }
    r.put(Operation.TERMS_DRAFT, "TR-6");
    r.put(Operation.TERMS_PROPOSE, "TR-6");
    r.put(Operation.TERMS_AGREE, "TR-2");
    r.put(Operation.TERMS_OBJECT, "TR-2");
    r.put(Operation.TERMS_VERIFY, "TR-3");
    r.put(Operation.SESSION_HOLD, "TR-7");
    r.put(Operation.SESSION_RECORD_MINUTES, "TR-7");
    r.put(Operation.PRACTITIONER_ERASE, "SEC-3");
    r.put(Operation.PRACTITIONER_EXPORT, "SEC-3");
    r.put(Operation.RETENTION_APPLY, "SEC-3");
    for (Operation op :
        List.of(
            Operation.LESSON_EDIT,
            Operation.LESSON_SUBMIT,
            Operation.LESSON_ANSWER,
            Operation.LESSON_FINALISE,
            Operation.LESSON_WITHDRAW,
            Operation.LESSON_WITHDRAW_WITH_CODE,
            Operation.LESSON_PROVE,
            Operation.LESSON_MINE)) {
      r.put(op, "LS-2");
    }
    r.put(Operation.LESSON_DRAFT, "LS-1");
    r.put(Operation.LESSON_CONSENT, "LS-3");
    r.put(Operation.LESSON_REVOKE_CONSENT, "LS-4");
    r.put(Operation.LESSON_REVOKE_CONSENT_WITH_CODE, "LS-4");
    for (Operation op :
        List.of(
            Operation.LESSON_ANONYMISE,
            Operation.LESSON_DECIDE,
            Operation.LESSON_CLEAR,
            Operation.LESSON_PUBLISH,
            Operation.LESSON_READ)) {
      r.put(op, "LS-3");
    }
    r.put(Operation.CONSULTATION_OPEN, "CR-1");
    r.put(Operation.CONSULTATION_RESPOND, "CR-3");
    r.put(Operation.CONSULTATION_AGREE, "CR-3");
    r.put(Operation.CONSULTATION_DISPOSE, "CR-4");
    r.put(Operation.CONSULTATION_CLOSE, "CR-4");
    r.put(Operation.CONSULTATION_TRACK, "CR-5");
    r.put(Operation.CONSULTATION_OVERDUE, "CR-4");
    r.put(Operation.CONSULTATION_MEETINGS_DUE, "CR-2");
    for (Operation op :
        List.of(
            Operation.CONSULTATION_MANDATE,
            Operation.CONSULTATION_REVOKE_MANDATE,
            Operation.CONSULTATION_CENTRAL_MEETING,
            Operation.CONSULTATION_REPORT_BACK,
            Operation.CONSULTATION_REPRESENTATION,
            Operation.CONSULTATION_REPORT_BACKS_MISSING)) {
      r.put(op, "CR-7");
    }
    r.put(Operation.CONSULTATION_INPUT, "CR-3");
    r.put(Operation.CONSULTATION_REPEAT_DECIDE, "CR-6");
    r.put(Operation.CONSULTATION_REPEATS, "CR-6");
    for (Operation op : NOTES) {
      r.put(op, "CPD-2");
    }
    for (Operation op : PROFILES) {
      r.put(op, "CPD-1");
    }
    for (Operation op :
        List.of(
            Operation.STUDY_TIME_SET_POLICY,
            Operation.STUDY_TIME_GRANT,
            Operation.STUDY_TIME_MINE,
            Operation.STUDY_TIME_TOTALS)) {
      r.put(op, "CPD-3");
    }
    r.put(Operation.AUDIT_QUERY, "SEC-2");
    r.put(Operation.AUDIT_VERIFY, "SEC-2");
    r.put(Operation.CONSULTATION_METRICS, "CR-8");
    return Map.copyOf(r);
  }

  /** The standard policy: what the services did before the policy was data, and what it adds. */
  static List<AccessRow> standard() {
    Rows r = new Rows();
    r.all(Operation.FORUM_PROPOSE, Role.PRACTITIONER, Role.FACILITATOR, Role.MANAGER);
    r.add(Role.ADMINISTRATOR, Operation.FORUM_PROPOSE, ANY);
    r.add(Role.PRACTITIONER, Operation.FORUM_JOIN, SELF);
    r.add(Role.PRACTITIONER, Operation.FORUM_INVITE, MEMBER);
    r.add(Role.FACILITATOR, Operation.FORUM_INVITE, FACILITATOR);
    r.add(Role.MANAGER, Operation.FORUM_INVITE, SPONSOR);
    r.add(Role.ADMINISTRATOR, Operation.FORUM_INVITE, ANY);
    r.add(Role.PRACTITIONER, Operation.FORUM_ACCEPT_INVITATION, SELF);
    r.add(Role.PRACTITIONER, Operation.FORUM_LEAVE, SELF);
    r.add(Role.SYSTEM, Operation.FORUM_LEAVE, ANY);
    r.add(Role.PRACTITIONER, Operation.FORUM_TRANSITION, MEMBER);
    r.add(Role.FACILITATOR, Operation.FORUM_TRANSITION, FACILITATOR);
    r.add(Role.ADMINISTRATOR, Operation.FORUM_TRANSITION, ANY);
    r.add(Role.SYSTEM, Operation.FORUM_TRANSITION, ANY);
    r.everyone(Operation.FORUM_CHECK);
    r.add(Role.PRACTITIONER, Operation.FORUM_START_FACILITATION, MEMBER);
    r.add(Role.MANAGER, Operation.FORUM_START_FACILITATION, SPONSOR);
    r.add(Role.ADMINISTRATOR, Operation.FORUM_START_FACILITATION, ANY);
    r.add(Role.PRACTITIONER, Operation.FORUM_END_FACILITATION, MEMBER);
    r.add(Role.PRACTITIONER, Operation.FORUM_NAME_SPONSOR, MEMBER);
    r.add(Role.ADMINISTRATOR, Operation.FORUM_NAME_SPONSOR, ANY);
    r.everyone(Operation.FORUM_GET);
    r.everyone(Operation.FORUM_HISTORY);
    r.all(
        Operation.FORUM_LIST_AT_BASE,
        Role.PRACTITIONER,
        Role.FACILITATOR,
        Role.ADMINISTRATOR,
        Role.SYSTEM);
    r.add(Role.PRACTITIONER, Operation.FORUM_LIST_OF_PRACTITIONER, SELF);
    r.all(Operation.FORUM_LIST_OF_PRACTITIONER, Role.ADMINISTRATOR, Role.SYSTEM);
    for (Operation op : List.of(Operation.TERMS_DRAFT, Operation.TERMS_PROPOSE)) {
      r.add(Role.PRACTITIONER, op, MEMBER);
      r.add(Role.FACILITATOR, op, FACILITATOR);
    }
    for (Operation op : List.of(Operation.TERMS_AGREE, Operation.TERMS_OBJECT)) {
      r.add(Role.PRACTITIONER, op, PARTY);
      r.add(Role.FACILITATOR, op, PARTY);
      r.add(Role.MANAGER, op, PARTY);
    }
    r.add(Role.PRACTITIONER, Operation.TERMS_JOIN_AGREEING, SELF);
    for (Operation op :
        List.of(
            Operation.TERMS_GET,
            Operation.TERMS_IN_FORCE,
            Operation.TERMS_PARTIES,
            Operation.TERMS_AWAITING,
            Operation.TERMS_REVIEW_DUE,
            Operation.SESSION_GET,
            Operation.SESSION_LIST)) {
      r.forumReaders(op);
    }
    r.everyone(Operation.TERMS_VERIFY);
    for (Operation op : List.of(Operation.SESSION_HOLD, Operation.SESSION_RECORD_MINUTES)) {
      r.add(Role.PRACTITIONER, op, MEMBER);
      r.add(Role.FACILITATOR, op, FACILITATOR);
    }
    r.add(Role.PRACTITIONER, Operation.SESSION_CPD, SELF);
    r.add(Role.SYSTEM, Operation.SESSION_CPD, ANY);
    for (Operation op :
        List.of(
            Operation.PRACTITIONER_REGISTER,
            Operation.PRACTITIONER_UPDATE,
            Operation.PRACTITIONER_GET)) {
      r.add(Role.PRACTITIONER, op, SELF);
      r.all(op, Role.ADMINISTRATOR, Role.SYSTEM);
    }
    r.add(Role.ADMINISTRATOR, Operation.PRACTITIONER_ERASE, ANY);
    r.add(Role.PRACTITIONER, Operation.PRACTITIONER_EXPORT, SELF);
    r.add(Role.ADMINISTRATOR, Operation.PRACTITIONER_EXPORT, ANY);
    r.all(Operation.RETENTION_APPLY, Role.ADMINISTRATOR, Role.SYSTEM);
    // Lessons: the author (SELF, decided from the author escrow) acts on their own; a reviewer
    // reads submitted lessons and asks questions; whoever holds a reference code may use it.
    // Managers have no row: they never see a draft, a lesson under review or its author (LS-3).
    r.add(Role.PRACTITIONER, Operation.LESSON_DRAFT, MEMBER);
    for (Operation op :
        List.of(
            Operation.LESSON_EDIT,
            Operation.LESSON_SUBMIT,
            Operation.LESSON_ANSWER,
            Operation.LESSON_FINALISE,
            Operation.LESSON_WITHDRAW,
            Operation.LESSON_MINE)) {
      r.add(Role.PRACTITIONER, op, SELF);
    }
    r.add(Role.REVIEWER, Operation.LESSON_ASK, ANY);
    r.add(Role.PRACTITIONER, Operation.LESSON_GET, SELF);
    r.add(Role.REVIEWER, Operation.LESSON_GET, ANY);
    r.everyone(Operation.LESSON_WITHDRAW_WITH_CODE);
    r.everyone(Operation.LESSON_PROVE);
    // Tiers (LS-3): the author consents and revokes; reviewers anonymise, decide, clear and
    // publish; practitioners, managers and reviewers read what is published at a tier whose
    // readers they are, which the service decides (a manager never below the organisation).
    r.add(Role.PRACTITIONER, Operation.LESSON_CONSENT, SELF);
    r.add(Role.PRACTITIONER, Operation.LESSON_REVOKE_CONSENT, SELF);
    r.everyone(Operation.LESSON_REVOKE_CONSENT_WITH_CODE);
    for (Operation op :
        List.of(
            Operation.LESSON_ANONYMISE,
            Operation.LESSON_DECIDE,
            Operation.LESSON_CLEAR,
            Operation.LESSON_PUBLISH)) {
      r.add(Role.REVIEWER, op, ANY);
    }
    r.all(Operation.LESSON_READ, Role.PRACTITIONER, Role.MANAGER, Role.REVIEWER);
    // Consultation: managers open rounds, publish dispositions and close rounds, and read rounds
    // unattributed (agreed responses only, no agreements); members draft and agree their forum's
    // response; anyone may list overdue dispositions, which show no text.
    r.add(Role.MANAGER, Operation.CONSULTATION_OPEN, ANY);
    r.add(Role.PRACTITIONER, Operation.CONSULTATION_RESPOND, MEMBER);
    r.add(Role.PRACTITIONER, Operation.CONSULTATION_AGREE, MEMBER);
    r.add(Role.MANAGER, Operation.CONSULTATION_DISPOSE, ANY);
    r.add(Role.MANAGER, Operation.CONSULTATION_CLOSE, ANY);
    r.add(Role.MANAGER, Operation.CONSULTATION_TRACK, ANY);
    r.all(
        Operation.CONSULTATION_GET,
        Role.PRACTITIONER,
        Role.MANAGER,
        Role.ADMINISTRATOR,
        Role.SYSTEM);
    r.everyone(Operation.CONSULTATION_OVERDUE);
    // Meetings and representatives (CR-2, CR-7): anyone may see when meetings are due and which
    // report backs are missing (no person, no text); a forum's facilitator records and revokes its
    // mandates; a manager records a central meeting; a representative, a member, reports back.
    // A forum's representation is read by its members whole and by its facilitator and managers
    // without the report backs' summaries, which are the forum's alone.
    r.everyone(Operation.CONSULTATION_MEETINGS_DUE);
    r.everyone(Operation.CONSULTATION_REPORT_BACKS_MISSING);
    r.add(Role.FACILITATOR, Operation.CONSULTATION_MANDATE, FACILITATOR);
    r.add(Role.FACILITATOR, Operation.CONSULTATION_REVOKE_MANDATE, FACILITATOR);
    r.add(Role.MANAGER, Operation.CONSULTATION_CENTRAL_MEETING, ANY);
    r.add(Role.PRACTITIONER, Operation.CONSULTATION_REPORT_BACK, MEMBER);
    r.add(Role.PRACTITIONER, Operation.CONSULTATION_REPRESENTATION, MEMBER);
    r.add(Role.FACILITATOR, Operation.CONSULTATION_REPRESENTATION, FACILITATOR);
    r.add(Role.MANAGER, Operation.CONSULTATION_REPRESENTATION, ANY);
    // Individual input (CR-3): a forum's members record consents and attach anonymised input to
    // their draft; everyone else sees it only in aggregate, through the round's reading rows.
    r.add(Role.PRACTITIONER, Operation.CONSULTATION_INPUT, MEMBER);
    // Repeats (CR-6): managers confirm or reject suggested links; whoever reads rounds reads a
    // recommendation's links and ledger line, which show no text and no person.
    r.add(Role.MANAGER, Operation.CONSULTATION_REPEAT_DECIDE, ANY);
    r.all(
        Operation.CONSULTATION_REPEATS,
        Role.PRACTITIONER,
        Role.MANAGER,
        Role.ADMINISTRATOR,
        Role.SYSTEM);
    // Private reflective notes: the author alone, acting for themselves. No other role has a row,
    // and the policy invariants refuse one (CPD-2).
    for (Operation op : NOTES) {
      r.add(Role.PRACTITIONER, op, SELF);
    }
    // Registrant profiles: the owner alone, acting for themselves; the policy invariants refuse a
    // row for anyone else (CPD-1).
    for (Operation op : PROFILES) {
      r.add(Role.PRACTITIONER, op, SELF);
    }
    // Protected study time: administrators set the organisation's default and practitioners' own
    // grants; a practitioner sees only their own use; managers and administrators see totals per
    // forum or base, small groups suppressed, never anyone's own use (CPD-3).
    r.add(Role.ADMINISTRATOR, Operation.STUDY_TIME_SET_POLICY, ANY);
    r.add(Role.ADMINISTRATOR, Operation.STUDY_TIME_GRANT, ANY);
    r.add(Role.PRACTITIONER, Operation.STUDY_TIME_MINE, SELF);
    r.all(Operation.STUDY_TIME_TOTALS, Role.MANAGER, Role.ADMINISTRATOR);
    r.add(Role.ADMINISTRATOR, Operation.AUDIT_QUERY, ANY);
    r.all(Operation.AUDIT_VERIFY, Role.ADMINISTRATOR, Role.SYSTEM);
    // Engagement metrics (CR-8): the organisation's managers and administrators; every figure is
    // suppressed below the threshold. Facilitators have no row: the figures are management's.
    r.all(Operation.CONSULTATION_METRICS, Role.MANAGER, Role.ADMINISTRATOR);
    return r.rows;
  }

  /**
   * The ceiling: the standard rows and the few grants an organisation may add. Each keeps every
   * invariant of {@link AccessPolicy}.
   */
  static List<AccessRow> ceiling() {
    List<AccessRow> out = new ArrayList<>(standard());
    Rows extra = new Rows();
    // Managers may be let to list the forums of a base, seeing nothing attributed.
    extra.add(Role.MANAGER, Operation.FORUM_LIST_AT_BASE, ANY);
    // A facilitator helping a forum start may name its sponsor.
    extra.add(Role.FACILITATOR, Operation.FORUM_NAME_SPONSOR, FACILITATOR);
    // Administrators may record a session from the forum's own register, and produce a
    // practitioner's CPD evidence for their regulator.
    extra.add(Role.ADMINISTRATOR, Operation.SESSION_HOLD, ANY);
    extra.add(Role.ADMINISTRATOR, Operation.SESSION_CPD, ANY);
    // Administrators may remove a member (FR-2 lets them remove, never add).
    extra.add(Role.ADMINISTRATOR, Operation.FORUM_LEAVE, ANY);
    // Managers may be let to set protected study time, the default and practitioners' own grants
    // (CPD-3); they still see no one's use.
    extra.add(Role.MANAGER, Operation.STUDY_TIME_SET_POLICY, ANY);
    extra.add(Role.MANAGER, Operation.STUDY_TIME_GRANT, ANY);
    out.addAll(extra.rows);
    return out;
  }

  /** Collects rows; a manager's row always has the unattributed view. */
  private static final class Rows {
    private final List<AccessRow> rows = new ArrayList<>();

    void add(Role role, Operation op, Relationship relationship) {
      View view = role == Role.MANAGER ? View.UNATTRIBUTED : View.ALL;
      rows.add(new AccessRow(role, op, relationship, view, RULES.get(op)));
    }

    void all(Operation op, Role... roles) {
      for (Role role : roles) {
        add(role, op, ANY);
      }
    }

    void everyone(Operation op) {
      all(op, Role.values());
    }

    /** The parties concerned (members, the facilitator, the sponsor), administrators, system. */
    void forumReaders(Operation op) {
      add(Role.PRACTITIONER, op, MEMBER);
      add(Role.FACILITATOR, op, FACILITATOR);
      add(Role.MANAGER, op, SPONSOR);
      all(op, Role.ADMINISTRATOR, Role.SYSTEM);
    }
  }
}

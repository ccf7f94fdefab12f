package org.practitionersforum.api.security;

import java.util.EnumSet;
import java.util.Set;
import org.practitionersforum.api.InvalidInputException;

/**
 * The invariants no {@link AccessPolicy} may break, whatever an organisation configures: each
 * refusal names the rule of the brief it protects.
 */
final class PolicyInvariants {
  private static final Set<Operation> SELF_ONLY =
      EnumSet.of(
          Operation.FORUM_JOIN, Operation.FORUM_ACCEPT_INVITATION, Operation.TERMS_JOIN_AGREEING);
  private static final Set<Operation> AGREEMENT =
      EnumSet.of(Operation.TERMS_AGREE, Operation.TERMS_OBJECT);
  private static final Set<Operation> EDITING =
      EnumSet.of(Operation.TERMS_DRAFT, Operation.TERMS_PROPOSE);
  private static final Set<Operation> AUTHOR_ONLY =
      EnumSet.of(
          Operation.LESSON_DRAFT,
          Operation.LESSON_EDIT,
          Operation.LESSON_SUBMIT,
          Operation.LESSON_ANSWER,
          Operation.LESSON_FINALISE,
          Operation.LESSON_WITHDRAW,
          Operation.LESSON_MINE,
          Operation.LESSON_CONSENT,
          Operation.LESSON_REVOKE_CONSENT);
  private static final Set<Operation> CLEARING =
      EnumSet.of(
          Operation.LESSON_ANONYMISE,
          Operation.LESSON_DECIDE,
          Operation.LESSON_CLEAR,
          Operation.LESSON_PUBLISH);
  private static final Set<Role> PARTY_ROLES =
      EnumSet.of(Role.PRACTITIONER, Role.FACILITATOR, Role.MANAGER);

  private PolicyInvariants() {}

  /**
   * Refuses a row that breaks an invariant.
   *
   * @param row the row
   * @throws InvalidInputException naming the rule the row would break
   */
  static void check(AccessRow row) {
    Role role = row.role();
    Operation op = row.operation();
    Relationship rel = row.relationship();
    if (role == Role.MANAGER && row.view() != View.UNATTRIBUTED) {
      throw new InvalidInputException(
          "SEC-1: managers never see reflective content, draft material or who said what;"
              + " a manager's grant has the UNATTRIBUTED view");
    }
    if (SELF_ONLY.contains(op) && !(role == Role.PRACTITIONER && rel == Relationship.SELF)) {
      throw new InvalidInputException(
          "FR-2: membership is voluntary; only a practitioner acting for themselves can make"
              + " themselves a member");
    }
    if (op == Operation.FORUM_LEAVE
        && !(role == Role.PRACTITIONER && rel == Relationship.SELF
            || role == Role.ADMINISTRATOR
            || role == Role.SYSTEM)) {
      throw new InvalidInputException(
          "FR-2: a member leaves by their own act; only an administrator or the system may remove"
              + " one");
    }
    if (AGREEMENT.contains(op) && !(PARTY_ROLES.contains(role) && rel == Relationship.PARTY)) {
      throw new InvalidInputException(
          "TR-2: a party agrees or objects for themselves only; nobody can do it on another's"
              + " behalf");
    }
    if (AUTHOR_ONLY.contains(op)
        && !(role == Role.PRACTITIONER
            && (rel == Relationship.SELF
                || op == Operation.LESSON_DRAFT && rel == Relationship.MEMBER))) {
      throw new InvalidInputException(
          "LS-2: only a lesson's author, a practitioner acting for themselves, writes, submits,"
              + " answers for, consents for, finalises or withdraws it as its author");
    }
    if (StandardRows.NOTES.contains(op)
        && !(role == Role.PRACTITIONER && rel == Relationship.SELF)) {
      throw new InvalidInputException(
          "CPD-2: a private reflective note is its author's alone; only a practitioner acting for"
              + " themselves writes, reads, lists or exports their notes");
    }
    if (StandardRows.PROFILES.contains(op)
        && !(role == Role.PRACTITIONER && rel == Relationship.SELF)) {
      throw new InvalidInputException(
          "CPD-1: a registrant profile is its owner's alone; only a practitioner acting for"
              + " themselves reads or changes it");
    }
    if (op == Operation.STUDY_TIME_MINE
        && !(role == Role.PRACTITIONER && rel == Relationship.SELF)) {
      throw new InvalidInputException(
          "CPD-3: a practitioner's own use of protected study time is theirs to see; others see"
              + " only totals with small numbers suppressed");
    }
    if (op == Operation.LESSON_GET && role == Role.MANAGER) {
      throw new InvalidInputException(
          "LS-3: managers never see a draft, a lesson under review or who wrote a lesson");
    }
    if (CLEARING.contains(op) && role != Role.REVIEWER) {
      throw new InvalidInputException(
          "LS-3: only a reviewer anonymises, clears and publishes a lesson for a tier");
    }
    if (EDITING.contains(op) && !(role == Role.PRACTITIONER || role == Role.FACILITATOR)) {
      throw new InvalidInputException(
          "TR-6: the forum decides its own terms; managers, administrators and the system never"
              + " draft or propose them");
    }
  }
}

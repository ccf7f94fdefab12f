package org.practitionersforum.core.internal.terms;

import java.util.List;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.forum.ForumChangeHook;
import org.practitionersforum.core.internal.forum.TransitionGuard;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * TR-4 and TR-2 in the forum service's units of work: a forum becomes active only with terms in
 * force; once terms are in force a newcomer joins only by agreeing them (FR-3); and when the
 * parties change while a version is open, it comes into force as soon as every remaining party has
 * agreed.
 */
final class TermsGate implements TransitionGuard, ForumChangeHook {
  /** Creates the gate. */
  TermsGate() {}

  @Override
  public List<Violation> check(StorageTransaction tx, Forum forum, ForumState target) {
    if (target != ForumState.ACTIVE) {
      return List.of();
    }
    boolean inForce = tx.terms().hasInForce(forum.id());
    return inForce
        ? List.of()
        : List.of(
            Violation.of(
                ViolationCode.TERMS_NOT_IN_FORCE,
                "a forum becomes active only once a version of its terms of reference is agreed by every party"));
  }

  @Override
  public List<Violation> admission(
      StorageTransaction tx, Forum forum, PractitionerId practitioner) {
    boolean inForce = tx.terms().hasInForce(forum.id());
    return inForce
        ? List.of(
            Violation.of(
                ViolationCode.TERMS_NOT_AGREED,
                "joining means agreeing the terms of reference in force; join by agreeing them"))
        : List.of();
  }

  @Override
  public void partiesChanged(Transactor.Unit unit, Forum forum) {
    Settlement.partiesChanged(unit, forum);
  }
}

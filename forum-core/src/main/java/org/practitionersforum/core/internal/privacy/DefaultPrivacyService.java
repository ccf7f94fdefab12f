package org.practitionersforum.core.internal.privacy;

import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureReceipt;
import org.practitionersforum.api.privacy.PrivacyService;
import org.practitionersforum.api.privacy.RetentionReport;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.core.internal.tx.Transactor;

/** Erasure, subject access and retention (SEC-3) as a service. Thread-safe. */
final class DefaultPrivacyService implements PrivacyService {
  private final Transactor transactor;
  private final PrivacyAccessPolicy access;
  private final Eraser eraser;
  private final SubjectAccess subjectAccess;
  private final Retention retention;

  DefaultPrivacyService(
      Transactor transactor,
      PrivacyAccessPolicy access,
      Eraser eraser,
      SubjectAccess subjectAccess,
      Retention retention) {
    this.transactor = transactor;
    this.access = access;
    this.eraser = eraser;
    this.subjectAccess = subjectAccess;
    this.retention = retention;
  }

  @Override
  public ErasureReceipt erase(Actor actor, PractitionerId practitioner) {
    Checks.notNull(actor, "actor");
    Checks.notNull(practitioner, "practitioner id");
    access.requireMayErase(actor, practitioner);
    return transactor.write(
        actor,
        Operation.PRACTITIONER_ERASE,
        AggregateRef.practitioner(practitioner),
        unit -> {
          Erasure e = eraser.erase(unit, practitioner);
          return new ErasureReceipt(
              e.removedCounts(),
              e.pseudonymisedCounts(),
              e.tokenUsed(),
              e.forumsSuspended(),
              unit.now());
        });
  }

  @Override
  public String export(Actor actor, PractitionerId practitioner) {
    Checks.notNull(actor, "actor");
    Checks.notNull(practitioner, "practitioner id");
    access.requireMayExport(actor, practitioner);
    return transactor.read(
        tx -> subjectAccess.export(tx, practitioner, transactor.clock().instant()));
  }

  @Override
  public RetentionReport applyRetention(Actor actor) {
    Checks.notNull(actor, "actor");
    access.requireMayApplyRetention(actor);
    return retention.apply(actor);
  }
}

package org.practitionersforum.core.internal.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.audit.AuditLog;
import org.practitionersforum.core.internal.tx.Outbox;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The erasure step of the trust layer (SEC-2, SEC-3): the audit trail's records that name the
 * person as actor or in their profile's chain, and the events waiting in the outbox that name them,
 * come to name the erasure's token; the erase command's own audit record is chained under the
 * token. Exports say how many audit records name the person.
 */
final class TrailErasure implements ErasureStep {
  private final boolean audit;

  /**
   * Creates the step.
   *
   * @param audit whether the SDK keeps an audit trail
   */
  TrailErasure(boolean audit) {
    this.audit = audit;
  }

  @Override
  public void erase(Transactor.Unit unit, Erasure erasure) {
    String person = erasure.practitioner().value();
    String token = erasure.token().value();
    if (audit) {
      erasure.pseudonymised(
          ErasureCategory.AUDIT_RECORD,
          AuditLog.pseudonymise(unit.tx(), erasure.practitioner(), token));
      unit.auditAs(AggregateRef.practitioner(erasure.token()));
    }
    erasure.pseudonymised(
        ErasureCategory.OUTBOX_EVENT, Outbox.pseudonymise(unit.tx(), person, token));
  }

  @Override
  public void export(StorageTransaction tx, PractitionerId practitioner, ObjectNode export) {
    if (!audit) {
      return;
    }
    int newest =
        tx.audit().query(AuditQuery.all().actor(practitioner.asPerson()).limit(500)).size();
    export
        .putObject("auditTrail")
        .put("recordsAsActor", newest)
        .put("capped", newest == 500)
        .put(
            "why",
            "Who did what and when, without content (SEC-2); kept for the organisation's audit"
                + " retention period, after which the actor's identity is removed; erasure"
                + " replaces it with a pseudonym.");
  }
}

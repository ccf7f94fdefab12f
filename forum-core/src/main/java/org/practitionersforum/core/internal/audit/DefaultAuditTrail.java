package org.practitionersforum.core.internal.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditCheckpoint;
import org.practitionersforum.api.audit.AuditCursor;
import org.practitionersforum.api.audit.AuditPage;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.audit.AuditTrail;
import org.practitionersforum.api.audit.AuditVerification;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;

/**
 * The audit trail's read side: pages of a query, and verification streamed in pages of {@value
 * #PAGE} records, each page read in a unit of work of its own so that no transaction stays open for
 * the length of a scan.
 */
final class DefaultAuditTrail implements AuditTrail {
  /** Records read per unit of work while verifying. */
  static final int PAGE = 1_000;

  private final ForumStorage storage;
  private final Clock clock;
  private final Access access;

  DefaultAuditTrail(ForumStorage storage, Clock clock, Access access) {
    this.storage = storage;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public AuditPage query(Actor actor, AuditQuery query) {
    allow(actor, Operation.AUDIT_QUERY);
    Checks.notNull(query, "SEC-2: audit query");
    List<AuditRecord> records = storage.inTransaction(tx -> tx.audit().query(query));
    Optional<AuditCursor> next =
        records.size() < query.limit()
            ? Optional.empty()
            : Optional.of(AuditCursor.after(records.get(records.size() - 1)));
    return new AuditPage(records, next);
  }

  @Override
  public AuditVerification verify(Actor actor) {
    allow(actor, Operation.AUDIT_VERIFY);
    return stream(new ChainCheck(Optional.empty())).finish();
  }

  @Override
  public AuditVerification verify(Actor actor, AuditCheckpoint checkpoint) {
    allow(actor, Operation.AUDIT_VERIFY);
    Checks.notNull(checkpoint, "SEC-2: audit checkpoint");
    return stream(new ChainCheck(Optional.of(checkpoint))).finish();
  }

  @Override
  public AuditCheckpoint checkpoint(Actor actor) {
    allow(actor, Operation.AUDIT_VERIFY);
    ChainCheck check = stream(new ChainCheck(Optional.empty()));
    check.finish();
    return new AuditCheckpoint(clock.instant(), check.heads());
  }

  private ChainCheck stream(ChainCheck check) {
    Optional<AggregateRef> after = Optional.empty();
    long afterSequence = 0;
    while (true) {
      Optional<AggregateRef> from = after;
      long fromSequence = afterSequence;
      List<AuditRecord> page =
          storage.inTransaction(tx -> tx.audit().scan(from, fromSequence, PAGE));
      for (AuditRecord r : page) {
        check.accept(r);
      }
      if (page.size() < PAGE) {
        return check;
      }
      AuditRecord last = page.get(page.size() - 1);
      after = Optional.of(last.aggregate());
      afterSequence = last.sequence();
    }
  }

  /** The access rule of the trail (SEC-1), as the one access policy decides it. */
  private void allow(Actor actor, Operation operation) {
    Checks.notNull(actor, "actor");
    access.require(actor, operation, Subject.none());
  }
}

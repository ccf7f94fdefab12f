package org.practitionersforum.core.internal.audit;

import java.time.Clock;
import org.practitionersforum.api.audit.AuditTrail;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.internal.access.Access;

/**
 * The audit trail's read side (SEC-2), assembled: the package's public entry beside {@link
 * AuditLog}, which writes it.
 */
public final class Audits {
  private Audits() {}

  /**
   * Creates the audit trail service over a storage.
   *
   * @param storage the storage
   * @param clock the SDK's clock, which dates checkpoints
   * @param access decides who may query and verify the trail (SEC-1)
   * @return the service, thread-safe
   */
  public static AuditTrail trail(ForumStorage storage, Clock clock, Access access) {
    return new DefaultAuditTrail(storage, clock, access);
  }
}

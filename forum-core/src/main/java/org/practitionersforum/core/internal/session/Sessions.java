package org.practitionersforum.core.internal.session;

import org.practitionersforum.api.session.SessionService;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The session and CPD feature (TR-7), assembled. The package's only public type; the SDK's entry
 * point creates one service per SDK.
 */
public final class Sessions {
  private Sessions() {}

  /**
   * Creates the session and CPD service (TR-7).
   *
   * @param transactor runs every command as a unit of work; not null
   * @param access decides who may do what and see what (SEC-1); not null
   * @return the service, thread-safe
   */
  public static SessionService create(Transactor transactor, Access access) {
    return new DefaultSessionService(transactor, access);
  }
}

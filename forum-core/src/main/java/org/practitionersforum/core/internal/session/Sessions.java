package org.practitionersforum.core.internal.session;

import java.time.Duration;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
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
   * @param startMargin how far after now a session recorded may start; from zero to seven days
   * @return the service, thread-safe
   * @throws org.practitionersforum.api.InvalidInputException naming TR-7 if the margin is null,
   *     negative or longer than seven days
   */
  public static SessionService create(Transactor transactor, Access access, Duration startMargin) {
    return new DefaultSessionService(transactor, access, checkStartMargin(startMargin));
  }

  /**
   * Checks a margin for sessions recorded ahead of their start.
   *
   * @param startMargin the margin
   * @return the margin
   * @throws org.practitionersforum.api.InvalidInputException naming TR-7 if it is null, negative or
   *     longer than seven days
   */
  public static Duration checkStartMargin(Duration startMargin) {
    Checks.notNull(startMargin, "session start margin");
    if (startMargin.isNegative() || startMargin.compareTo(SessionTimePolicy.MAX_START_MARGIN) > 0) {
      throw new InvalidInputException(
          "TR-7: the margin for sessions recorded ahead of their start is zero to "
              + SessionTimePolicy.MAX_START_MARGIN.toDays()
              + " days");
    }
    return startMargin;
  }
}

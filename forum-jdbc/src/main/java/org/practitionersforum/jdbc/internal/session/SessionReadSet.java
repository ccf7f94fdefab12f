package org.practitionersforum.jdbc.internal.session;

import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.jdbc.internal.ReadSet;

/** The sessions one unit of work has read or written, at their stored versions. */
final class SessionReadSet extends ReadSet<SessionId, Session> {
  SessionReadSet() {
    super("session");
  }
}

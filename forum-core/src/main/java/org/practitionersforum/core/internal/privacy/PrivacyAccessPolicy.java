package org.practitionersforum.core.internal.privacy;

import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Role;

/**
 * SEC-1 for the privacy operations (SEC-3): only an administrator erases; an administrator or the
 * practitioner themselves exports; an administrator or the system applies retention. Checked before
 * any read, so a refused actor leaves stored state unchanged.
 */
final class PrivacyAccessPolicy {

  void requireMayErase(Actor actor) {
    if (actor.role() != Role.ADMINISTRATOR) {
      throw new PermissionDeniedException(
          "SEC-3", "only an administrator may erase a practitioner's personal data (SEC-1)");
    }
  }

  void requireMayExport(Actor actor, PractitionerId practitioner) {
    if (!(actor.role() == Role.ADMINISTRATOR || actor.isPractitioner(practitioner))) {
      throw new PermissionDeniedException(
          "SEC-3",
          "what the SDK holds about a practitioner is exported only to themselves"
              + " or an administrator (SEC-1)");
    }
  }

  void requireMayApplyRetention(Actor actor) {
    if (!(actor.role() == Role.ADMINISTRATOR || actor.role() == Role.SYSTEM)) {
      throw new PermissionDeniedException(
          "SEC-3", "only an administrator or the system may apply retention periods (SEC-1)");
    }
  }
}

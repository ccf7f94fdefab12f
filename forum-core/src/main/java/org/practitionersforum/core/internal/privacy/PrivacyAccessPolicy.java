package org.practitionersforum.core.internal.privacy;

import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;

/**
 * SEC-1 for the privacy operations (SEC-3), asked of the one access policy: in the standard policy
 * only an administrator erases; an administrator or the practitioner themselves exports; an
 * administrator or the system applies retention. Decided before any read, so a refused actor leaves
 * stored state unchanged.
 */
final class PrivacyAccessPolicy {
  private final Access access;

  PrivacyAccessPolicy(Access access) {
    this.access = access;
  }

  void requireMayErase(Actor actor, PractitionerId practitioner) {
    access.require(actor, Operation.PRACTITIONER_ERASE, Subject.person(practitioner));
  }

  void requireMayExport(Actor actor, PractitionerId practitioner) {
    access.require(actor, Operation.PRACTITIONER_EXPORT, Subject.person(practitioner));
  }

  void requireMayApplyRetention(Actor actor) {
    access.require(actor, Operation.RETENTION_APPLY, Subject.none());
  }
}

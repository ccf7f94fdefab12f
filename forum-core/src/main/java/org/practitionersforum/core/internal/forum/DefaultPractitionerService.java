package org.practitionersforum.core.internal.forum;

import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.PractitionerService;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.core.internal.tx.Transactor;

/** Keeps practitioner profiles. Thread-safe. */
final class DefaultPractitionerService implements PractitionerService {
  private final Transactor transactor;

  /**
   * Creates the service.
   *
   * @param transactor runs commands as units of work
   */
  DefaultPractitionerService(Transactor transactor) {
    this.transactor = transactor;
  }

  @Override
  public PractitionerProfile register(Actor actor, PractitionerProfile profile) {
    requireAllowed(actor, profile);
    if (profile.version() != 0) {
      throw new InvalidInputException("a new profile must be at version 0");
    }
    return transactor.write(
        actor,
        Operation.PRACTITIONER_REGISTER,
        AggregateRef.practitioner(profile.id()),
        unit -> unit.tx().practitioners().insert(profile));
  }

  @Override
  public PractitionerProfile update(Actor actor, PractitionerProfile profile) {
    requireAllowed(actor, profile);
    if (profile.version() < 1) {
      throw new InvalidInputException("an update must carry the version the profile was read at");
    }
    return transactor.write(
        actor,
        Operation.PRACTITIONER_UPDATE,
        AggregateRef.practitioner(profile.id()),
        unit -> {
          if (unit.tx().practitioners().find(profile.id()).isEmpty()) {
            throw new NotFoundException("the practitioner has no profile");
          }
          return unit.tx().practitioners().update(profile);
        });
  }

  @Override
  public PractitionerProfile get(Actor actor, PractitionerId practitioner) {
    Checks.notNull(practitioner, "practitioner id");
    requireAllowed(actor, practitioner);
    return transactor
        .read(tx -> tx.practitioners().find(practitioner))
        .orElseThrow(() -> new NotFoundException("the practitioner has no profile"));
  }

  private static void requireAllowed(Actor actor, PractitionerProfile profile) {
    Checks.notNull(profile, "practitioner profile");
    requireAllowed(actor, profile.id());
  }

  private static void requireAllowed(Actor actor, PractitionerId practitioner) {
    Checks.notNull(actor, "actor");
    if (!(actor.role() == Role.ADMINISTRATOR
        || actor.role() == Role.SYSTEM
        || actor.isPractitioner(practitioner))) {
      throw new PermissionDeniedException(
          "SEC-1", "a profile is kept by the host's administrators or the practitioner themselves");
    }
  }
}

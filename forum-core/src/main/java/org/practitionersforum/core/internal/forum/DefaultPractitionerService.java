package org.practitionersforum.core.internal.forum;

import java.util.Optional;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.PractitionerService;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.tx.Transactor;

/** Keeps practitioner profiles. Thread-safe. */
final class DefaultPractitionerService implements PractitionerService {
  private final Transactor transactor;
  private final Access access;

  /**
   * Creates the service.
   *
   * @param transactor runs commands as units of work
   * @param access decides who may do what
   */
  DefaultPractitionerService(Transactor transactor, Access access) {
    this.transactor = transactor;
    this.access = access;
  }

  @Override
  public PractitionerProfile register(Actor actor, PractitionerProfile profile) {
    requireAllowed(actor, Operation.PRACTITIONER_REGISTER, profile);
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
    requireAllowed(actor, Operation.PRACTITIONER_UPDATE, profile);
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
    Checks.notNull(actor, "actor");
    access.precheck(actor, Operation.PRACTITIONER_GET, Subject.person(practitioner));
    PractitionerProfile found =
        transactor
            .read(tx -> tx.practitioners().find(practitioner))
            .orElseThrow(() -> new NotFoundException("the practitioner has no profile"));
    access.require(
        actor,
        Operation.PRACTITIONER_GET,
        Subject.person(practitioner).in(() -> Optional.of(found.organisation())));
    return found;
  }

  private void requireAllowed(Actor actor, Operation operation, PractitionerProfile profile) {
    Checks.notNull(profile, "practitioner profile");
    Checks.notNull(actor, "actor");
    access.require(actor, operation, Subject.in(profile.organisation()).about(profile.id()));
  }
}

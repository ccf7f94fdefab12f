package org.practitionersforum.api.practitioner;

import org.practitionersforum.api.security.Actor;

/**
 * Keeps the practitioner profiles the formation rules use. The host registers profiles from its own
 * records (as an administrator or the system) and practitioners may register or correct their own.
 *
 * <p>Errors: {@link org.practitionersforum.api.InvalidInputException} for malformed input, {@link
 * org.practitionersforum.api.PermissionDeniedException} when the actor may not act so, {@link
 * org.practitionersforum.api.DuplicateException} when registering an existing profile, {@link
 * org.practitionersforum.api.NotFoundException} when updating or reading a missing one, and {@link
 * org.practitionersforum.api.spi.ConcurrentUpdateException} when an update is based on a stale
 * version.
 */
public interface PractitionerService {

  /**
   * Registers a new profile.
   *
   * @param actor an administrator, the system, or the practitioner themselves
   * @param profile the profile; its version must be 0
   * @return the stored profile, at version 1
   */
  PractitionerProfile register(Actor actor, PractitionerProfile profile);

  /**
   * Replaces a stored profile.
   *
   * @param actor an administrator, the system, or the practitioner themselves
   * @param profile the new profile, carrying the version it was read at
   * @return the stored profile, at the next version
   */
  PractitionerProfile update(Actor actor, PractitionerProfile profile);

  /**
   * Returns a stored profile.
   *
   * @param actor an administrator, the system, or the practitioner themselves
   * @param practitioner the practitioner
   * @return the profile
   */
  PractitionerProfile get(Actor actor, PractitionerId practitioner);
}

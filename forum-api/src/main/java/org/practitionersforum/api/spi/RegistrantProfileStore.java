package org.practitionersforum.api.spi;

import java.util.Optional;
import org.practitionersforum.api.cpd.RegistrantProfile;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * Stores practitioners' {@link RegistrantProfile}s (CPD-1), one per practitioner, with optimistic
 * versions. Part of a {@link RegistrantTransaction}. A profile is read by its owner's id only: the
 * store offers no list, so nothing built on it can enumerate who is registered where.
 */
public interface RegistrantProfileStore {

  /**
   * Reads a practitioner's profile.
   *
   * @param practitioner the owner
   * @return the profile at its stored version, or empty
   */
  Optional<RegistrantProfile> find(PractitionerId practitioner);

  /**
   * Stores a new profile.
   *
   * @param profile the profile, at version 0
   * @return the stored profile, at version 1
   * @throws org.practitionersforum.api.DuplicateException if the practitioner has a profile already
   * @throws IllegalArgumentException if the version is not 0
   */
  RegistrantProfile insert(RegistrantProfile profile);

  /**
   * Replaces a stored profile whole.
   *
   * @param profile the new profile, carrying the version it was read at
   * @return the stored profile, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the profile's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such profile
   */
  RegistrantProfile update(RegistrantProfile profile);

  /**
   * Deletes a stored profile. Later reads in the unit of work find nothing.
   *
   * @param profile the profile, carrying the version it was read at
   * @throws ConcurrentUpdateException if the stored version is not the profile's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such profile
   */
  void delete(RegistrantProfile profile);
}

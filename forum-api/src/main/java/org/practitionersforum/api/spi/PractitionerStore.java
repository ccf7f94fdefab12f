package org.practitionersforum.api.spi;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;

/**
 * Stores {@link PractitionerProfile}s with optimistic versions. Part of a {@link
 * StorageTransaction}.
 */
public interface PractitionerStore {

  /**
   * Reads a profile.
   *
   * @param id the practitioner
   * @return the profile at its stored version, or empty
   */
  Optional<PractitionerProfile> find(PractitionerId id);

  /**
   * Reads several profiles at once.
   *
   * @param ids the practitioners
   * @return the profiles found, by id; missing ones are absent
   */
  Map<PractitionerId, PractitionerProfile> findAll(Collection<PractitionerId> ids);

  /**
   * Stores a new profile.
   *
   * @param profile the profile, at version 0
   * @return the stored profile, at version 1
   * @throws org.practitionersforum.api.DuplicateException if a profile with that id exists
   * @throws IllegalArgumentException if the version is not 0
   */
  PractitionerProfile insert(PractitionerProfile profile);

  /**
   * Replaces a stored profile.
   *
   * @param profile the new content, carrying the version it was read at
   * @return the stored profile, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the profile's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such profile
   */
  PractitionerProfile update(PractitionerProfile profile);

  /**
   * Deletes a stored profile, for erasure (SEC-3). Later reads in the unit of work find nothing.
   *
   * <p>The default refuses, so that a store written before erasure existed still compiles.
   *
   * @param profile the profile, carrying the version it was read at
   * @throws ConcurrentUpdateException if the stored version is not the profile's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such profile
   * @throws StorageException if this store cannot delete profiles
   */
  default void delete(PractitionerProfile profile) {
    throw new StorageException("SEC-3: this store cannot delete profiles", false, null);
  }

  /**
   * Counts the stored profiles in a cohort, for the k-gate (AN-4), as of this unit of work:
   * profiles inserted or deleted earlier in it count as such. A store answers with one indexed
   * count and never loads the profiles.
   *
   * <p>The default refuses, so that a store written before the k-gate existed still compiles; since
   * this interface has no read that lists profiles, it cannot count them another way, and a lesson
   * on such a store is never published (the gate fails closed).
   *
   * @param cohort the cohort
   * @return how many stored profiles are in it
   * @throws StorageException if this store cannot count profiles
   */
  default long countSharing(Cohort cohort) {
    throw new StorageException(
        "AN-4: this store cannot count practitioners for the k-gate", false, null);
  }
}

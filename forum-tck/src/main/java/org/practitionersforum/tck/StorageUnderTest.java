package org.practitionersforum.tck;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.spi.ForumStorage;

/**
 * The storage a contract test runs against. Every contract interface extends it.
 *
 * <p>{@link #storage()} returns, within one test, always the same storage, empty when the test
 * starts. {@link StorageContract} does this for you from a single factory method.
 */
public interface StorageUnderTest {

  /**
   * Returns the storage under test: the same instance for the whole test, empty at its start.
   *
   * @return the storage
   */
  ForumStorage storage();

  /**
   * Reads a forum in a unit of work of its own.
   *
   * @param id the forum id
   * @return the stored forum, or empty
   */
  default Optional<Forum> findForum(ForumId id) {
    return storage().inTransaction(tx -> tx.forums().find(id));
  }

  /**
   * Reads a profile in a unit of work of its own.
   *
   * @param id the practitioner
   * @return the stored profile, or empty
   */
  default Optional<PractitionerProfile> findProfile(PractitionerId id) {
    return storage().inTransaction(tx -> tx.practitioners().find(id));
  }

  /**
   * Reads several profiles in a unit of work of its own.
   *
   * @param ids the practitioners
   * @return the stored profiles found
   */
  default Map<PractitionerId, PractitionerProfile> findProfiles(Collection<PractitionerId> ids) {
    return storage().inTransaction(tx -> tx.practitioners().findAll(ids));
  }

  /**
   * Reads the forums of a base in a unit of work of its own.
   *
   * @param base the base
   * @return the forums, ordered by id
   */
  default List<Forum> forumsAt(BaseId base) {
    return storage().inTransaction(tx -> tx.forums().findByBase(base));
  }

  /**
   * Reads the forums of a member in a unit of work of its own.
   *
   * @param practitioner the practitioner
   * @return the forums, ordered by id
   */
  default List<Forum> forumsOf(PractitionerId practitioner) {
    return storage().inTransaction(tx -> tx.forums().findByMember(practitioner));
  }
}

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
 * Reads for the contracts' assertions, each in a unit of work of its own. Arguments go to the
 * storage unchecked, so that a contract can check how the storage itself treats a null.
 */
final class StorageReads {
  private StorageReads() {}

  /** Reads a forum; the stored forum, or empty. */
  static Optional<Forum> findForum(ForumStorage storage, ForumId id) {
    return storage.inTransaction(tx -> tx.forums().find(id));
  }

  /** Reads a profile; the stored profile, or empty. */
  static Optional<PractitionerProfile> findProfile(ForumStorage storage, PractitionerId id) {
    return storage.inTransaction(tx -> tx.practitioners().find(id));
  }

  /** Reads several profiles; those stored among them. */
  static Map<PractitionerId, PractitionerProfile> findProfiles(
      ForumStorage storage, Collection<PractitionerId> ids) {
    return storage.inTransaction(tx -> tx.practitioners().findAll(ids));
  }

  /** Reads the forums of a base, ordered by id. */
  static List<Forum> forumsAt(ForumStorage storage, BaseId base) {
    return storage.inTransaction(tx -> tx.forums().findByBase(base));
  }

  /** Reads the forums of which a practitioner is a member, ordered by id. */
  static List<Forum> forumsOf(ForumStorage storage, PractitionerId practitioner) {
    return storage.inTransaction(tx -> tx.forums().findByMember(practitioner));
  }
}

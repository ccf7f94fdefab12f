package org.practitionersforum.api.spi;

import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.PractitionerId;

/** Stores {@link Forum} aggregates with optimistic versions. Part of a {@link StorageTransaction}. */
public interface ForumStore {

  /**
   * Reads a forum.
   *
   * @param id the forum id
   * @return the forum at its stored version, or empty
   */
  Optional<Forum> find(ForumId id);

  /**
   * Reads who the parties to a forum's terms are and where the forum stands, for deciding on one
   * agreement (TR-2).
   *
   * <p>Contract: the answer always equals {@code find(id).map(ForumParties::of)} in the same unit
   * of work, at the point it is asked. A store that also reads the version of the forum's terms
   * here must hold it to the same repeatable read as {@link TermsStore#find}.
   *
   * <p>The default reads the whole forum; a store may answer with a narrower read (the forum's
   * row, its members and its ongoing facilitation).
   *
   * @param id the forum id
   * @return the parties, or empty if there is no such forum
   */
  default Optional<ForumParties> findParties(ForumId id) {
    return find(id).map(ForumParties::of);
  }

  /**
   * Stores a new forum.
   *
   * @param forum the forum, at version 0
   * @return the stored forum, at version 1
   * @throws org.practitionersforum.api.DuplicateException if a forum with that id exists
   * @throws IllegalArgumentException if the version is not 0
   */
  Forum insert(Forum forum);

  /**
   * Replaces a stored forum, whole: its members, invitations, facilitations and history.
   *
   * @param forum the new content, carrying the version it was read at
   * @return the stored forum, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the forum's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such forum
   */
  Forum update(Forum forum);

  /**
   * Returns the forums of a base, ordered by id.
   *
   * @param base the base
   * @return the forums
   */
  List<Forum> findByBase(BaseId base);

  /**
   * Returns the forums a practitioner is a current member of, ordered by id.
   *
   * @param practitioner the practitioner
   * @return the forums
   */
  List<Forum> findByMember(PractitionerId practitioner);
}

package org.practitionersforum.api.spi;

import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.Beta;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * Stores {@link Forum} aggregates with optimistic versions. Part of a {@link StorageTransaction}.
 */
public interface ForumStore {

  /**
   * Reads a forum.
   *
   * @param id the forum id
   * @return the forum at its stored version, or empty
   */
  Optional<Forum> find(ForumId id);

  /**
   * Reads a forum for a change: a snapshot that holds what the formation rules need and leaves out
   * the forum's earlier history, so that a command costs the same however long the forum has lived.
   * The snapshot holds at least the latest {@linkplain Forum#history() state change} and the latest
   * {@linkplain Forum#facilitations() facilitation}; {@link Forum#earlierHistory()} and {@link
   * Forum#earlierFacilitations()} count the entries it leaves out. The entries it holds are the
   * last ones: its history is {@code find(id)}'s from position {@code earlierHistory()} to the end,
   * and likewise its facilitations. In every other respect, members and open invitations included,
   * it equals {@code find(id)} in the same unit of work.
   *
   * <p>The default reads the whole forum, which satisfies the contract.
   *
   * @param id the forum id
   * @return the snapshot at its stored version, or empty
   */
  @Beta
  default Optional<Forum> findCurrent(ForumId id) {
    return find(id);
  }

  /**
   * Reads one page of a forum's lifecycle history, oldest first.
   *
   * <p>The default reads the whole forum and cuts the page from it.
   *
   * @param id the forum id
   * @param from the position of the first change, at least 0
   * @param limit the most changes to return, at least 1
   * @return the changes at positions {@code from} onwards, at most {@code limit}; empty if there is
   *     no such forum or {@code from} is past the end
   */
  @Beta
  default List<StateChange> findHistory(ForumId id, int from, int limit) {
    return find(id)
        .map(Forum::history)
        .map(
            all -> {
              int start = Math.min(from, all.size());
              int end = (int) Math.min((long) start + limit, all.size());
              return List.copyOf(all.subList(start, end));
            })
        .orElse(List.of());
  }

  /**
   * Reads who the parties to a forum's terms are and where the forum stands, for deciding on one
   * agreement (TR-2).
   *
   * <p>Contract: the answer always equals {@code find(id).map(ForumParties::of)} in the same unit
   * of work, at the point it is asked. A store that also reads the version of the forum's terms
   * here must hold it to the same repeatable read as {@link TermsStore#find}.
   *
   * <p>The default reads the whole forum; a store may answer with a narrower read (the forum's row,
   * its members and its ongoing facilitation).
   *
   * @param id the forum id
   * @return the parties, or empty if there is no such forum
   */
  @Beta
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
   * Replaces a stored forum, whole: its members, invitations, facilitations and history. A snapshot
   * that leaves out earlier entries ({@link #findCurrent}) keeps them: the stored history and
   * facilitations up to {@link Forum#earlierHistory()} and {@link Forum#earlierFacilitations()}
   * stay as they are, and the snapshot's own entries replace the ones after them.
   *
   * @param forum the new content, carrying the version it was read at
   * @return the forum as given, at the next version: a snapshot that leaves out earlier entries
   *     still leaves them out, with the same counts
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

  /**
   * Returns the forums of an organisation, ordered by id: what the meeting schedule reads (CR-2).
   *
   * <p>The default refuses, so that a store written before the meeting schedule still compiles; the
   * schedule then fails on it, changing nothing.
   *
   * @param organisation the organisation
   * @return the forums
   * @throws StorageException if this store cannot list an organisation's forums
   */
  default List<Forum> findByOrganisation(OrganisationId organisation) {
    throw new StorageException(
        "CR-2: this store cannot list an organisation's forums", false, null);
  }
}

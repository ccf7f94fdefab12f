package org.practitionersforum.api.spi;

import java.util.Optional;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * Stores each forum's {@link ForumTerms}: every version of its terms of reference with their
 * content, status, hash, agreements and objections, as one aggregate keyed by forum, with an
 * optimistic version. Part of a {@link StorageTransaction}.
 *
 * <p>A relational implementation may map the aggregate to one row per forum (the version), one
 * per terms version (content, status, hash, round, times), one per agreement (party, role,
 * version number, hash, round, time) and one per objection (the same and the reason); it must
 * return exactly what was stored, lists in their stored order.
 */
public interface TermsStore {

  /**
   * Reads a forum's terms.
   *
   * @param forum the forum id
   * @return the terms at their stored version, or empty if the forum has none yet
   */
  Optional<ForumTerms> find(ForumId forum);

  /**
   * Reads only the version of a forum's terms in force, for callers that need nothing else (a
   * gate on joining or activation, a display of the terms in force).
   *
   * <p>Contract: the answer always equals {@code find(forum).flatMap(ForumTerms::inForce)} in the
   * same unit of work, at the point it is asked: it sees the unit's own inserts and updates, and
   * it belongs to the same repeatable read as {@link #find}, so that a later {@code find} in the
   * unit returns the aggregate this answer was taken from (or the unit fails with a retryable
   * {@link ConcurrentUpdateException}, at the latest when it commits, if another unit changed the
   * terms in between). The version is returned whole: content, status, times and every agreement
   * and objection recorded on it, in stored order.
   *
   * <p>The default reads the whole aggregate; a store may answer with a narrower read (the one
   * version in force and its child rows).
   *
   * @param forum the forum id
   * @return the version in force, or empty if the forum has no terms or none is in force
   */
  default Optional<TermsVersion> findInForce(ForumId forum) {
    return find(forum).flatMap(ForumTerms::inForce);
  }

  /**
   * Tells whether a version of a forum's terms is in force; the same as {@code
   * findInForce(forum).isPresent()}, under the same contract.
   *
   * @param forum the forum id
   * @return whether a version is in force
   */
  default boolean hasInForce(ForumId forum) {
    return findInForce(forum).isPresent();
  }

  /**
   * Stores a forum's first terms.
   *
   * @param terms the terms, at version 0
   * @return the stored terms, at version 1
   * @throws org.practitionersforum.api.DuplicateException if the forum already has terms
   * @throws IllegalArgumentException if the version is not 0
   */
  ForumTerms insert(ForumTerms terms);

  /**
   * Replaces a forum's stored terms, whole.
   *
   * @param terms the new content, carrying the version it was read at
   * @return the stored terms, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the terms' version
   * @throws org.practitionersforum.api.NotFoundException if the forum has no terms
   */
  ForumTerms update(ForumTerms terms);
}

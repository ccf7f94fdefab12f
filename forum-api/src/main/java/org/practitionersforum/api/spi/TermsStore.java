package org.practitionersforum.api.spi;

import java.util.Optional;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.terms.ForumTerms;

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

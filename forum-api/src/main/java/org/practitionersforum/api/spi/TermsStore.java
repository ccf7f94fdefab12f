package org.practitionersforum.api.spi;

import java.util.Optional;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * Stores each forum's {@link ForumTerms}: every version of its terms of reference with their
 * content, status, hash, agreements and objections, as one aggregate keyed by forum, with an
 * optimistic version. Part of a {@link StorageTransaction}.
 *
 * <p>A relational implementation may map the aggregate to one row per forum (the version), one per
 * terms version (content, status, hash, round, times), one per agreement (party, role, version
 * number, hash, round, time) and one per objection (the same and the reason); it must return
 * exactly what was stored, lists in their stored order.
 *
 * <p>Besides the whole aggregate, the store answers two narrow operations that the terms service
 * uses for the most frequent command, one party agreeing a version: {@link #findAgreementRound}
 * reads only the version's current round, and {@link #recordAgreement} stores one agreement without
 * rewriting the rest. Their defaults go through {@link #find} and {@link #update}; a store may do
 * less work, under the same contract.
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
   * Reads only the version of a forum's terms in force, for callers that need nothing else (a gate
   * on joining or activation, a display of the terms in force).
   *
   * <p>Contract: the answer always equals {@code find(forum).flatMap(ForumTerms::inForce)} in the
   * same unit of work, at the point it is asked: it sees the unit's own inserts and updates, and it
   * belongs to the same repeatable read as {@link #find}, so that a later {@code find} in the unit
   * returns the aggregate this answer was taken from (or the unit fails with a retryable {@link
   * ConcurrentUpdateException}, at the latest when it commits, if another unit changed the terms in
   * between). The version is returned whole: content, status, times and every agreement and
   * objection recorded on it, in stored order.
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
   * Reads the current round of agreement of the version a content hash designates ({@link
   * ForumTerms#byHash}: the version pending or in force with that hash, else the latest with it),
   * for recording an agreement to it.
   *
   * <p>Contract: the answer always equals {@code find(forum).flatMap(t -> t.byHash(hash).map(v ->
   * AgreementRound.of(t, v)))} in the same unit of work, at the point it is asked, and it belongs
   * to the same repeatable read as {@link #find}: its {@link AgreementRound#termsVersion()} is the
   * version a later {@code find} in the unit returns (or the unit fails with a retryable {@link
   * ConcurrentUpdateException}, at the latest when it commits, if another unit changed the terms in
   * between).
   *
   * <p>The default reads the whole aggregate; a store may answer with a narrower read (the
   * version's row and the agreements of its current round).
   *
   * @param forum the forum id
   * @param hash the content hash
   * @return the round, or empty if the forum has no terms or none of their versions has the hash
   */
  default Optional<AgreementRound> findAgreementRound(ForumId forum, ContentHash hash) {
    return find(forum).flatMap(t -> t.byHash(hash).map(v -> AgreementRound.of(t, v)));
  }

  /**
   * Records one agreement to a version that is open for agreement or in force, without rewriting
   * the terms: the result is the same as {@code update(t.withAgreement(agreement, intoForce))}
   * where {@code t} are the stored terms (see {@link ForumTerms#withAgreement}). The agreement is
   * appended to its version's agreements; when {@code intoForce} the version comes into force at
   * the agreement's time and the version in force until then, if any, is superseded; and the terms
   * move to their next optimistic version, so that every other unit of work based on the version
   * read fails.
   *
   * <p>Contract: the agreement is stored only if the terms are still at {@code termsVersion}, and
   * only on the version it names, with that version's content hash, in its current round, while the
   * version is open for agreement or in force; a party agrees a version once per round. A
   * relational store enforces these in the database (the terms row's version, constraints and
   * conditions on the version row), not only in code, so that no interleaving of units of work can
   * attach an agreement to a version that changed since it was read. Reads later in the unit see
   * the agreement.
   *
   * @param forum the forum id
   * @param termsVersion the optimistic version of the terms the agreement was decided on, for
   *     example {@link AgreementRound#termsVersion()}
   * @param agreement the agreement, naming its version's number, hash and current round
   * @param intoForce whether the agreement completes its version, then open for agreement, which
   *     comes into force at the agreement's time
   * @return the terms' new optimistic version, {@code termsVersion + 1}
   * @throws ConcurrentUpdateException if the stored terms are not at {@code termsVersion}
   * @throws NotFoundException if the forum has no terms
   * @throws IllegalArgumentException if the version the agreement names, at {@code termsVersion},
   *     does not have its hash, is not open for agreement nor in force, is in another round, or is
   *     not open for agreement while {@code intoForce} is asked
   * @throws org.practitionersforum.api.DuplicateException if the party has already agreed that
   *     version in that round
   */
  default long recordAgreement(
      ForumId forum, long termsVersion, Agreement agreement, boolean intoForce) {
    ForumTerms stored =
        find(forum).orElseThrow(() -> new NotFoundException("the forum has no terms of reference"));
    if (stored.version() != termsVersion) {
      throw new ConcurrentUpdateException("forum's terms of reference");
    }
    return update(stored.withAgreement(agreement, intoForce)).version();
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

package org.practitionersforum.api.spi;

import java.util.List;
import org.immutables.value.Value;
import org.practitionersforum.api.Beta;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * The current round of agreement of one version of a forum's terms, read without the rest of the
 * terms ({@link TermsStore#findAgreementRound}): what recording one agreement needs to know. It
 * holds the optimistic version of the whole terms when read, the version's number, content hash,
 * status and round, and the agreements given in that round, in stored order; not the version's
 * content, its earlier rounds, its objections, or the other versions.
 *
 * <p>Invariants checked on construction: every agreement names this version's number, hash and
 * round. {@code toString()} shows no person.
 */
@Beta
@Value.Immutable
@ForumStyle
public interface AgreementRound {

  /**
   * Returns the forum whose terms these are.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns the optimistic version of the forum's whole terms when this round was read: the version
   * {@link TermsStore#recordAgreement} checks.
   *
   * @return the version, from 1
   */
  long termsVersion();

  /**
   * Returns the version's number.
   *
   * @return the number, from 1
   */
  int number();

  /**
   * Returns the version's content hash.
   *
   * @return the hash
   */
  ContentHash hash();

  /**
   * Returns where the version stands.
   *
   * @return the status
   */
  TermsStatus status();

  /**
   * Returns the version's current proposal round: 0 while never proposed.
   *
   * @return the round, from 0
   */
  int round();

  /**
   * Returns the agreements given to the version in its current round, in stored order.
   *
   * @return the agreements of the current round
   */
  List<Agreement> agreements();

  /**
   * Tells whether a person has agreed the version in its current round.
   *
   * @param party the person
   * @return true if they have
   */
  default boolean agreedBy(PersonId party) {
    return agreements().stream().anyMatch(a -> a.party().equals(party));
  }

  /**
   * Returns the current round of one version of stored terms.
   *
   * @param terms the stored terms, at the version they were read at
   * @param version one of their versions
   * @return the round
   * @throws InvalidInputException if the version is not one of the terms' versions
   */
  static AgreementRound of(ForumTerms terms, TermsVersion version) {
    if (!terms.byNumber(version.number()).filter(version::equals).isPresent()) {
      throw new InvalidInputException(
          "an agreement round is read from a version of the same terms");
    }
    return builder()
        .forum(terms.forum())
        .termsVersion(terms.version())
        .number(version.number())
        .hash(version.hash())
        .status(version.status())
        .round(version.round())
        .agreements(version.currentAgreements())
        .build();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming TR-3 if an agreement names another version, hash or round,
   *     or a number or version is out of range
   */
  @Value.Check
  default void check() {
    if (number() < 1 || round() < 0 || termsVersion() < 1) {
      throw new InvalidInputException(
          "an agreement round names stored terms and a version numbered from 1");
    }
    for (Agreement a : agreements()) {
      if (a.version() != number() || !a.hash().equals(hash()) || a.round() != round()) {
        throw new InvalidInputException(
            "TR-3: an agreement of a round names its version's number, hash and round");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AgreementRound}s. */
  final class Builder extends ImmutableAgreementRound.Builder {
    /** Creates an empty builder; hosts obtain one from {@link AgreementRound#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public AgreementRound build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

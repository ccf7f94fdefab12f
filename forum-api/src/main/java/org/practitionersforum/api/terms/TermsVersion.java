package org.practitionersforum.api.terms;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * One version of a forum's terms of reference: its number, content, content hash (TR-3), status,
 * and the agreements and objections given to it.
 *
 * <p>Invariants checked on construction: the hash is the hash of the content, and every agreement
 * and objection names this version's number and hash, so an agreement can never be attached to
 * another text. {@code toString()} shows no text and no person.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableTermsVersion.class)
@JsonDeserialize(as = ImmutableTermsVersion.class)
public interface TermsVersion {
  /**
   * Returns the version's number: 1 for the first draft, one more for each amendment.
   *
   * @return the number, from 1
   */
  int number();

  /**
   * Returns the content.
   *
   * @return the content
   */
  TermsContent content();

  /**
   * Returns the content hash, {@code ContentHash.of(content())}.
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
   * Returns the current proposal round: 0 while never proposed, one more at each proposal. Only
   * agreements given in the current round count (TR-5).
   *
   * @return the round, from 0
   */
  @Value.Default
  default int round() {
    return 0;
  }

  /**
   * Returns when the version was drafted.
   *
   * @return the instant
   */
  Instant draftedAt();

  /**
   * Returns when the version was last opened for agreement, if ever.
   *
   * @return the instant, or empty
   */
  Optional<Instant> openedAt();

  /**
   * Returns when the version came into force, if it has.
   *
   * @return the instant, or empty
   */
  Optional<Instant> inForceAt();

  /**
   * Returns when the version was superseded or withdrawn, if it was.
   *
   * @return the instant, or empty
   */
  Optional<Instant> endedAt();

  /**
   * Returns every agreement given to this version, in order, from every round.
   *
   * @return the agreements
   */
  List<Agreement> agreements();

  /**
   * Returns every objection to this version, in order.
   *
   * @return the objections
   */
  List<Objection> objections();

  /**
   * Returns the agreements that count now: those of the current round, and for a version in force
   * also those of newcomers who joined by agreeing it.
   *
   * @return the agreements of the current round
   */
  @JsonIgnore
  default List<Agreement> currentAgreements() {
    return agreements().stream().filter(a -> a.round() == round()).toList();
  }

  /**
   * Tells whether a person has agreed this version in its current round.
   *
   * @param party the person
   * @return true if they have
   */
  default boolean agreedBy(PersonId party) {
    return agreements().stream().anyMatch(a -> a.round() == round() && a.party().equals(party));
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming TR-3 if an agreement or objection names another version or
   *     hash, or the hash is not that of the content
   */
  @Value.Check
  default void check() {
    if (number() < 1 || round() < 0) {
      throw new InvalidInputException(
          "TR-1: a terms version is numbered from 1 and its round from 0");
    }
    if (!hash().matches(content())) {
      throw new InvalidInputException("TR-3: a version's hash must be the hash of its content");
    }
    for (Agreement a : agreements()) {
      if (a.version() != number() || !a.hash().equals(hash()) || a.round() > round()) {
        throw new InvalidInputException(
            "TR-3: an agreement must name its version's number, hash and a round it had");
      }
    }
    for (Objection o : objections()) {
      if (o.version() != number() || !o.hash().equals(hash()) || o.round() > round()) {
        throw new InvalidInputException(
            "TR-3: an objection must name its version's number, hash and a round it had");
      }
    }
    if ((status() == TermsStatus.IN_FORCE || status() == TermsStatus.SUPERSEDED)
        && inForceAt().isEmpty()) {
      throw new InvalidInputException("TR-2: a version that came into force records when");
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

  /** Builds {@link TermsVersion}s. */
  final class Builder extends ImmutableTermsVersion.Builder {
    /** Creates an empty builder; hosts obtain one from {@link TermsVersion#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public TermsVersion build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

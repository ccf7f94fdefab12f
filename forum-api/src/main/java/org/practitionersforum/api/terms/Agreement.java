package org.practitionersforum.api.terms;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * One party's explicit agreement to one version of a forum's terms (TR-2), bound to the version's
 * content hash (TR-3). The party is redacted from {@code toString()}.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableAgreement.class)
@JsonDeserialize(as = ImmutableAgreement.class)
public interface Agreement {
  /**
   * Returns the party who agreed.
   *
   * @return the party's person id
   */
  @Value.Redacted
  PersonId party();

  /**
   * Returns why the person was a party concerned when they agreed.
   *
   * @return the role
   */
  PartyRole role();

  /**
   * Returns the number of the version agreed.
   *
   * @return the version number, from 1
   */
  int version();

  /**
   * Returns the content hash of the version agreed (TR-3).
   *
   * @return the hash
   */
  ContentHash hash();

  /**
   * Returns the proposal round the agreement was given in: a version re-proposed after an objection
   * starts a new round, and only agreements of its current round count (TR-5).
   *
   * @return the round, from 1
   */
  int round();

  /**
   * Returns when the party agreed.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Checks the version number and round.
   *
   * @throws InvalidInputException if either is below 1
   */
  @Value.Check
  default void check() {
    if (version() < 1 || round() < 1) {
      throw new InvalidInputException(
          "TR-2: an agreement names a version and a round, each from 1");
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

  /** Builds {@link Agreement}s. */
  final class Builder extends ImmutableAgreement.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Agreement#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public Agreement build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

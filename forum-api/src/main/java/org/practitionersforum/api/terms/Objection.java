package org.practitionersforum.api.terms;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * A party's objection to a version open for agreement, with its reason (TR-5). The objection is
 * kept on record and the version returns to draft. The party and the reason are redacted from
 * {@code toString()}; managers never see who objected (SEC-1).
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableObjection.class)
@JsonDeserialize(as = ImmutableObjection.class)
public interface Objection {
  /** The longest reason accepted. */
  int MAX_REASON_LENGTH = 2000;

  /**
   * Returns the party who objected.
   *
   * @return the party's person id
   */
  @Value.Redacted
  PersonId party();

  /**
   * Returns why the person was a party concerned.
   *
   * @return the role
   */
  PartyRole role();

  /**
   * Returns the number of the version objected to.
   *
   * @return the version number, from 1
   */
  int version();

  /**
   * Returns the content hash of the version objected to.
   *
   * @return the hash
   */
  ContentHash hash();

  /**
   * Returns the proposal round the objection ended.
   *
   * @return the round, from 1
   */
  int round();

  /**
   * Returns the stated reason.
   *
   * @return the reason, never blank
   */
  @Value.Redacted
  String reason();

  /**
   * Returns when the party objected.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Checks the version, the round and the reason.
   *
   * @throws InvalidInputException naming TR-5 if any is invalid
   */
  @Value.Check
  default void check() {
    if (version() < 1 || round() < 1) {
      throw new InvalidInputException(
          "TR-5: an objection names a version and a round, each from 1");
    }
    if (reason().isBlank() || reason().length() > MAX_REASON_LENGTH) {
      throw new InvalidInputException(
          "TR-5: an objection needs a reason of 1 to " + MAX_REASON_LENGTH + " characters");
    }
    String problem = org.practitionersforum.api.internal.Checks.textProblem(reason());
    if (problem != null) {
      throw new InvalidInputException(
          "TR-5: the reason for an objection must not contain " + problem);
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

  /** Builds {@link Objection}s. */
  final class Builder extends ImmutableObjection.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Objection#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public Objection build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

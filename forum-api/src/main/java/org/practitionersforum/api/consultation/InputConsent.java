package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * A participant's recorded consent to their individual input being used, in aggregate, in a forum's
 * response (CR-3). The participant's identity is held here only, for the consent, and is erased on
 * request (SEC-3). Revocable until the response is agreed. {@code toString()} names no person.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableInputConsent.class)
@JsonDeserialize(as = ImmutableInputConsent.class)
public interface InputConsent {

  /**
   * Returns the consent's id.
   *
   * @return the id
   */
  ConsentId id();

  /**
   * Returns the forum whose response may use the input.
   *
   * @return the forum
   */
  ForumId forum();

  /**
   * Returns the participant who consented.
   *
   * @return the person
   */
  @Value.Redacted
  PersonId participant();

  /**
   * Returns when the consent was recorded.
   *
   * @return the instant
   */
  Instant givenAt();

  /**
   * Returns when the consent was revoked.
   *
   * @return the instant, or empty while it holds
   */
  Optional<Instant> revokedAt();

  /**
   * Tells whether the consent holds.
   *
   * @return true unless revoked
   */
  default boolean holds() {
    return revokedAt().isEmpty();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InputConsent}s. */
  final class Builder extends ImmutableInputConsent.Builder {
    /** Creates an empty builder; hosts obtain one from {@link InputConsent#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing
     */
    @Override
    public InputConsent build() {
      return Checks.built(super::build);
    }
  }
}

package org.practitionersforum.api.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * Outside facilitation of a forum (FR-6): who facilitates, from when, and when and why it ended.
 * The forum, not management, decides when it ends.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableFacilitation.class)
@JsonDeserialize(as = ImmutableFacilitation.class)
public interface Facilitation {
  /**
   * Returns the facilitator.
   *
   * @return the facilitator's person id
   */
  @Value.Redacted
  PersonId facilitator();

  /**
   * Returns when facilitation started.
   *
   * @return the start
   */
  Instant start();

  /**
   * Returns when facilitation ended, if it has.
   *
   * @return the end, or empty while it continues
   */
  Optional<Instant> end();

  /**
   * Returns the reason the forum gave for ending facilitation, if it has ended.
   *
   * @return the reason, or empty
   */
  Optional<String> endReason();

  /**
   * Tells whether facilitation continues.
   *
   * @return true until it has ended
   */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  default boolean ongoing() {
    return end().isEmpty();
  }

  /**
   * Checks that an end comes with a reason and not before the start.
   *
   * @throws InvalidInputException naming FR-6 if not
   */
  @Value.Check
  default void check() {
    if (end().isPresent() != endReason().isPresent()) {
      throw new InvalidInputException("FR-6: the end of facilitation must come with its reason");
    }
    if (end().filter(e -> e.isBefore(start())).isPresent()) {
      throw new InvalidInputException("FR-6: facilitation cannot end before it started");
    }
    String problem =
        endReason().map(org.practitionersforum.api.internal.Checks::textProblem).orElse(null);
    if (problem != null) {
      throw new InvalidInputException(
          "FR-6: the reason for ending facilitation must not contain " + problem);
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

  /** Builds {@link Facilitation}s. */
  final class Builder extends ImmutableFacilitation.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Facilitation#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public Facilitation build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

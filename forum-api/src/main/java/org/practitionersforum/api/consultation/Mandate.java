package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * A forum's mandate to one of its members to represent it in the organisation's central group
 * (CR-7): its scope, from when and until when, and how it ended early, if it did. {@code
 * toString()} shows no text and no person.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableMandate.class)
@JsonDeserialize(as = ImmutableMandate.class)
public interface Mandate {
  /** The longest scope accepted, in characters. */
  int MAX_SCOPE_LENGTH = 2_000;

  /**
   * Returns the mandate's number within its forum, from 1.
   *
   * @return the number
   */
  int number();

  /**
   * Returns the representative: a member of the forum when mandated.
   *
   * @return the person
   */
  @Value.Redacted
  PersonId representative();

  /**
   * Returns what the representative may speak for the forum on.
   *
   * @return the scope
   */
  @Value.Redacted
  String scope();

  /**
   * Returns the day the mandate was recorded.
   *
   * @return the date
   */
  LocalDate startsOn();

  /**
   * Returns the last day of the mandate.
   *
   * @return the date, after the start
   */
  LocalDate endsOn();

  /**
   * Returns when the mandate ended before its end date.
   *
   * @return the instant, present exactly when there is an early end
   */
  Optional<Instant> endedAt();

  /**
   * Returns why the mandate ended before its end date.
   *
   * @return the reason, present exactly when there is an early end
   */
  Optional<MandateEnd> endReason();

  /**
   * Tells whether the mandate holds on a day: not ended early, and the day within its dates.
   *
   * @param day the day
   * @return true if it holds
   */
  default boolean holdsOn(LocalDate day) {
    return endedAt().isEmpty() && !day.isBefore(startsOn()) && !day.isAfter(endsOn());
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming CR-7
   */
  @Value.Check
  default void check() {
    if (number() < 1) {
      throw new InvalidInputException("CR-7: a mandate's number starts at 1");
    }
    Texts.check(scope(), "CR-7", "a mandate's scope", MAX_SCOPE_LENGTH);
    if (!endsOn().isAfter(startsOn())) {
      throw new InvalidInputException("CR-7: a mandate ends after it starts");
    }
    if (endedAt().isPresent() != endReason().isPresent()) {
      throw new InvalidInputException("CR-7: a mandate that ended early, and only one, says why");
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

  /** Builds {@link Mandate}s. */
  final class Builder extends ImmutableMandate.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Mandate#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public Mandate build() {
      return Checks.built(super::build);
    }
  }
}

package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * One dated change of an adopted or adapted recommendation's implementation status (CR-5), with the
 * evidence note that supports it. {@code toString()} shows no text.
 *
 * <p>Invariants checked on construction: a change in progress, and only one, states a percentage
 * from 0 to 100; an abandonment, and only one, states its reason; the evidence note and the reason
 * are 1 to {@link #MAX_TEXT_LENGTH} characters.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableStatusChange.class)
@JsonDeserialize(as = ImmutableStatusChange.class)
public interface StatusChange {
  /** The longest evidence note or reason accepted, in characters. */
  int MAX_TEXT_LENGTH = 4_000;

  /**
   * Returns the status.
   *
   * @return the status
   */
  ImplementationStatus status();

  /**
   * Returns the percentage done, for a change in progress.
   *
   * @return 0 to 100; present exactly when in progress
   */
  Optional<Integer> percent();

  /**
   * Returns why the recommendation was abandoned.
   *
   * @return the reason; present exactly when abandoned
   */
  @Value.Redacted
  Optional<String> reason();

  /**
   * Returns the evidence note supporting the change.
   *
   * @return the note
   */
  @Value.Redacted
  String evidence();

  /**
   * Returns when the change was recorded, by the SDK's clock; the service sets it.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming CR-5 if one is broken
   */
  @Value.Check
  default void check() {
    boolean inProgress = status() == ImplementationStatus.IN_PROGRESS;
    if (inProgress != percent().isPresent()) {
      throw new InvalidInputException(
          "CR-5: a change in progress, and only one, states the percentage done");
    }
    if (percent().filter(p -> p < 0 || p > 100).isPresent()) {
      throw new InvalidInputException("CR-5: the percentage done is from 0 to 100");
    }
    if ((status() == ImplementationStatus.ABANDONED) != reason().isPresent()) {
      throw new InvalidInputException(
          "CR-5: an abandoned recommendation, and only one, states the reason");
    }
    Texts.check(evidence(), "CR-5", "the evidence note", MAX_TEXT_LENGTH);
    reason().ifPresent(r -> Texts.check(r, "CR-5", "the reason", MAX_TEXT_LENGTH));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatusChange}s. */
  final class Builder extends ImmutableStatusChange.Builder {
    /** Creates an empty builder; hosts obtain one from {@link StatusChange#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public StatusChange build() {
      return Checks.built(super::build);
    }
  }
}

package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * A recommendation a forum's agreed response made (CR-4), with management's published disposition
 * once there is one. {@code toString()} shows no text.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableRecommendation.class)
@JsonDeserialize(as = ImmutableRecommendation.class)
public interface Recommendation {

  /**
   * Returns the recommendation's identifier.
   *
   * @return the id
   */
  RecommendationId id();

  /**
   * Returns the recommendation as the forum worded it.
   *
   * @return the text
   */
  @Value.Redacted
  String text();

  /**
   * Returns management's published disposition.
   *
   * @return the disposition, or empty while none is published
   */
  Optional<Disposition> disposition();

  /**
   * Returns when the disposition in force was published.
   *
   * @return the instant, present exactly when there is a disposition
   */
  Optional<Instant> disposedAt();

  /**
   * Returns the dated changes of the implementation status of an adopted or adapted recommendation,
   * oldest first (CR-5).
   *
   * @return the history; empty until tracked
   */
  List<StatusChange> history();

  /**
   * Tells whether management has published a disposition.
   *
   * @return true once disposed
   */
  default boolean disposed() {
    return disposition().isPresent();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming CR-4 if one is broken
   */
  @Value.Check
  default void check() {
    Texts.check(text(), "CR-4", "a recommendation", ResponseContent.MAX_RECOMMENDATION_LENGTH);
    if (!history().isEmpty()
        && disposition()
            .map(Disposition::kind)
            .filter(k -> k == DispositionKind.ADOPTED || k == DispositionKind.ADAPTED)
            .isEmpty()) {
      throw new InvalidInputException(
          "CR-5: only an adopted or adapted recommendation is tracked to implementation");
    }
    for (int i = 0; i + 1 < history().size(); i++) {
      if (history().get(i).status().isFinal()) {
        throw new InvalidInputException(
            "CR-5: nothing follows an implemented or abandoned recommendation's last change");
      }
    }
    if (disposition().isPresent() != disposedAt().isPresent()) {
      throw new InvalidInputException(
          "CR-4: a disposed recommendation, and only one, has a publication time");
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

  /** Builds {@link Recommendation}s. */
  final class Builder extends ImmutableRecommendation.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Recommendation#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public Recommendation build() {
      return Checks.built(super::build);
    }
  }
}

package org.practitionersforum.api.lesson;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * Where a lesson stands at one publication tier (LS-3): the author's consent, the anonymiser's run
 * over every section with its findings (never the original text of one) and the reviewer's
 * decisions, the anonymised sections, the reviewer's clearance and the publication. Each step needs
 * the one before: consent, then anonymisation, then clearance (every finding that needs one
 * decided), then publication.
 *
 * <p>Invariants checked on construction: anonymised exactly when it has an anonymisation time, and
 * then only with consent; cleared only once anonymised with every finding that needs a decision
 * decided; published only once cleared. {@code toString()} shows no text.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableLessonTier.class)
@JsonDeserialize(as = ImmutableLessonTier.class)
public interface LessonTier {

  /**
   * Returns the tier.
   *
   * @return the tier
   */
  Tier tier();

  /**
   * Returns when the author consented to publication at this tier.
   *
   * @return the instant
   */
  Instant consentedAt();

  /**
   * Returns when the anonymiser was run over the sections for this tier.
   *
   * @return the instant, or empty before it is run
   */
  Optional<Instant> anonymisedAt();

  /**
   * Returns the findings of the anonymiser's run, section by section in text order, with the
   * reviewer's decisions.
   *
   * @return the findings; none before the run
   */
  List<TierFinding> findings();

  /**
   * Returns the anonymised sections: the anonymiser's output, then, once cleared, the text with the
   * reviewer's decisions applied, which is what readers at this tier see.
   *
   * @return the anonymised sections; none before the run
   */
  @Value.Default
  @Value.Redacted
  default LessonSections anonymised() {
    return LessonSections.empty();
  }

  /**
   * Returns when a reviewer cleared the lesson for this tier.
   *
   * @return the instant, or empty until cleared
   */
  Optional<Instant> clearedAt();

  /**
   * Returns when the lesson was published at this tier.
   *
   * @return the instant, or empty until published
   */
  Optional<Instant> publishedAt();

  /**
   * Returns how much of its author's attribution the lesson shows at this tier: the disclosure it
   * passed the k-gate at when it was published (AN-4).
   *
   * @return the disclosure, present only once published; empty for a lesson published before the
   *     k-gate recorded one
   */
  Optional<Disclosure> disclosure();

  /**
   * Returns the most the author agreed to show of their attribution at this tier when they
   * consented to it (AN-4): the tier is published at this disclosure or a more general one, never a
   * more specific one. {@link Disclosure#exact()} when the author set no limit.
   *
   * @return the author's limit for this tier
   */
  @Value.Default
  default Disclosure consentedDisclosure() {
    return Disclosure.exact();
  }

  /**
   * Returns the findings that still need a reviewer's decision.
   *
   * @return the undecided findings, in order
   */
  @JsonIgnore
  default List<TierFinding> undecided() {
    return findings().stream().filter(f -> f.needsDecision() && f.decision().isEmpty()).toList();
  }

  /**
   * Tells whether the lesson is published at this tier.
   *
   * @return true once published
   */
  @JsonIgnore
  default boolean published() {
    return publishedAt().isPresent();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming LS-3 if one is broken
   */
  @Value.Check
  default void check() {
    if (anonymisedAt().isEmpty() && (!findings().isEmpty() || !anonymised().asMap().isEmpty())) {
      throw new InvalidInputException(
          "LS-3: a tier has findings and anonymised text only once run");
    }
    if (clearedAt().isPresent() && (anonymisedAt().isEmpty() || !undecided().isEmpty())) {
      throw new InvalidInputException(
          "LS-3: a tier is cleared only once anonymised with every finding decided");
    }
    if (publishedAt().isPresent() && clearedAt().isEmpty()) {
      throw new InvalidInputException("LS-3: a tier is published only once cleared");
    }
    if (disclosure().isPresent() && publishedAt().isEmpty()) {
      throw new InvalidInputException("AN-4: a tier has a disclosure only once published");
    }
    if (disclosure().isPresent() && !disclosure().get().atLeastAsGeneralAs(consentedDisclosure())) {
      throw new InvalidInputException(
          "AN-4: a tier is published at no more than the author consented to show");
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

  /** Builds {@link LessonTier}s. */
  final class Builder extends ImmutableLessonTier.Builder {
    /** Creates an empty builder; hosts obtain one from {@link LessonTier#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public LessonTier build() {
      return Checks.built(super::build);
    }
  }
}

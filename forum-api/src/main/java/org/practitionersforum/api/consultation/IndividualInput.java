package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * A piece of individual input attached to a forum's draft response (CR-3): a survey answer or a
 * focus-group quote, already anonymised, under a participant's recorded consent. It is shown to
 * managers only in aggregate ({@link InputSummary}). {@code toString()} shows no text.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableIndividualInput.class)
@JsonDeserialize(as = ImmutableIndividualInput.class)
public interface IndividualInput {
  /** The longest theme or survey question accepted, in characters. */
  int MAX_THEME_LENGTH = 200;

  /** The longest answer or quote accepted, in characters. */
  int MAX_TEXT_LENGTH = 2_000;

  /**
   * Returns the consent the input was given under.
   *
   * @return the consent's id
   */
  ConsentId consent();

  /**
   * Returns whether it is a survey answer or a focus-group quote.
   *
   * @return the kind
   */
  InputKind kind();

  /**
   * Returns the survey question, or the theme of a quote.
   *
   * @return the theme
   */
  @Value.Redacted
  String theme();

  /**
   * Returns the answer, or the quote, as anonymised.
   *
   * @return the text
   */
  @Value.Redacted
  String text();

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming CR-3
   */
  @Value.Check
  default void check() {
    Texts.check(theme(), "CR-3", "an input's theme or question", MAX_THEME_LENGTH);
    Texts.check(text(), "CR-3", "an input's answer or quote", MAX_TEXT_LENGTH);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndividualInput}s. */
  final class Builder extends ImmutableIndividualInput.Builder {
    /** Creates an empty builder; hosts obtain one from {@link IndividualInput#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public IndividualInput build() {
      return Checks.built(super::build);
    }
  }
}

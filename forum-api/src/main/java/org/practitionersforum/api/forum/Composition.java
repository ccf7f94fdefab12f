package org.practitionersforum.api.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.Specialism;

/**
 * A forum's declared composition (FR-5): single- or multi-discipline, single- or multi-specialism,
 * and a focus on an organisation or a locality.
 *
 * <p>A single-discipline forum names its discipline and admits only it; a multi-discipline forum
 * names none and needs at least two disciplines among its members to be active. The same holds for
 * specialisms.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableComposition.class)
@JsonDeserialize(as = ImmutableComposition.class)
public interface Composition {

  /** Whether a forum gathers one discipline or several. */
  enum Mix {
    /** One discipline (or specialism) only. */
    SINGLE,
    /** Several; at least two are needed for the forum to be active. */
    MULTI
  }

  /** Whose practitioners a forum gathers. */
  enum Focus {
    /** Practitioners of one organisation. */
    ORGANISATION,
    /** Practitioners of one locality, from any organisation. */
    LOCALITY
  }

  /**
   * Returns whether the forum is single- or multi-discipline.
   *
   * @return the discipline mix
   */
  Mix disciplineMix();

  /**
   * Returns the single discipline admitted; present exactly when the mix is {@link Mix#SINGLE}.
   *
   * @return the discipline, or empty for a multi-discipline forum
   */
  Optional<Discipline> discipline();

  /**
   * Returns whether the forum is single- or multi-specialism.
   *
   * @return the specialism mix
   */
  Mix specialismMix();

  /**
   * Returns the single specialism admitted; present exactly when the mix is {@link Mix#SINGLE}.
   *
   * @return the specialism, or empty for a multi-specialism forum
   */
  Optional<Specialism> specialism();

  /**
   * Returns the forum's focus.
   *
   * @return organisation or locality
   */
  Focus focus();

  /**
   * Checks that a single mix names its value and a multi mix does not.
   *
   * @throws InvalidInputException naming FR-5 if not
   */
  @Value.Check
  default void check() {
    if ((disciplineMix() == Mix.SINGLE) != discipline().isPresent()) {
      throw new InvalidInputException(
          "FR-5: a single-discipline composition must name its discipline, and a multi-discipline one must not");
    }
    if ((specialismMix() == Mix.SINGLE) != specialism().isPresent()) {
      throw new InvalidInputException(
          "FR-5: a single-specialism composition must name its specialism, and a multi-specialism one must not");
    }
  }

  /**
   * Returns a multi-discipline, multi-specialism composition with the given focus.
   *
   * @param focus organisation or locality
   * @return the composition
   */
  static Composition open(Focus focus) {
    return builder().disciplineMix(Mix.MULTI).specialismMix(Mix.MULTI).focus(focus).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Composition}s. */
  final class Builder extends ImmutableComposition.Builder {
    /** Creates an empty builder, the same as {@link Composition#builder()}. */
    public Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public Composition build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

package org.practitionersforum.api.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.Specialism;

/**
 * A forum's declared composition (FR-5): what it requires of its members' disciplines and
 * specialisms, and a focus on an organisation or a locality.
 *
 * <p>For disciplines, and the same for specialisms, the {@link Mix} is one of:
 *
 * <ul>
 *   <li>{@link Mix#SINGLE}: the forum names its discipline and admits only it;
 *   <li>{@link Mix#MULTI}: the forum names none, admits any, and needs at least two disciplines
 *       among its members to be active;
 *   <li>{@link Mix#ANY}: the forum names none, admits any, and requires nothing of the mix.
 * </ul>
 *
 * <p>The named factories say what each composition requires: {@link #anyMix(Focus)} (nothing),
 * {@link #multiDisciplinary(Focus)} (two disciplines or more), {@link #multiSpecialism(Focus)} (two
 * specialisms or more), {@link #multiDisciplineAndSpecialism(Focus)} (both). A single discipline or
 * specialism is declared through {@link #builder()}.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableComposition.class)
@JsonDeserialize(as = ImmutableComposition.class)
public interface Composition {

  /** What a forum requires of its members' disciplines (or specialisms). */
  enum Mix {
    /** One discipline (or specialism) only, named by the composition. */
    SINGLE,
    /** Several; at least two are needed for the forum to be active. */
    MULTI,
    /** No requirement: any discipline (or specialism) is admitted, and one is enough. */
    ANY
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
   * @return the discipline, or empty for a multi- or any-discipline forum
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
   * @return the specialism, or empty for a multi- or any-specialism forum
   */
  Optional<Specialism> specialism();

  /**
   * Returns the forum's focus.
   *
   * @return organisation or locality
   */
  Focus focus();

  /**
   * Checks that a single mix names its value and a multi or any mix does not.
   *
   * @throws InvalidInputException naming FR-5 if not
   */
  @Value.Check
  default void check() {
    if ((disciplineMix() == Mix.SINGLE) != discipline().isPresent()) {
      throw new InvalidInputException(
          "FR-5: a single-discipline composition must name its discipline, and a multi- or any-discipline one must not");
    }
    if ((specialismMix() == Mix.SINGLE) != specialism().isPresent()) {
      throw new InvalidInputException(
          "FR-5: a single-specialism composition must name its specialism, and a multi- or any-specialism one must not");
    }
  }

  /**
   * Returns a composition that requires nothing of its members' disciplines or specialisms: it
   * admits every practitioner within its focus, and a forum of one discipline and one specialism
   * may be active.
   *
   * @param focus organisation or locality
   * @return the composition
   * @throws InvalidInputException if the focus is null
   */
  static Composition anyMix(Focus focus) {
    return of(Mix.ANY, Mix.ANY, focus);
  }

  /**
   * Returns a multi-discipline composition: it admits any discipline and specialism, and needs
   * members of at least two disciplines to be active; it requires nothing of specialisms.
   *
   * @param focus organisation or locality
   * @return the composition
   * @throws InvalidInputException if the focus is null
   */
  static Composition multiDisciplinary(Focus focus) {
    return of(Mix.MULTI, Mix.ANY, focus);
  }

  /**
   * Returns a multi-specialism composition: it admits any discipline and specialism, and needs
   * members of at least two specialisms to be active; it requires nothing of disciplines.
   *
   * @param focus organisation or locality
   * @return the composition
   * @throws InvalidInputException if the focus is null
   */
  static Composition multiSpecialism(Focus focus) {
    return of(Mix.ANY, Mix.MULTI, focus);
  }

  /**
   * Returns a composition that is both multi-discipline and multi-specialism: it admits any
   * discipline and specialism, and needs members of at least two disciplines <em>and</em> at least
   * two specialisms to be active. A team all of one specialism (all adults' services, say) can
   * never make such a forum active: use {@link #multiDisciplinary(Focus)} for it.
   *
   * @param focus organisation or locality
   * @return the composition
   * @throws InvalidInputException if the focus is null
   */
  static Composition multiDisciplineAndSpecialism(Focus focus) {
    return of(Mix.MULTI, Mix.MULTI, focus);
  }

  /**
   * Returns a multi-discipline, multi-specialism composition with the given focus: the same as
   * {@link #multiDisciplineAndSpecialism(Focus)}, whose name says what it requires.
   *
   * @param focus organisation or locality
   * @return the composition
   * @throws InvalidInputException if the focus is null
   * @deprecated the name hides that it requires two disciplines <em>and</em> two specialisms; use
   *     {@link #multiDisciplineAndSpecialism(Focus)} for that, {@link #multiDisciplinary(Focus)} or
   *     {@link #multiSpecialism(Focus)} for one requirement, or {@link #anyMix(Focus)} for none
   */
  @Deprecated(since = "0.2.0")
  static Composition open(Focus focus) {
    return multiDisciplineAndSpecialism(focus);
  }

  private static Composition of(Mix disciplines, Mix specialisms, Focus focus) {
    Checks.notNull(focus, "focus");
    return builder().disciplineMix(disciplines).specialismMix(specialisms).focus(focus).build();
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
    /** Creates an empty builder; hosts obtain one from {@link Composition#builder()}. */
    Builder() {}

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

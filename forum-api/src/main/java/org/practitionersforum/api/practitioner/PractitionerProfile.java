package org.practitionersforum.api.practitioner;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * What the SDK knows of a front-line practitioner: the facts the formation rules need, and nothing
 * else. Names and contact details stay in the host system.
 *
 * <p>{@code toString()} redacts the identifiers of people.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutablePractitionerProfile.class)
@JsonDeserialize(as = ImmutablePractitionerProfile.class)
public interface PractitionerProfile {

  /**
   * Returns the host's identifier of the practitioner.
   *
   * @return the id
   */
  @Value.Redacted
  PractitionerId id();

  /**
   * Returns the practitioner's discipline.
   *
   * @return the discipline
   */
  Discipline discipline();

  /**
   * Returns the practitioner's specialism.
   *
   * @return the specialism
   */
  Specialism specialism();

  /**
   * Returns the base (office or team) where the practitioner works.
   *
   * @return the base
   */
  BaseId base();

  /**
   * Returns the practitioner's employing organisation.
   *
   * @return the organisation
   */
  OrganisationId organisation();

  /**
   * Returns the locality the practitioner works in.
   *
   * @return the locality
   */
  LocalityId locality();

  /**
   * Returns the practitioner's line manager, if the host knows one.
   *
   * @return the line manager, or empty
   */
  @Value.Redacted
  Optional<PractitionerId> lineManager();

  /**
   * Returns the optimistic version of the stored profile: 0 for a profile never stored.
   *
   * @return the version, never negative
   */
  @Value.Default
  default long version() {
    return 0;
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException if the practitioner is their own line manager or the version is
   *     negative
   */
  @Value.Check
  default void check() {
    if (lineManager().filter(id()::equals).isPresent()) {
      throw new InvalidInputException("FR-7: a practitioner cannot be their own line manager");
    }
    if (version() < 0) {
      throw new InvalidInputException("a profile version cannot be negative");
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

  /** Builds {@link PractitionerProfile}s. */
  final class Builder extends ImmutablePractitionerProfile.Builder {
    /** Creates an empty builder; hosts obtain one from {@link PractitionerProfile#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public PractitionerProfile build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

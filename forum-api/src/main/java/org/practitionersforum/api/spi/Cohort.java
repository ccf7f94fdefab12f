package org.practitionersforum.api.spi;

import java.util.Optional;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;

/**
 * The practitioners the k-gate counts (AN-4): every stored profile with the discipline, and with
 * each attribute that is present. An empty attribute matches any value.
 *
 * @param discipline the discipline every member has
 * @param specialism the specialism, or empty for any
 * @param base the base, or empty for any
 * @param locality the locality, or empty for any
 * @param organisation the organisation, or empty for every organisation
 */
public record Cohort(
    Discipline discipline,
    Optional<Specialism> specialism,
    Optional<BaseId> base,
    Optional<LocalityId> locality,
    Optional<OrganisationId> organisation) {

  /**
   * Creates a cohort.
   *
   * @param discipline the discipline every member has
   * @param specialism the specialism, or empty for any
   * @param base the base, or empty for any
   * @param locality the locality, or empty for any
   * @param organisation the organisation, or empty for every organisation
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public Cohort {
    Checks.notNull(discipline, "discipline");
    Checks.notNull(specialism, "specialism");
    Checks.notNull(base, "base");
    Checks.notNull(locality, "locality");
    Checks.notNull(organisation, "organisation");
  }

  /**
   * Tells whether a profile is in the cohort.
   *
   * @param profile a profile
   * @return true if it has the discipline and every attribute present
   */
  public boolean includes(PractitionerProfile profile) {
    return profile.discipline().equals(discipline)
        && specialism.map(profile.specialism()::equals).orElse(true)
        && base.map(profile.base()::equals).orElse(true)
        && locality.map(profile.locality()::equals).orElse(true)
        && organisation.map(profile.organisation()::equals).orElse(true);
  }

  /** Shows which attributes are matched, never their values. */
  @Override
  public String toString() {
    return "Cohort[specialism="
        + specialism.isPresent()
        + ", base="
        + base.isPresent()
        + ", locality="
        + locality.isPresent()
        + ", organisation="
        + organisation.isPresent()
        + "]";
  }
}

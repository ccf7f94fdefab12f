package org.practitionersforum.api.lesson;

import java.time.YearMonth;
import java.util.Optional;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;

/**
 * The author's quasi-identifiers (AN-4), captured from their profile when the lesson is submitted
 * and kept with the lesson after its author's identity is erased, so that the k-gate can be checked
 * at every publication. The role is always that of a practitioner, the only role that writes
 * lessons, so it is not stored; the period is the month of submission, in UTC.
 *
 * <p>Never shown to managers, never put in an event or log. {@code toString()} shows nothing of it.
 *
 * @param discipline the author's discipline
 * @param specialism the author's specialism
 * @param base the author's base
 * @param locality the author's locality
 * @param organisation the author's organisation
 * @param period the month the lesson was submitted
 */
public record QuasiIdentifiers(
    Discipline discipline,
    Specialism specialism,
    BaseId base,
    LocalityId locality,
    OrganisationId organisation,
    YearMonth period) {

  /**
   * Creates the quasi-identifiers.
   *
   * @param discipline the author's discipline
   * @param specialism the author's specialism
   * @param base the author's base
   * @param locality the author's locality
   * @param organisation the author's organisation
   * @param period the month the lesson was submitted
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public QuasiIdentifiers {
    Checks.notNull(discipline, "discipline");
    Checks.notNull(specialism, "specialism");
    Checks.notNull(base, "base");
    Checks.notNull(locality, "locality");
    Checks.notNull(organisation, "organisation");
    Checks.notNull(period, "period");
  }

  /**
   * Captures an author's quasi-identifiers from their profile.
   *
   * @param author the author's profile
   * @param period the month the lesson is submitted
   * @return the quasi-identifiers
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public static QuasiIdentifiers of(PractitionerProfile author, YearMonth period) {
    Checks.notNull(author, "author profile");
    return new QuasiIdentifiers(
        author.discipline(),
        author.specialism(),
        author.base(),
        author.locality(),
        author.organisation(),
        period);
  }

  /**
   * Returns what readers see of these quasi-identifiers at a disclosure.
   *
   * @param disclosure the rung of each ladder
   * @return the generalised attribution
   * @throws org.practitionersforum.api.InvalidInputException if the disclosure is missing
   */
  public Attribution at(Disclosure disclosure) {
    Checks.notNull(disclosure, "disclosure");
    Disclosure.Place place = disclosure.place();
    return new Attribution(
        disclosure,
        discipline,
        disclosure.practice() == Disclosure.Practice.SPECIALISM
            ? Optional.of(specialism)
            : Optional.empty(),
        place == Disclosure.Place.BASE ? Optional.of(base) : Optional.empty(),
        place != Disclosure.Place.ORGANISATION ? Optional.of(locality) : Optional.empty(),
        organisation,
        Attribution.period(period, disclosure.period()));
  }

  /** Shows nothing of the author. */
  @Override
  public String toString() {
    return "QuasiIdentifiers[redacted]";
  }
}

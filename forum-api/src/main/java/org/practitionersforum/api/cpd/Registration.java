package org.practitionersforum.api.cpd;

import java.time.LocalDate;
import java.util.Optional;
import org.practitionersforum.api.internal.Checks;

/**
 * A practitioner's registration with a regulator, as far as the SDK needs it to place their CPD
 * period (CPD-1): the regulator's id and, for a regulator whose periods run from each registrant's
 * own date, the date their current registration is next renewed or revalidated. The host passes it
 * on each call; the SDK stores none. It holds no registration number or other personal data.
 *
 * @param regulator the regulator's id, as {@link Regulator#id()}: non-blank, single line
 * @param renewalDate the date the registration is next renewed or revalidated (NMC revalidation,
 *     HCPC renewal), or empty for a regulator whose year is the same for everyone
 */
public record Registration(String regulator, Optional<LocalDate> renewalDate) {

  /**
   * Creates the registration.
   *
   * @param regulator the regulator's id
   * @param renewalDate the renewal or revalidation date, or empty
   * @throws org.practitionersforum.api.InvalidInputException if the id is not valid or an argument
   *     is missing
   */
  public Registration {
    Checks.id(regulator, "regulator id");
    Checks.notNull(renewalDate, "renewal date");
  }

  /**
   * Returns a registration with a regulator whose year is the same for everyone.
   *
   * @param regulator the regulator's id
   * @return the registration
   * @throws org.practitionersforum.api.InvalidInputException if the id is not valid
   */
  public static Registration with(String regulator) {
    return new Registration(regulator, Optional.empty());
  }

  /**
   * Returns a registration next renewed or revalidated on a date.
   *
   * @param regulator the regulator's id
   * @param renewalDate the date
   * @return the registration
   * @throws org.practitionersforum.api.InvalidInputException if the id is not valid or the date is
   *     missing
   */
  public static Registration renewedOn(String regulator, LocalDate renewalDate) {
    return new Registration(regulator, Optional.of(Checks.notNull(renewalDate, "renewal date")));
  }
}

package org.practitionersforum.api.cpd;

import java.time.LocalDate;
import java.util.List;
import org.practitionersforum.api.security.Actor;

/**
 * A practitioner's CPD evidence in their regulators' shapes (CPD-1): readiness for the registration
 * period and the regulator-shaped export. The evidence is the practitioner's own CPD record over
 * the period and their own private notes on sessions in it, so, as for notes (CPD-2), only a
 * practitioner acting for themselves has access: every other role is refused with a {@link
 * org.practitionersforum.api.PermissionDeniedException} naming CPD-2 before anything is read.
 * Nothing is written, audited or published. Implementations are thread-safe.
 *
 * <p>Needs a storage whose transactions keep notes ({@link
 * org.practitionersforum.api.spi.CpdTransaction}); on any other both methods fail with a
 * non-retryable {@link org.practitionersforum.api.spi.StorageException}.
 */
public interface CpdService {

  /**
   * Returns the regulators this SDK knows: the built-in ones, then those the host registered.
   *
   * @return the regulators, in that order
   */
  List<Regulator> regulators();

  /**
   * Checks the author's evidence for the registration period that a date falls in.
   *
   * @param author a practitioner, acting for themselves
   * @param registration their registration, naming one of {@link #regulators()}
   * @param asOf the date, which places the period
   * @return each requirement met or not, and a one-line summary
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not a
   *     practitioner acting for themselves
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if no regulator has the
   *     registration's id or the registration lacks what the regulator needs, or if an argument is
   *     missing
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no notes
   */
  Readiness readiness(Actor author, Registration registration, LocalDate asOf);

  /**
   * Writes the author's evidence for the registration period that a date falls in, in the
   * regulator's shape.
   *
   * @param author a practitioner, acting for themselves
   * @param registration their registration, naming one of {@link #regulators()}
   * @param asOf the date, which places the period
   * @param format JSON, CSV or Markdown
   * @return the document
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not a
   *     practitioner acting for themselves
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if no regulator has the
   *     registration's id or the registration lacks what the regulator needs, or if an argument is
   *     missing
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no notes
   */
  String regulatorExport(Actor author, Registration registration, LocalDate asOf, Format format);
}

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
 * <p>A practitioner may also store their own {@link RegistrantProfile}: the regulators they are
 * registered with and the dates their periods need, and the reflective discussions they had for NMC
 * revalidation. The profile is theirs alone (CPD-1): every other role, managers included, is
 * refused with a {@link org.practitionersforum.api.PermissionDeniedException} naming CPD-1. The
 * overloads without a {@link Registration} use it, for the period each regulator places around
 * today (the SDK's clock). A change to the profile is audited on the owner's own chain, naming no
 * regulator and no date, and publishes no event. Erasure removes the profile; subject access
 * exports it.
 *
 * <p>Needs a storage whose transactions keep notes ({@link
 * org.practitionersforum.api.spi.CpdTransaction}), and for the profile one that keeps profiles
 * ({@link org.practitionersforum.api.spi.RegistrantTransaction}); on any other the methods that
 * need them fail with a non-retryable {@link org.practitionersforum.api.spi.StorageException}.
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

  /**
   * Returns the owner's registrant profile.
   *
   * @param owner a practitioner, acting for themselves
   * @return the stored profile, or an empty one at version 0 if none is stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-1 if the actor is not a
   *     practitioner acting for themselves
   * @throws org.practitionersforum.api.InvalidInputException if the actor is missing
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no profiles
   */
  RegistrantProfile profile(Actor owner);

  /**
   * Records the owner's registration with a regulator in their profile, replacing an earlier one
   * with the same regulator.
   *
   * @param owner a practitioner, acting for themselves
   * @param registration the registration, naming one of {@link #regulators()}, with the date the
   *     regulator's period needs
   * @return the stored profile
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-1 if the actor is not a
   *     practitioner acting for themselves
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if no regulator has the
   *     registration's id, the registration lacks what the regulator needs, or the profile would
   *     hold too many registrations; or if an argument is missing. Nothing is stored.
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no profiles
   */
  RegistrantProfile register(Actor owner, Registration registration);

  /**
   * Removes the owner's registration with a regulator from their profile. A profile left with
   * nothing in it is deleted.
   *
   * @param owner a practitioner, acting for themselves
   * @param regulator the regulator's id
   * @return the stored profile, or an empty one at version 0 if it was deleted
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-1 if the actor is not a
   *     practitioner acting for themselves
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if the profile records no
   *     registration with the regulator, or if an argument is missing. Nothing is stored.
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no profiles
   */
  RegistrantProfile deregister(Actor owner, String regulator);

  /**
   * Records that the owner had a reflective discussion with another NMC registrant on a date. The
   * SDK cannot verify it and stores nothing about the other registrant: readiness shows it as
   * recorded by the owner, not verified.
   *
   * @param owner a practitioner, acting for themselves
   * @param heldOn the date it took place: today or earlier
   * @return the stored profile
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-1 if the actor is not a
   *     practitioner acting for themselves
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if the date is after
   *     today or the profile would hold too many discussions, or if an argument is missing. Nothing
   *     is stored.
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no profiles
   */
  RegistrantProfile recordReflectiveDiscussion(Actor owner, LocalDate heldOn);

  /**
   * Checks the author's evidence for every regulator in their stored profile, each for the period
   * it places around today.
   *
   * @param author a practitioner, acting for themselves
   * @return one readiness per recorded registration, in the profile's order; empty if none
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not a
   *     practitioner acting for themselves
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if a recorded regulator
   *     is no longer known to this SDK, or if the actor is missing
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no notes or no
   *     profiles
   */
  List<Readiness> readiness(Actor author);

  /**
   * Writes the author's evidence for a regulator in their stored profile, for the period it places
   * around today, in the regulator's shape.
   *
   * @param author a practitioner, acting for themselves
   * @param regulator the regulator's id, recorded in the author's profile
   * @param format JSON, CSV or Markdown
   * @return the document
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not a
   *     practitioner acting for themselves
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if no regulator has the
   *     id or the profile records no registration with it, or if an argument is missing
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no notes or no
   *     profiles
   */
  String regulatorExport(Actor author, String regulator, Format format);
}

package org.practitionersforum.api.privacy;

import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;

/**
 * A practitioner's rights over their personal data (SEC-3): erasure on request, subject access, and
 * the retention periods each organisation sets.
 *
 * <p>Errors: {@link org.practitionersforum.api.InvalidInputException} for a missing argument,
 * {@link org.practitionersforum.api.PermissionDeniedException} (naming SEC-1 and SEC-3) when the
 * actor may not act so, leaving stored state unchanged, {@link
 * org.practitionersforum.api.NotFoundException} when the SDK holds nothing about the practitioner,
 * and {@link org.practitionersforum.api.spi.StorageException} when the storage fails or does not
 * support erasure.
 *
 * <p>Thread-safe.
 */
public interface PrivacyService {

  /**
   * Erases a practitioner's personal data, in one unit of work: all of it or nothing.
   *
   * <p>The profile is removed. The practitioner leaves every forum they are a member of that is not
   * closed, under the same rules as leaving (FR-4, FR-8: an active forum left below its rules is
   * suspended, with the reason in its history). Everything that must stay for the record to stay
   * consistent (a closed forum's membership, facilitations, agreements and objections to terms of
   * reference, attendance at sessions) names, instead of the practitioner, one pseudonymous token
   * made for this erasure: random, irreversible, the same everywhere, and never returned.
   * Agreements keep their version and content hash, so every other party's receipt still verifies.
   * The reason of an objection, written by the practitioner, is replaced by a fixed text. Open
   * invitations to the practitioner are removed; a forum they sponsor loses its sponsor; a profile
   * that names them as line manager no longer does.
   *
   * @param actor an administrator
   * @param practitioner the practitioner
   * @return what was removed and pseudonymised, in counts; never an identifier of the person
   * @throws org.practitionersforum.api.PermissionDeniedException unless the actor is an
   *     administrator
   * @throws org.practitionersforum.api.NotFoundException if the SDK holds nothing about the
   *     practitioner (for example, after an earlier erasure)
   */
  ErasureReceipt erase(Actor actor, PractitionerId practitioner);

  /**
   * Exports everything the SDK holds about a practitioner (UK GDPR Article 15), as a JSON object:
   * {@code profile}, {@code memberships}, {@code invitationsReceived}, {@code invitationsSent},
   * {@code facilitations}, {@code sponsorships}, {@code agreements}, {@code objections}, {@code
   * attendance}, {@code lineManagerOf} (a count: the profiles are other people's), and {@code
   * heldInOtherForms}, which says per category what the SDK keeps only pseudonymised or in
   * aggregate, why, and what erasure would do. Times are ISO-8601 strings.
   *
   * @param actor an administrator, or the practitioner themselves
   * @param practitioner the practitioner
   * @return the JSON text
   * @throws org.practitionersforum.api.PermissionDeniedException unless the actor is an
   *     administrator or the practitioner
   * @throws org.practitionersforum.api.NotFoundException if the SDK holds nothing about the
   *     practitioner
   */
  String export(Actor actor, PractitionerId practitioner);

  /**
   * Applies every organisation's {@link RetentionSettings} at the SDK clock's time: removes the
   * sessions, with their attendance, of forums closed longer ago than the sessions' period, and the
   * attendance of forums closed longer ago than the attendance's period. Each session is changed in
   * its own unit of work, so a long run holds no long transaction. A host schedules this call.
   *
   * @param actor an administrator or the system
   * @return how much was removed
   * @throws org.practitionersforum.api.PermissionDeniedException unless the actor is an
   *     administrator or the system
   */
  RetentionReport applyRetention(Actor actor);
}

package org.practitionersforum.api.cpd;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;

/**
 * Protected study time (CPD-3): an organisation grants each practitioner time a year for study and
 * reflection, a default and per-practitioner grants; the study and reflective sessions a
 * practitioner attended draw on it, each moment counted once however sessions overlap.
 *
 * <p>Who does what (the access policy's rows): an administrator sets the organisation's policy and
 * the practitioners' own grants (an organisation may let managers set them too); a practitioner
 * acting for themselves sees their own granted, used and remaining time, and nobody else sees it;
 * managers and administrators see totals per forum or per base, with the number of practitioners
 * suppressed below the organisation's threshold and no figure at all for such a group. No operation
 * publishes an event; changes are audited without the time granted.
 *
 * <p>Needs a storage whose transactions keep study time ({@link
 * org.practitionersforum.api.spi.StudyTimeTransaction}); on any other every method fails with a
 * non-retryable {@link org.practitionersforum.api.spi.StorageException}. Implementations are
 * thread-safe.
 */
public interface StudyTimeService {

  /**
   * Sets an organisation's protected study time: the default time a year and the month its year
   * starts.
   *
   * @param actor an administrator (or a role the organisation's policy allows)
   * @param organisation the organisation
   * @param defaultGrant the time granted a year to a practitioner with no grant of their own
   * @param yearStarts the month the year starts
   * @return the stored policy
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-3 if the actor may not
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-3 if the time is negative,
   *     too large or not in whole minutes, or if an argument is missing. Nothing is stored.
   */
  StudyTimePolicy setPolicy(
      Actor actor, OrganisationId organisation, Duration defaultGrant, Month yearStarts);

  /**
   * Grants a practitioner time of their own, replacing the organisation's default for them.
   *
   * @param actor an administrator (or a role the organisation's policy allows)
   * @param practitioner a practitioner with a profile
   * @param grant the time granted a year
   * @return the stored grant
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-3 if the actor may not
   * @throws org.practitionersforum.api.NotFoundException if the practitioner has no profile
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-3 if the time is not valid,
   *     or if an argument is missing. Nothing is stored.
   */
  StudyTimeGrant grant(Actor actor, PractitionerId practitioner, Duration grant);

  /**
   * Removes a practitioner's own grant: the organisation's default applies to them again.
   *
   * @param actor an administrator (or a role the organisation's policy allows)
   * @param practitioner the practitioner
   * @return true if a grant was removed
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-3 if the actor may not
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  boolean removeGrant(Actor actor, PractitionerId practitioner);

  /**
   * Returns the actor's own protected study time for the organisation's year a date falls in.
   *
   * @param practitioner a practitioner, acting for themselves
   * @param asOf the date, which places the year
   * @return granted, used and remaining; nothing granted, from April, to a practitioner with no
   *     profile (they belong to no organisation)
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-3 if the actor is not a
   *     practitioner acting for themselves
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  StudyTimeUse mine(Actor practitioner, LocalDate asOf);

  /**
   * Returns the totals of a forum's current members employed by the forum's organisation, for the
   * organisation's year a date falls in.
   *
   * @param actor a manager or administrator
   * @param forum the forum
   * @param asOf the date, which places the year
   * @return the totals, suppressed for a small group
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-3 if the actor may not
   * @throws org.practitionersforum.api.NotFoundException if there is no such forum
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  StudyTimeAggregate forumTotals(Actor actor, ForumId forum, LocalDate asOf);

  /**
   * Returns the totals of an organisation's practitioners at a base, for the organisation's year a
   * date falls in.
   *
   * @param actor a manager or administrator
   * @param organisation the organisation
   * @param base the base
   * @param asOf the date, which places the year
   * @return the totals, suppressed for a small group
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-3 if the actor may not
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  StudyTimeAggregate baseTotals(
      Actor actor, OrganisationId organisation, BaseId base, LocalDate asOf);
}

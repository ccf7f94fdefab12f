package org.practitionersforum.api.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.practitionersforum.api.cpd.StudyTimeGrant;
import org.practitionersforum.api.cpd.StudyTimePolicy;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * Stores protected study time (CPD-3), with optimistic versions: each organisation's {@link
 * StudyTimePolicy} and each practitioner's own {@link StudyTimeGrant}; and computes a group's
 * totals in one aggregate query. Part of a {@link StudyTimeTransaction}.
 *
 * <p><b>Used time</b>, the rule both totals follow: for each practitioner, the sessions they were
 * recorded present at are taken in order of start, then of session id; each is credited with its
 * time not already covered by an earlier one (of any mode, including sessions that started up to
 * {@link org.practitionersforum.api.session.Session#MAX_DURATION} before the window); the credit of
 * those that started within the window and are study sessions (they record a reading) or reflective
 * sessions is their used time. This is the CPD record's rule (CPD-1), so no time is counted twice.
 */
public interface StudyTimeStore {

  /**
   * Reads an organisation's policy.
   *
   * @param organisation the organisation
   * @return the policy at its stored version, or empty
   */
  Optional<StudyTimePolicy> findPolicy(OrganisationId organisation);

  /**
   * Stores a new policy.
   *
   * @param policy the policy, at version 0
   * @return the stored policy, at version 1
   * @throws org.practitionersforum.api.DuplicateException if the organisation has a policy already
   * @throws IllegalArgumentException if the version is not 0
   */
  StudyTimePolicy insertPolicy(StudyTimePolicy policy);

  /**
   * Replaces a stored policy.
   *
   * @param policy the policy, carrying the version it was read at
   * @return the stored policy, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the policy's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such policy
   */
  StudyTimePolicy updatePolicy(StudyTimePolicy policy);

  /**
   * Reads a practitioner's own grant.
   *
   * @param practitioner the practitioner
   * @return the grant at its stored version, or empty
   */
  Optional<StudyTimeGrant> findGrant(PractitionerId practitioner);

  /**
   * Stores a new grant.
   *
   * @param grant the grant, at version 0
   * @return the stored grant, at version 1
   * @throws org.practitionersforum.api.DuplicateException if the practitioner has a grant already
   * @throws IllegalArgumentException if the version is not 0
   */
  StudyTimeGrant insertGrant(StudyTimeGrant grant);

  /**
   * Replaces a stored grant.
   *
   * @param grant the grant, carrying the version it was read at
   * @return the stored grant, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the grant's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such grant
   */
  StudyTimeGrant updateGrant(StudyTimeGrant grant);

  /**
   * Deletes a stored grant.
   *
   * @param grant the grant, carrying the version it was read at
   * @throws ConcurrentUpdateException if the stored version is not the grant's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such grant
   */
  void deleteGrant(StudyTimeGrant grant);

  /**
   * Computes the totals of a forum's current members whose profile names the organisation: their
   * number, the time granted to them (each their own grant, or the default) and the time they used
   * in the window, by the rule in this interface's description.
   *
   * @param forum the forum
   * @param organisation the organisation
   * @param defaultGrant the time granted to a practitioner with no grant of their own
   * @param from the start of the window, inclusive
   * @param until the end of the window, exclusive
   * @return the exact totals; all zero for an unknown forum
   */
  StudyTimeTotals forumTotals(
      ForumId forum,
      OrganisationId organisation,
      Duration defaultGrant,
      Instant from,
      Instant until);

  /**
   * Computes the totals of the practitioners whose profile names the organisation and the base, as
   * {@link #forumTotals} does for a forum's members.
   *
   * @param base the base
   * @param organisation the organisation
   * @param defaultGrant the time granted to a practitioner with no grant of their own
   * @param from the start of the window, inclusive
   * @param until the end of the window, exclusive
   * @return the exact totals
   */
  StudyTimeTotals baseTotals(
      BaseId base, OrganisationId organisation, Duration defaultGrant, Instant from, Instant until);
}

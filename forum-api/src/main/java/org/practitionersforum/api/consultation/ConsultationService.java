package org.practitionersforum.api.consultation;

import java.time.LocalDate;
import java.util.List;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.ContentHash;

/**
 * Consultation rounds (CR-1 to CR-4): a manager opens a formative round with a response window of
 * at least the organisation's minimum; each invited forum whose terms of reference are in force
 * drafts a response, which counts only once every current member has agreed its exact content;
 * management publishes a disposition for every recommendation of the agreed responses; the round
 * closes only once every recommendation has one, and overdue dispositions are listed.
 *
 * <p>A forum may answer a consultation once its terms are in force (TR-4): the terms model has no
 * separate consent to consultation, because every agreed version already states what may be shared
 * with managers and how. The parties to a response are the forum's current members: neither the
 * facilitator nor the sponsoring manager agrees a forum's answer to management.
 *
 * <p>Every command checks the actor's permission with the organisation's access policy (SEC-1),
 * lists every broken rule at once in a {@link org.practitionersforum.api.RuleViolationException},
 * changes nothing when refused, writes one audit record (SEC-2) and publishes its events through
 * the outbox. Managers see only agreed responses, never drafts nor who agreed (SEC-1).
 *
 * <p>Implementations are thread-safe.
 */
public interface ConsultationService {

  /**
   * A manager opens a round (CR-1, CR-2). Each invited forum gets a {@link
   * org.practitionersforum.api.event.ConsultationOpened} event.
   *
   * @param manager the manager
   * @param request what the round asks, of which forums, when
   * @return the round as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-1 if the actor is not a
   *     manager
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: no
   *     formative declaration, dates reversed or in the past, a window below the minimum without a
   *     reason, unknown forums or forums of another organisation
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or a text is
   *     blank or too long
   * @throws org.practitionersforum.api.DuplicateException if a round with that id exists
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no rounds
   */
  ConsultationRound open(Actor manager, RoundRequest request);

  /**
   * A member drafts their forum's response, or replaces the draft; every agreement given to the
   * earlier content is removed (CR-3).
   *
   * @param member a member of the forum
   * @param round the round
   * @param forum the forum
   * @param content the response
   * @return the round as the member sees it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-3 if the actor is not a
   *     member of the forum
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: the forum
   *     is not invited, its terms are not in force, it is closed, the window is not open, the round
   *     is closed, the response is agreed already
   * @throws org.practitionersforum.api.NotFoundException if there is no such round or forum
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  ConsultationRound respond(Actor member, RoundId round, ForumId forum, ResponseContent content);

  /**
   * A member agrees their forum's response, naming the hash of the content they read (CR-3). When
   * every current member has agreed that content, the response is agreed and released, and its
   * recommendations are received.
   *
   * @param member a member of the forum
   * @param round the round
   * @param forum the forum
   * @param hash the hash of the content agreed
   * @return the round as the member sees it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-3 if the actor is not a
   *     member of the forum
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: no
   *     response, a hash that is not the current content's, already agreed, the window is not open,
   *     the round is closed, the forum's terms are not in force
   * @throws org.practitionersforum.api.NotFoundException if there is no such round or forum
   */
  ConsultationRound agree(Actor member, RoundId round, ForumId forum, ContentHash hash);

  /**
   * A manager publishes the disposition of a recommendation (CR-4), replacing an earlier one. The
   * forum that made it gets a {@link org.practitionersforum.api.event.RecommendationDisposed}
   * event.
   *
   * @param manager a manager
   * @param round the round
   * @param recommendation the recommendation, of that round
   * @param disposition the disposition
   * @return the round as the manager sees it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-4 if the actor is not a
   *     manager
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: the
   *     recommendation is of another round or was never received, the round is closed
   * @throws org.practitionersforum.api.NotFoundException if there is no such round
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  ConsultationRound dispose(
      Actor manager, RoundId round, RecommendationId recommendation, Disposition disposition);

  /**
   * A manager records a dated change of an adopted or adapted recommendation's implementation
   * status, with its evidence note (CR-5), in an open or a closed round. The forum that made it
   * gets a {@link org.practitionersforum.api.event.RecommendationProgressed} event. The time of the
   * change is the SDK's clock's; the {@code at} of the given change is replaced.
   *
   * @param manager a manager
   * @param round the round
   * @param recommendation the recommendation, of that round
   * @param change the status, percentage, reason and evidence note
   * @return the round as the manager sees it; the recommendation's history holds the change
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-5 if the actor is not a
   *     manager
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: the
   *     recommendation is of another round or unknown, not adopted or adapted, or its tracking
   *     ended with an implemented or abandoned change
   * @throws org.practitionersforum.api.NotFoundException if there is no such round
   */
  ConsultationRound track(
      Actor manager, RoundId round, RecommendationId recommendation, StatusChange change);

  /**
   * A manager closes a round: refused naming CR-4 while any recommendation has no published
   * disposition, and naming CR-2 before its close date.
   *
   * @param manager a manager
   * @param round the round
   * @return the round as the manager sees it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-4 if the actor is not a
   *     manager
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule
   * @throws org.practitionersforum.api.NotFoundException if there is no such round
   */
  ConsultationRound close(Actor manager, RoundId round);

  /**
   * Reads a round as the actor may see it (SEC-1): a manager sees agreed responses without their
   * agreements; a practitioner sees their own forums' responses whole and the others' agreed ones
   * without agreements; administrators and the system see everything.
   *
   * @param actor who reads
   * @param round the round
   * @return the round as seen
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor may not
   *     read rounds
   * @throws org.practitionersforum.api.NotFoundException if there is no such round
   */
  ConsultationRound get(Actor actor, RoundId round);

  /**
   * Lists the organisation's overdue dispositions on a date (CR-4): each recommendation received in
   * a round whose close date plus the organisation's disposition period is before the date, and
   * with no published disposition. Anyone may run it; it shows no text.
   *
   * @param actor who asks
   * @param organisation the organisation
   * @param asOf the date
   * @return the overdue dispositions, by round, forum and number
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  List<OverdueDisposition> overdue(Actor actor, OrganisationId organisation, LocalDate asOf);

  /**
   * Lists a recommendation's repeat links (CR-6): those the matcher suggested when its response was
   * agreed, to earlier recommendations of the organisation from any forum, and those later ones
   * suggested to it, each suggested, confirmed or rejected. Shows no text and no person.
   *
   * @param actor who reads: anyone who reads the organisation's rounds
   * @param recommendation the recommendation
   * @return the links, ordered by newer then earlier recommendation
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-6 if the actor may not
   *     read them
   * @throws org.practitionersforum.api.NotFoundException if the recommendation was never received
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no repeats
   */
  List<RepeatLink> repeatLinks(Actor actor, RecommendationId recommendation);

  /**
   * A manager confirms a suggested link (CR-6): the two recommendations join one repeat group,
   * linked and not merged; each keeps its round, forum and date. When the group has been raised
   * again another {@link ConsultationSettings#escalateAfterRepeats()} times without any of it being
   * implemented, it escalates one tier ({@link ManagementTier}), once, and each forum of the group
   * gets a {@link org.practitionersforum.api.event.RecommendationEscalated} event.
   *
   * @param manager a manager of the organisation
   * @param newer the later recommendation of the link
   * @param earlier the earlier one
   * @return the confirmed link
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-6 if the actor is not a
   *     manager of the organisation
   * @throws org.practitionersforum.api.RuleViolationException naming CR-6: the pair was never
   *     suggested, is decided already, or the recommendations are of two organisations
   * @throws org.practitionersforum.api.NotFoundException if a recommendation was never received
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no repeats
   */
  RepeatLink confirmRepeat(Actor manager, RecommendationId newer, RecommendationId earlier);

  /**
   * A manager rejects a suggested link (CR-6). The rejection is remembered: the pair is never
   * suggested again.
   *
   * @param manager a manager of the organisation
   * @param newer the later recommendation of the link
   * @param earlier the earlier one
   * @return the rejected link
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-6 if the actor is not a
   *     manager of the organisation
   * @throws org.practitionersforum.api.RuleViolationException naming CR-6: the pair was never
   *     suggested, is decided already, or the recommendations are of two organisations
   * @throws org.practitionersforum.api.NotFoundException if a recommendation was never received
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no repeats
   */
  RepeatLink rejectRepeat(Actor manager, RecommendationId newer, RecommendationId earlier);

  /**
   * Returns a recommendation's ledger line (CR-6): "raised N times since DATE; implemented: no",
   * with the tier its repeat group escalated to.
   *
   * @param actor who reads: anyone who reads the organisation's rounds
   * @param recommendation the recommendation
   * @return the record
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-6 if the actor may not
   *     read it
   * @throws org.practitionersforum.api.NotFoundException if the recommendation was never received
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no repeats
   */
  RepeatRecord repeats(Actor actor, RecommendationId recommendation);

  /**
   * Matches a received recommendation against the earlier ones of its organisation again (CR-6),
   * for example after the host changed its matcher, suggesting each match not yet linked. A pair
   * once suggested, confirmed or rejected is never suggested again.
   *
   * @param manager a manager of the organisation
   * @param recommendation the recommendation
   * @return the links suggested now
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-6 if the actor is not a
   *     manager of the organisation
   * @throws org.practitionersforum.api.NotFoundException if the recommendation was never received
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no repeats
   */
  List<RepeatLink> matchAgain(Actor manager, RecommendationId recommendation);
}

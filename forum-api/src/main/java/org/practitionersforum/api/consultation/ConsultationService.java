package org.practitionersforum.api.consultation;

import java.time.LocalDate;
import java.util.List;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
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
   * Lists, for each active forum of an organisation, when its next meeting with managers is due
   * (CR-2): the organisation's {@link ConsultationSettings#meetingsPerYear()} spread over the year
   * ({@code 365 / meetingsPerYear} days), counted from the opening date of the forum's last round
   * run as a {@link RoundMode#MEETING meeting}, or from the day the forum first became active.
   * Anyone may run it; it shows no person and no text.
   *
   * @param actor who asks
   * @param organisation the organisation
   * @param asOf the date a due date is overdue after
   * @return one line per forum that has been active, in ascending order of forum id
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   * @throws org.practitionersforum.api.spi.StorageException if the storage cannot list the
   *     organisation's forums or meeting rounds
   */
  List<MeetingDue> meetingsDue(Actor actor, OrganisationId organisation, LocalDate asOf);

  /**
   * The forum's facilitator records its mandate to a current member to represent it in the
   * organisation's central group (CR-7), from today until the end date.
   *
   * @param facilitator the forum's facilitator
   * @param forum the forum
   * @param member the member mandated
   * @param scope what the representative may speak for the forum on
   * @param endsOn the last day of the mandate, after today
   * @return the forum's representation, as the facilitator sees it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-7 if the actor is not
   *     the forum's facilitator
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: the person
   *     is not a current member, already holds an unexpired mandate, the end date is not after
   *     today, the forum is closed
   * @throws org.practitionersforum.api.NotFoundException if there is no such forum
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or the scope
   *     is blank or too long
   */
  Representation mandate(
      Actor facilitator, ForumId forum, PractitionerId member, String scope, LocalDate endsOn);

  /**
   * The forum's facilitator revokes a mandate that still holds (CR-7).
   *
   * @param facilitator the forum's facilitator
   * @param forum the forum
   * @param mandate the mandate's number
   * @return the forum's representation, as the facilitator sees it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-7 if the actor is not
   *     the forum's facilitator
   * @throws org.practitionersforum.api.RuleViolationException naming CR-7 if there is no such
   *     mandate or it no longer holds
   * @throws org.practitionersforum.api.NotFoundException if there is no such forum
   */
  Representation revokeMandate(Actor facilitator, ForumId forum, int mandate);

  /**
   * A manager records a meeting of the organisation's central group and the representatives who
   * attended (CR-7): each must report back to their forum within the organisation's {@link
   * ConsultationSettings#reportBackDays()} of the meeting.
   *
   * @param manager a manager
   * @param meeting the meeting
   * @return the report backs now owed, one per attending representative
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-7 if the actor is not a
   *     manager
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: a forum
   *     unknown or of another organisation, an attendee who is not a current member of their forum
   *     or holds no mandate on the meeting's day and today, the meeting in the future or recorded
   *     already
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing, or there
   *     are no attendees, too many, or one named twice
   */
  List<MissingReportBack> recordCentralMeeting(Actor manager, CentralMeeting meeting);

  /**
   * A representative records their report back to their forum on a central meeting they attended
   * (CR-7), dated today. The summary is the forum's alone: managers never read it.
   *
   * @param representative the representative, a member of the forum
   * @param forum the forum
   * @param meeting the meeting
   * @param summary a short summary, for the forum
   * @return the forum's representation, as the representative sees it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-7 if the actor is not a
   *     member of the forum
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: no
   *     unexpired mandate, did not attend, reported already
   * @throws org.practitionersforum.api.NotFoundException if there is no such forum
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or the
   *     summary is blank or too long
   */
  Representation reportBack(Actor representative, ForumId forum, MeetingId meeting, String summary);

  /**
   * Reads a forum's representation (CR-7): its members see it whole; its facilitator and managers
   * see it without the report backs' summaries (SEC-1).
   *
   * @param actor who reads
   * @param forum the forum
   * @return the representation as seen; empty lists if the forum has mandated nobody
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-7 if the actor may not
   *     read it
   * @throws org.practitionersforum.api.NotFoundException if there is no such forum
   */
  Representation representation(Actor actor, ForumId forum);

  /**
   * Lists an organisation's missing report backs on a date (CR-7): each attendance at a central
   * meeting with no report back yet, marked overdue once its last day has passed. Anyone may run
   * it; it shows no person and no content.
   *
   * @param actor who asks
   * @param organisation the organisation
   * @param asOf the date
   * @return the missing report backs, by forum, meeting date and meeting
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  List<MissingReportBack> missingReportBacks(
      Actor actor, OrganisationId organisation, LocalDate asOf);

  /**
   * A member of a forum records a participant's consent to their individual input being used, in
   * aggregate, in the forum's response to a round (CR-3). The participant is named here only.
   *
   * @param member a member of the forum
   * @param round the round
   * @param forum the forum
   * @param consent the consent's id, chosen by the host
   * @param participant the participant
   * @return the round as the member sees it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-3 if the actor is not a
   *     member of the forum
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: the
   *     response is agreed already, or the forum may not answer the round now
   * @throws org.practitionersforum.api.DuplicateException if the round has a consent with that id
   * @throws org.practitionersforum.api.NotFoundException if there is no such round or forum
   */
  ConsultationRound recordConsent(
      Actor member, RoundId round, ForumId forum, ConsentId consent, PersonId participant);

  /**
   * A member attaches a piece of individual input to their forum's draft response (CR-3): the text
   * is run through the SDK's anonymiser first and refused if it holds an identifier the anonymiser
   * finds and cannot remove; it is kept anonymised, under a consent that holds. Every agreement to
   * the draft is removed, as an edit removes them.
   *
   * @param member a member of the forum
   * @param round the round
   * @param forum the forum
   * @param consent the participant's consent
   * @param kind a survey answer or a focus-group quote
   * @param theme the survey question, or the quote's theme
   * @param text the answer, or the quote
   * @return the round as the member sees it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-3 if the actor is not a
   *     member of the forum
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: no draft,
   *     the response agreed already, no consent that holds, an identifier left in the text
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or a text is
   *     blank or too long
   * @throws org.practitionersforum.api.NotFoundException if there is no such round or forum
   */
  ConsultationRound attachInput(
      Actor member,
      RoundId round,
      ForumId forum,
      ConsentId consent,
      InputKind kind,
      String theme,
      String text);

  /**
   * A member records that a participant revoked their consent, before the response is agreed
   * (CR-3): the input attached under it is removed, and every agreement to the draft with it.
   *
   * @param member a member of the forum
   * @param round the round
   * @param forum the forum
   * @param consent the consent
   * @return the round as the member sees it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-3 if the actor is not a
   *     member of the forum
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: the
   *     response is agreed already, no such consent that holds
   * @throws org.practitionersforum.api.NotFoundException if there is no such round or forum
   */
  ConsultationRound revokeConsent(Actor member, RoundId round, ForumId forum, ConsentId consent);

  /**
   * Reads a forum response's individual input in aggregate (CR-3), counts suppressed below the
   * organisation's threshold, quotes attributed generically. Anyone who may read the round sees the
   * aggregate of an agreed response; the forum's members also see their draft's.
   *
   * @param actor who reads
   * @param round the round
   * @param forum the forum
   * @return the summary; empty lists when there is nothing the reader may see
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor may not
   *     read rounds
   * @throws org.practitionersforum.api.NotFoundException if there is no such round
   */
  InputSummary inputSummary(Actor actor, RoundId round, ForumId forum);

  /**
   * Reads an organisation's engagement metrics (CR-8): per manager and per service, over the rounds
   * whose open date is from {@code from} to {@code to}, both included, with dispositions counted
   * overdue as of the SDK's clock's date. Computed by the storage, in the database where there is
   * one. Every count below the organisation's suppression threshold is shown as "fewer than" it; a
   * share or a median over fewer recommendations than the threshold is not shown. Managers are
   * named only by the person id their rounds hold (a pseudonym after erasure).
   *
   * <pre>{@code
   * EngagementMetrics m =
   *     sdk.consultations().metrics(manager, org, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
   * m.byService().forEach(s -> System.out.println(s.service() + ": " + s.figures()));
   * }</pre>
   *
   * @param actor a manager or an administrator of the organisation
   * @param organisation the organisation
   * @param from the first open date counted
   * @param to the last open date counted, not before {@code from} and at most ten years after it
   * @return the metrics
   * @throws org.practitionersforum.api.PermissionDeniedException naming CR-8 if the actor may not
   *     read them
   * @throws org.practitionersforum.api.InvalidInputException naming CR-8 if the period is reversed
   *     or longer than ten years, or an argument is missing
   * @throws org.practitionersforum.api.spi.StorageException naming CR-8 if the storage cannot
   *     compute them
   */
  EngagementMetrics metrics(Actor actor, OrganisationId organisation, LocalDate from, LocalDate to);

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

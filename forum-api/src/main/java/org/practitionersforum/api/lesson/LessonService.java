package org.practitionersforum.api.lesson;

import java.util.List;
import java.util.Map;
import org.practitionersforum.api.security.Actor;

/**
 * Lessons (LS-1, LS-2, LS-4): an author drafts a lesson from one of their forums, edits it and
 * submits it, receiving a reference code once; reviewers read submitted lessons and ask clarifying
 * questions, which reach the author through the author escrow and show no identity; the author
 * answers, then finalises the lesson, which erases their identity; the lesson can be withdrawn by
 * the author before finalisation or with the reference code at any time.
 *
 * <p>Every command checks the actor's permission with the organisation's access policy (SEC-1),
 * lists every broken rule at once in a {@link org.practitionersforum.api.RuleViolationException},
 * writes one audit record (SEC-2) and publishes one event through the outbox. Commands the author
 * performs are recorded in the audit trail as "the author of the lesson", never by their identity.
 * No method, event, error or audit record tells anyone but the author who wrote a lesson.
 *
 * <p>Implementations are thread-safe.
 */
public interface LessonService {

  /**
   * Starts a draft. The actor must be a practitioner and a member of the lesson's forum; their
   * identity goes into the author escrow, not into the lesson.
   *
   * @param author the author, a practitioner acting for themselves
   * @param draft the lesson's id, forum, kind and sections written so far
   * @return the draft as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor may not
   *     draft a lesson from that forum
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule (the forum
   *     is closed)
   * @throws org.practitionersforum.api.DuplicateException if a lesson with that id exists
   * @throws org.practitionersforum.api.NotFoundException if there is no such forum
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no lessons
   */
  Lesson draft(Actor author, LessonDraft draft);

  /**
   * Replaces a draft's kind and sections. Only the author, only while it is a draft.
   *
   * @param author the author
   * @param lesson the lesson
   * @param kind the kind of thing tried
   * @param sections the sections written so far; they replace the stored ones
   * @return the draft as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming LS-2 if the actor is not
   *     the author
   * @throws org.practitionersforum.api.RuleViolationException if the lesson is not a draft
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or a section
   *     is blank or too long
   */
  Lesson edit(Actor author, LessonId lesson, LessonKind kind, Map<LessonSection, String> sections);

  /**
   * Submits a draft for review. Every section must be written. Returns the reference code, once:
   * the SDK keeps only a slow salted hash of it.
   *
   * @param author the author
   * @param lesson the lesson
   * @return the lesson and its reference code
   * @throws org.practitionersforum.api.PermissionDeniedException naming LS-2 if the actor is not
   *     the author
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: each
   *     missing section, a lesson that is not a draft
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson
   */
  Submission submit(Actor author, LessonId lesson);

  /**
   * A reviewer asks the author a clarifying question about a submitted lesson. The question reaches
   * the author through the author escrow; the reviewer learns nothing about who they are.
   *
   * @param reviewer a reviewer
   * @param lesson the lesson
   * @param question the question, 1 to {@link Question#MAX_QUESTION_LENGTH} characters
   * @return the lesson as stored, with the question added to its thread
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor is not a
   *     reviewer
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: the lesson
   *     is not submitted, or is finalised (nobody could answer), or its thread is full
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson, or it is a
   *     draft or withdrawn
   * @throws org.practitionersforum.api.InvalidInputException if the question is blank or too long
   */
  Lesson ask(Actor reviewer, LessonId lesson, String question);

  /**
   * The author answers a question of the thread.
   *
   * @param author the author
   * @param lesson the lesson
   * @param number the question's number
   * @param answer the answer, 1 to {@link Question#MAX_ANSWER_LENGTH} characters
   * @return the lesson as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming LS-2 if the actor is not
   *     the author
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: no such
   *     question, already answered, the lesson is not submitted
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson
   * @throws org.practitionersforum.api.InvalidInputException if the answer is blank or too long
   */
  Lesson answer(Actor author, LessonId lesson, int number, String answer);

  /**
   * The author finalises a submitted lesson: their identity is erased from the author escrow, and
   * from then on nothing stored links them to the lesson; only the reference code proves
   * authorship. Questions can no longer be asked.
   *
   * @param author the author
   * @param lesson the lesson
   * @return the lesson as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming LS-2 if the actor is not
   *     the author (or the lesson is finalised already, when nobody is)
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: the lesson
   *     is not submitted, or a question is unanswered
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson
   */
  Lesson finalise(Actor author, LessonId lesson);

  /**
   * The author withdraws their lesson before finalising it (LS-4): it is removed from every tier at
   * once, no read returns it again, and a {@link org.practitionersforum.api.event.LessonWithdrawn}
   * event tells hosts to remove their copies. The author's identity is erased from the escrow.
   *
   * @param author the author
   * @param lesson the lesson
   * @throws org.practitionersforum.api.PermissionDeniedException naming LS-2 if the actor is not
   *     the author
   * @throws org.practitionersforum.api.RuleViolationException if it is withdrawn already
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson
   */
  void withdraw(Actor author, LessonId lesson);

  /**
   * Withdraws a lesson with its reference code (LS-4), whoever acts and whether or not the lesson
   * is finalised. A wrong code is counted against the lesson named: after {@code 5} wrong codes in
   * a row the lesson accepts no code for 15 minutes, then doubles the wait after each further run.
   * The count is stored, so it holds across restarts and SDKs. The audit trail records the
   * withdrawal as by the holder of the code, never by the actor's identity.
   *
   * @param actor who acts; any role
   * @param code the reference code
   * @throws org.practitionersforum.api.RuleViolationException naming LS-2 if the code is wrong (the
   *     wrong attempt is counted; nothing else changes), or the lesson accepts no code for now, or
   *     it is withdrawn already
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  void withdraw(Actor actor, ReferenceCode code);

  /**
   * Checks a reference code, to prove authorship of a lesson (LS-2). Wrong codes count as for
   * {@link #withdraw(Actor, ReferenceCode)}.
   *
   * @param actor who acts; any role
   * @param code the reference code
   * @return the lesson the code belongs to, as its author sees it
   * @throws org.practitionersforum.api.RuleViolationException naming LS-2 if the code is wrong or
   *     the lesson accepts no code for now
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  Lesson prove(Actor actor, ReferenceCode code);

  /**
   * Reads a lesson: the author reads their own (until it is finalised); a reviewer reads a
   * submitted one. Nobody reads a withdrawn lesson; only its author reads a draft.
   *
   * @param actor who reads
   * @param lesson the lesson
   * @return the lesson
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor may not
   *     read it
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson, or the actor
   *     may not see it in its state
   */
  Lesson get(Actor actor, LessonId lesson);

  /**
   * Lists the lessons the actor wrote and has not finalised or withdrawn, with their threads: how a
   * reviewer's question reaches its author.
   *
   * @param author a practitioner, acting for themselves
   * @return the lessons, in ascending order of id
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor is not a
   *     practitioner
   */
  List<Lesson> mine(Actor author);

  /**
   * The author consents to publication of their submitted lesson at a tier (LS-3), before they
   * finalise it. Consent to a tier needs consent to the tier below. Nothing is published by consent
   * alone: a reviewer still anonymises, clears and publishes.
   *
   * @param author the author
   * @param lesson the lesson
   * @param tier the tier
   * @return the lesson as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming LS-2 if the actor is not
   *     the author (or the lesson is finalised, when nobody is)
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: the lesson
   *     is not submitted, the author has not consented to the tier below, or has consented to this
   *     one already
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  Lesson consent(Actor author, LessonId lesson, Tier tier);

  /**
   * The author consents to publication at a tier, showing at most the given disclosure of their
   * attribution there (LS-3, AN-4): a reviewer can then publish the tier only at this disclosure or
   * a more general one, and the k-gate's suggestions start from it. Otherwise as {@link
   * #consent(Actor, LessonId, Tier)}, which sets no limit.
   *
   * <pre>{@code
   * // Never show my base or specialism to the whole organisation.
   * lessons.consent(author, lesson, Tier.ORGANISATION,
   *     new Disclosure(Place.LOCALITY, Practice.DISCIPLINE, Period.MONTH));
   * }</pre>
   *
   * @param author the author
   * @param lesson the lesson
   * @param tier the tier
   * @param atMost the most of their attribution the author agrees to show at the tier
   * @return the lesson as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming LS-2 if the actor is not
   *     the author
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule, as for
   *     {@link #consent(Actor, LessonId, Tier)}
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  Lesson consent(Actor author, LessonId lesson, Tier tier, Disclosure atMost);

  /**
   * The author revokes their consent to a tier before finalising the lesson (LS-3, LS-4): the
   * lesson is withdrawn from that tier and every tier above it, whose anonymisation and clearance
   * are dropped, and a {@link org.practitionersforum.api.event.LessonConsentRevoked} event tells
   * hosts to remove their copies at those tiers.
   *
   * @param author the author
   * @param lesson the lesson
   * @param tier the lowest tier to withdraw from
   * @return the lesson as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming LS-2 if the actor is not
   *     the author
   * @throws org.practitionersforum.api.RuleViolationException if the author has not consented to
   *     the tier
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  Lesson revokeConsent(Actor author, LessonId lesson, Tier tier);

  /**
   * Revokes consent to a tier with the lesson's reference code (LS-3, LS-4), finalised or not: as
   * {@link #revokeConsent(Actor, LessonId, Tier)}. Wrong codes count as for {@link #withdraw(Actor,
   * ReferenceCode)}.
   *
   * @param actor who acts; any role
   * @param code the reference code
   * @param tier the lowest tier to withdraw from
   * @throws org.practitionersforum.api.RuleViolationException naming LS-2 if the code is wrong or
   *     the lesson accepts no code for now; naming LS-3 if there is no consent to the tier; naming
   *     LS-4 if the lesson is withdrawn
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  void revokeConsent(Actor actor, ReferenceCode code, Tier tier);

  /**
   * A reviewer runs the SDK's anonymiser over every section of a lesson for a tier the author
   * consented to (LS-3, AN-1 to AN-3). The anonymised text and each finding (never the original
   * text it covers) are stored with the tier; findings held for review or applied at low confidence
   * wait for a reviewer's {@link #decide decision}. Running it again replaces the previous run and
   * its decisions, and drops a clearance.
   *
   * @param reviewer a reviewer
   * @param lesson the lesson
   * @param tier the tier
   * @return the lesson as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor is not a
   *     reviewer
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: no consent
   *     to the tier, the tier below not published, the tier published already
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson, or it is a
   *     draft or withdrawn
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  Lesson anonymise(Actor reviewer, LessonId lesson, Tier tier);

  /**
   * A reviewer decides one finding of a tier's anonymisation that needs a decision (AN-3): redact
   * the span or keep it as written. Deciding again replaces the decision and drops a clearance.
   *
   * @param reviewer a reviewer
   * @param lesson the lesson
   * @param tier the tier
   * @param finding the finding's number in {@link LessonTier#findings()}, from 1
   * @param decision the decision
   * @return the lesson as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor is not a
   *     reviewer
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: the tier
   *     is not anonymised or is published, there is no such finding, or it needs no decision
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson, or it is a
   *     draft or withdrawn
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  Lesson decide(Actor reviewer, LessonId lesson, Tier tier, int finding, FindingDecision decision);

  /**
   * A reviewer clears a lesson for a tier (LS-3): the author consented, the sections are anonymised
   * and every finding that needs a decision is decided, the tier below is published, the reviewer
   * is not the author (checked through the author escrow, which is why a finalised lesson can no
   * longer be cleared for a new tier) and, unless the organisation's {@link LessonSettings} say
   * otherwise, not a member of the lesson's forum. The text readers will see is made from the text
   * as written with the decisions applied, and must hold nothing the anonymiser finds at high
   * confidence.
   *
   * @param reviewer a reviewer
   * @param lesson the lesson
   * @param tier the tier
   * @return the lesson as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor is not a
   *     reviewer
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule, without
   *     saying who wrote the lesson
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson, or it is a
   *     draft or withdrawn
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  Lesson clear(Actor reviewer, LessonId lesson, Tier tier);

  /**
   * A reviewer publishes a cleared lesson at a tier (LS-3): from then on the tier's readers read
   * its anonymised text with {@link #read}. The author's consent and the clearance are checked
   * again at publication time, and the k-gate (AN-4) at the most precise disclosure, {@link
   * Disclosure#exact()}: where it fails, publish with {@link #publish(Actor, LessonId, Tier,
   * Disclosure)} at the generalisation the refusal names.
   *
   * @param reviewer a reviewer
   * @param lesson the lesson
   * @param tier the tier
   * @return the lesson as readers at the tier see it
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor is not a
   *     reviewer
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: no
   *     consent, not cleared, the tier below not published, published already, the k-gate failed
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson, or it is a
   *     draft or withdrawn
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  PublishedLesson publish(Actor reviewer, LessonId lesson, Tier tier);

  /**
   * Reads a lesson published at a tier, as that tier's readers see it: its anonymised text only.
   * The readers of {@link Tier#FORUM} are the forum's current members and reviewers; of {@link
   * Tier#ORGANISATION} the practitioners registered in the lesson's organisation, its managers and
   * reviewers; of {@link Tier#NETWORK} every practitioner, manager and reviewer. A manager never
   * reads a lesson at the forum tier.
   *
   * @param actor who reads
   * @param lesson the lesson
   * @param tier the tier
   * @return the lesson as read at the tier
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor's role
   *     reads no lessons
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson, it is not
   *     published at the tier, or the actor is not among the tier's readers
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  PublishedLesson read(Actor actor, LessonId lesson, Tier tier);

  /**
   * Reads a page of a tier's feed (LS-3, LS-4): the lessons published at the query's tier in its
   * scope, as {@link #read} returns them (with their attribution), newest first by publication time
   * at the tier, then by id. Who may read the feed is decided as for {@link #read}: the same
   * access-policy rows ({@link org.practitionersforum.api.security.Operation#LESSON_READ}) and the
   * same tier readers (a forum's current members and reviewers at {@link Tier#FORUM}, never
   * managers). On the network feed, a lesson whose organisation's policy does not let the actor
   * read it is left out. A withdrawn lesson, or one whose consent to the tier was revoked, never
   * appears. Pages continue with the {@link FeedPage#next() cursor} of the page before; a page is
   * full unless it is the last. No page tells how many lessons there are.
   *
   * @param actor who reads
   * @param query the tier, scope, filters, cursor and page size
   * @return the page
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor's role
   *     reads no lessons, or LS-3 if the actor is not among the readers of the tier in that scope
   * @throws org.practitionersforum.api.NotFoundException if the query's forum does not exist
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no lesson feed
   */
  FeedPage feed(Actor actor, FeedQuery query);

  /**
   * Renders a page of a tier's feed as a digest, for a newsletter in the spirit of ASRS CALLBACK or
   * CHIRP FEEDBACK: a title, the period the page's lessons were published in, and per lesson its
   * kind, its attribution ({@link Attribution#describe()}) and the published text of the six
   * sections. It shows nothing the feed does not. The JSON form is the format {@code
   * practitioners-forum-lesson-digest/1}; the Markdown form is for a newsletter. Access as for
   * {@link #feed}.
   *
   * @param actor who reads
   * @param query the page of the feed to render
   * @param format the format
   * @return the digest
   * @throws org.practitionersforum.api.PermissionDeniedException as for {@link #feed}
   * @throws org.practitionersforum.api.NotFoundException if the query's forum does not exist
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  String digest(Actor actor, FeedQuery query, DigestFormat format);

  /**
   * A reviewer publishes a cleared lesson at a tier, showing its author's attribution at a chosen
   * disclosure (LS-3, AN-4): as {@link #publish(Actor, LessonId, Tier)}, and the k-gate is checked
   * at that disclosure, counted from the practitioner store at publication time. The audience
   * counted at {@link Tier#FORUM} and {@link Tier#ORGANISATION} is the practitioners of the
   * lesson's organisation; at {@link Tier#NETWORK}, those of every organisation. Where fewer than
   * the organisation's {@link LessonSettings#k() k} share the attribution, publication is refused
   * with a {@link org.practitionersforum.api.ViolationCode#K_GATE_FAILED} violation naming the
   * least generalisation that passes (without saying how many share it), and nothing changes.
   *
   * @param reviewer a reviewer
   * @param lesson the lesson
   * @param tier the tier
   * @param disclosure how much of the attribution to show
   * @return the lesson as readers at the tier see it, with its attribution
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor is not a
   *     reviewer
   * @throws org.practitionersforum.api.RuleViolationException listing every broken rule: no
   *     consent, not cleared, the tier below not published, published already, the k-gate failed
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson, or it is a
   *     draft or withdrawn
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  PublishedLesson publish(Actor reviewer, LessonId lesson, Tier tier, Disclosure disclosure);

  /**
   * A reviewer checks the k-gate (AN-4) for a lesson at a tier and a disclosure without publishing:
   * whether it passes now, and the least generalisation that passes. Changes nothing; the gate is
   * checked again at publication. Needs the permission to publish.
   *
   * @param reviewer a reviewer
   * @param lesson the lesson
   * @param tier the tier
   * @param disclosure the disclosure to check
   * @return the answer, without any count
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if the actor is not a
   *     reviewer
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson, or it is a
   *     draft or withdrawn
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  KGateCheck checkKGate(Actor reviewer, LessonId lesson, Tier tier, Disclosure disclosure);
}

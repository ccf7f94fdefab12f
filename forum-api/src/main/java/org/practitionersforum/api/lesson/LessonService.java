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
}

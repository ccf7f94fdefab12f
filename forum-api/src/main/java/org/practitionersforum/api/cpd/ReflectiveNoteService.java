package org.practitionersforum.api.cpd;

import java.util.List;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.SessionId;

/**
 * A member's private reflective notes on the sessions they attended (CPD-2): what they learnt, its
 * relevance and impact on their practice, and what they learnt from their peers. A note is its
 * author's alone. No role but a practitioner acting for themselves has any access: a facilitator,
 * manager, reviewer, administrator or the system is refused with a {@link
 * org.practitionersforum.api.PermissionDeniedException} naming CPD-2 before anything is read, and
 * another practitioner is refused the same way once the note is read; lists and exports hold the
 * actor's own notes only. Note ids are random, so a refusal tells nothing a guess could use.
 * Organisations cannot grant more: an access policy that would is refused.
 *
 * <p>Every command writes one audit record on the author's own practitioner chain, naming neither
 * the note nor its session, and publishes one event naming only the forum and the time (SEC-2,
 * AN-5). No event, audit record, exception message or {@code toString()} holds a note's text.
 *
 * <p>Needs a storage whose transactions keep notes ({@link
 * org.practitionersforum.api.spi.CpdTransaction}); on any other every method fails with a
 * non-retryable {@link org.practitionersforum.api.spi.StorageException}. Implementations are
 * thread-safe.
 */
public interface ReflectiveNoteService {

  /**
   * Writes a note on a session the author was present at. The author writes one note per session;
   * revise it to change it.
   *
   * @param author a practitioner, acting for themselves
   * @param session the session
   * @param content what they write
   * @return the note as stored, with the id the SDK gave it
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not a
   *     practitioner with an attendance record at the session
   * @throws org.practitionersforum.api.NotFoundException if there is no such session
   * @throws org.practitionersforum.api.RuleViolationException with {@code NOTE_NOT_PRESENT} if the
   *     author was recorded absent or sent apologies, or {@code NOTE_EXISTS} if they have a note on
   *     the session already
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   * @throws org.practitionersforum.api.spi.StorageException if the storage keeps no notes
   */
  ReflectiveNote write(Actor author, SessionId session, NoteContent content);

  /**
   * Replaces what a note says.
   *
   * @param author the note's author
   * @param note the note
   * @param content the new content
   * @return the note as stored
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not
   *     the note's author
   * @throws org.practitionersforum.api.NotFoundException if there is no note with this id
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  ReflectiveNote revise(Actor author, NoteId note, NoteContent content);

  /**
   * Deletes a note, at once and for good.
   *
   * @param author the note's author
   * @param note the note
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not
   *     the note's author
   * @throws org.practitionersforum.api.NotFoundException if there is no note with this id
   */
  void delete(Actor author, NoteId note);

  /**
   * Reads one of the actor's notes.
   *
   * @param author the note's author
   * @param note the note
   * @return the note
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not
   *     the note's author
   * @throws org.practitionersforum.api.NotFoundException if there is no note with this id
   */
  ReflectiveNote get(Actor author, NoteId note);

  /**
   * Lists the actor's own notes, in order of their sessions' start, then id.
   *
   * @param author a practitioner, acting for themselves
   * @return the notes, possibly empty
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not a
   *     practitioner
   */
  List<ReflectiveNote> mine(Actor author);

  /**
   * Exports the actor's own notes as a JSON document, in order of their sessions' start: the format
   * name {@code practitioners-forum-cpd-notes/1}, whether the text is anonymised, and each note's
   * id, session, forum, session mode, start and length, whether it records peer reflection, its
   * sections, and when it was written and revised. The author is not in it.
   *
   * @param author a practitioner, acting for themselves
   * @return the JSON text
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not a
   *     practitioner
   */
  String export(Actor author);

  /**
   * Exports the actor's own notes as {@link #export(Actor)} does, with every section first passed
   * through an anonymiser (AN-1, AN-2), so that the author can share their record without naming
   * the people and places in it. Each section is one document of the anonymiser. The anonymisation
   * reports are not exported: they hold what was found.
   *
   * @param author a practitioner, acting for themselves
   * @param anonymiser the anonymiser, such as one the host built for the author's organisation
   * @return the JSON text, with {@code "anonymised": true}
   * @throws org.practitionersforum.api.PermissionDeniedException naming CPD-2 if the actor is not a
   *     practitioner
   * @throws org.practitionersforum.api.InvalidInputException if the anonymiser is missing
   */
  String export(Actor author, Anonymiser anonymiser);
}

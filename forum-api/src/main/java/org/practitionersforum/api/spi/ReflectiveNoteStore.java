package org.practitionersforum.api.spi;

import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.cpd.NoteId;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * Stores members' private {@link ReflectiveNote}s (CPD-2) with optimistic versions. Part of a
 * {@link CpdTransaction}. A note is read by its id or by its author only: the store offers no read
 * by session or forum, so nothing built on it can list who reflected on a session.
 *
 * <p>Orders: lists are ordered by {@link ReflectiveNote#sessionStartedAt()}, then by id.
 */
public interface ReflectiveNoteStore {

  /**
   * Reads a note.
   *
   * @param id the note id
   * @return the note at its stored version, or empty
   */
  Optional<ReflectiveNote> find(NoteId id);

  /**
   * Returns every note of an author, ordered by session start, then id.
   *
   * @param author the author
   * @return the notes, possibly empty
   */
  List<ReflectiveNote> findByAuthor(PractitionerId author);

  /**
   * Stores a new note.
   *
   * @param note the note, at version 0
   * @return the stored note, at version 1
   * @throws org.practitionersforum.api.DuplicateException if a note with that id exists, or the
   *     author has a note on that session already
   * @throws IllegalArgumentException if the version is not 0
   */
  ReflectiveNote insert(ReflectiveNote note);

  /**
   * Replaces a stored note's content and revision time.
   *
   * @param note the new content, carrying the version it was read at
   * @return the stored note, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the note's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such note
   */
  ReflectiveNote update(ReflectiveNote note);

  /**
   * Deletes a stored note. Later reads in the unit of work find nothing.
   *
   * @param note the note, carrying the version it was read at
   * @throws ConcurrentUpdateException if the stored version is not the note's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such note
   */
  void delete(ReflectiveNote note);
}

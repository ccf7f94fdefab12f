package org.practitionersforum.api.spi;

import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * The author escrow (LS-2): who wrote which lesson, held apart from the lessons (its own table,
 * never joined into a lesson read), used only to route reviewers' questions to the author and to
 * let the author act on their lesson, and erased when the lesson is finalised or withdrawn. Part of
 * a {@link LessonTransaction}; its writes are guarded by the version of the lesson changed in the
 * same unit of work.
 */
public interface AuthorEscrowStore {

  /**
   * Reads who wrote a lesson.
   *
   * @param lesson the lesson
   * @return the author, or empty once erased
   */
  Optional<PractitionerId> findAuthor(LessonId lesson);

  /**
   * Lists the lessons whose author is held as a practitioner.
   *
   * @param author the practitioner
   * @return the lessons, in ascending order of id, possibly empty
   */
  List<LessonId> findLessons(PractitionerId author);

  /**
   * Holds a lesson's author.
   *
   * @param lesson the lesson
   * @param author the author
   * @throws org.practitionersforum.api.DuplicateException if the lesson's author is held already
   */
  void insert(LessonId lesson, PractitionerId author);

  /**
   * Erases a lesson's author. Later reads in the unit of work find nothing.
   *
   * @param lesson the lesson
   * @return true if an author was held and is now erased, false if none was held
   */
  boolean delete(LessonId lesson);
}

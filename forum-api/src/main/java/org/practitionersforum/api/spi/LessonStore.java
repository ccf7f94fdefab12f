package org.practitionersforum.api.spi;

import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.FeedCursor;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * Stores {@link Lesson}s with their question threads, and each lesson's {@link CodeCheck}, with
 * optimistic versions. Part of a {@link LessonTransaction}. It never holds who wrote a lesson: that
 * is the {@link AuthorEscrowStore}'s, in a table of its own.
 */
public interface LessonStore {

  /**
   * Reads a lesson.
   *
   * @param id the lesson id
   * @return the lesson at its stored version, or empty
   */
  Optional<Lesson> find(LessonId id);

  /**
   * Stores a new lesson.
   *
   * @param lesson the lesson, at version 0
   * @return the stored lesson, at version 1
   * @throws org.practitionersforum.api.DuplicateException if a lesson with that id exists
   * @throws IllegalArgumentException if the version is not 0
   */
  Lesson insert(Lesson lesson);

  /**
   * Replaces a stored lesson, whole, with its questions.
   *
   * @param lesson the new content, carrying the version it was read at
   * @return the stored lesson, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the lesson's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson
   */
  Lesson update(Lesson lesson);

  /**
   * Deletes a stored lesson with its questions and code check, for erasure of a draft (SEC-3).
   * Later reads in the unit of work find nothing.
   *
   * @param lesson the lesson, carrying the version it was read at
   * @throws ConcurrentUpdateException if the stored version is not the lesson's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson
   */
  void delete(Lesson lesson);

  /**
   * Reads a lesson's code check.
   *
   * @param id the lesson id
   * @return the check at its stored version, or empty if the lesson has none (a draft) or there is
   *     no such lesson
   */
  Optional<CodeCheck> findCodeCheck(LessonId id);

  /**
   * Stores a lesson's code check: inserts it at version 1 when given at version 0, otherwise
   * replaces the stored one at the next version.
   *
   * @param id the lesson id; the lesson must be stored
   * @param check the check, carrying the version it was read at
   * @return the stored check, at its new version
   * @throws ConcurrentUpdateException if the stored version is not the check's version
   * @throws org.practitionersforum.api.DuplicateException if given at version 0 and one is stored
   * @throws org.practitionersforum.api.NotFoundException if there is no such lesson, or no check to
   *     replace
   */
  CodeCheck saveCodeCheck(LessonId id, CodeCheck check);

  /**
   * Reads one window of a tier's feed (LS-3, LS-4): the lessons published at a tier, as that tier's
   * readers see them (the tier's anonymised sections, the forum only at {@link Tier#FORUM}, the
   * attribution at the tier's disclosure), newest first by publication time at the tier, then by id
   * descending; strictly after a cursor when one is given. A withdrawn lesson is never returned. A
   * store answers each call with one keyset read, not an offset.
   *
   * <p>A default method, so that stores written before the feed still compile; it throws. Every
   * store of the SDK implements it.
   *
   * @param tier the tier
   * @param forum only lessons of this forum, or empty
   * @param organisation only lessons of this organisation, or empty
   * @param kind only lessons of this kind, or empty
   * @param after only lessons after this cursor, or empty from the newest
   * @param limit the most lessons to return, at least 1
   * @return the lessons, at most {@code limit}
   * @throws StorageException if the store keeps no lesson feed
   */
  default List<PublishedLesson> findPublished(
      Tier tier,
      Optional<ForumId> forum,
      Optional<OrganisationId> organisation,
      Optional<LessonKind> kind,
      Optional<FeedCursor> after,
      int limit) {
    throw new StorageException("this storage keeps no lesson feed", false, null);
  }
}

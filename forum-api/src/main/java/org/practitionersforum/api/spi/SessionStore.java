package org.practitionersforum.api.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;

/**
 * Stores {@link Session}s with optimistic versions. Part of a {@link StorageTransaction}.
 *
 * <p>Orders: lists are ordered by {@link Session#startedAt()}, then by id.
 */
public interface SessionStore {

  /**
   * Reads a session.
   *
   * @param id the session id
   * @return the session at its stored version, or empty
   */
  Optional<Session> find(SessionId id);

  /**
   * Stores a new session.
   *
   * @param session the session, at version 0
   * @return the stored session, at version 1
   * @throws org.practitionersforum.api.DuplicateException if a session with that id exists
   * @throws IllegalArgumentException if the version is not 0
   */
  Session insert(Session session);

  /**
   * Replaces a stored session, whole, with its attendance.
   *
   * @param session the new content, carrying the version it was read at
   * @return the stored session, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the session's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such session
   */
  Session update(Session session);

  /**
   * Returns every session of a forum, ordered by start, then id.
   *
   * @param forum the forum
   * @return the sessions, possibly empty
   */
  List<Session> findByForum(ForumId forum);

  /**
   * Returns the sessions a practitioner attended ({@link
   * org.practitionersforum.api.session.AttendanceStatus#PRESENT present}) that started at or after
   * {@code from} and before {@code until}, across all forums, ordered by start, then id. Used for
   * CPD evidence.
   *
   * @param practitioner the practitioner
   * @param from the earliest start, inclusive
   * @param until the latest start, exclusive
   * @return the sessions, possibly empty
   */
  List<Session> findAttended(PractitionerId practitioner, Instant from, Instant until);

  /**
   * Deletes a stored session with its attendance, for retention. Later reads in the unit of work
   * find nothing.
   *
   * <p>The default refuses, so that a store written before retention existed still compiles.
   *
   * @param session the session, carrying the version it was read at
   * @throws ConcurrentUpdateException if the stored version is not the session's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such session
   * @throws StorageException if this store cannot delete sessions
   */
  default void delete(Session session) {
    throw new StorageException("SEC-3: this store cannot delete sessions", false, null);
  }
}

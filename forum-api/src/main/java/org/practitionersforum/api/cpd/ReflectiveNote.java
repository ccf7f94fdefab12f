package org.practitionersforum.api.cpd;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;

/**
 * A member's private reflective note on a session they attended (CPD-2): theirs alone. Nobody else
 * reads it, whatever their role; it is in no event, audit record or exception message.
 *
 * <p>The note is linked to its session as peer reflection: the forum is the peers. It records the
 * session's id, forum, mode, start and length, as they were when the note was written, so that it
 * stays evidence if the session is later removed under a retention period; it never records who
 * else was there.
 *
 * <p>Invariants checked on construction: the session's length is positive and at most {@link
 * Session#MAX_DURATION}; a revision is not before the note was written; the version is not
 * negative. {@code toString()} shows neither the author nor the text.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableReflectiveNote.class)
@JsonDeserialize(as = ImmutableReflectiveNote.class)
public interface ReflectiveNote {

  /**
   * Returns the note's id.
   *
   * @return the id
   */
  NoteId id();

  /**
   * Returns the member who wrote it, its only reader.
   *
   * @return the practitioner
   */
  @Value.Redacted
  PractitionerId author();

  /**
   * Returns the session reflected on.
   *
   * @return the session id
   */
  SessionId session();

  /**
   * Returns the forum that held the session: the peers.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns the session's mode.
   *
   * @return the mode
   */
  SessionMode sessionMode();

  /**
   * Returns when the session started.
   *
   * @return the instant
   */
  Instant sessionStartedAt();

  /**
   * Returns how long the session lasted.
   *
   * @return a positive duration, at most {@link Session#MAX_DURATION}
   */
  Duration sessionDuration();

  /**
   * Returns what the member wrote.
   *
   * @return the sections
   */
  NoteContent content();

  /**
   * Returns when the note was first written.
   *
   * @return the instant
   */
  Instant writtenAt();

  /**
   * Returns when the note was last revised.
   *
   * @return the instant, or empty if it never was
   */
  Optional<Instant> revisedAt();

  /**
   * Returns the optimistic version this snapshot was read at: 0 before it is first stored.
   *
   * @return the version
   */
  @Value.Default
  default long version() {
    return 0;
  }

  /**
   * Tells whether the note records reflection with peers: what the member learnt from discussing
   * the session with the forum. Every note is on a forum session, so with peers; this says the
   * member wrote down what the discussion taught them, as Social Work England asks of a piece of
   * CPD with peer reflection.
   *
   * @return true if the note has a peer learning section
   */
  @JsonIgnore
  default boolean peerReflection() {
    return content().peerLearning().isPresent();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming CPD-2 if one is broken
   */
  @Value.Check
  default void check() {
    if (sessionDuration().isNegative()
        || sessionDuration().isZero()
        || sessionDuration().compareTo(Session.MAX_DURATION) > 0) {
      throw new InvalidInputException(
          "CPD-2: a note's session lasted more than nothing and at most "
              + Session.MAX_DURATION.toHours()
              + " hours");
    }
    if (revisedAt().filter(t -> t.isBefore(writtenAt())).isPresent()) {
      throw new InvalidInputException("CPD-2: a note cannot be revised before it was written");
    }
    if (version() < 0) {
      throw new InvalidInputException("CPD-2: a note version cannot be negative");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReflectiveNote}s. */
  final class Builder extends ImmutableReflectiveNote.Builder {
    /** Creates an empty builder; hosts obtain one from {@link ReflectiveNote#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public ReflectiveNote build() {
      return Checks.built(super::build);
    }
  }
}

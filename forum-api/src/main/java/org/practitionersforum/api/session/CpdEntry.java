package org.practitionersforum.api.session;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * One session a practitioner attended, as CPD evidence: the date, forum, session, mode and
 * duration. Never any content: no minutes, no topics, nothing from a reflective session (TR-7).
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableCpdEntry.class)
@JsonDeserialize(as = ImmutableCpdEntry.class)
public interface CpdEntry {
  /**
   * Returns the date of the session, in the SDK's zone.
   *
   * @return the date
   */
  LocalDate date();

  /**
   * Returns the forum that held it.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns the session.
   *
   * @return the session id
   */
  SessionId session();

  /**
   * Returns the session's mode.
   *
   * @return the mode
   */
  SessionMode mode();

  /**
   * Tells whether the session counts as study (CPD-1): a study session, or another that recorded
   * what was read. Always true for a {@link SessionMode#STUDY} session.
   *
   * @return true if it counts as study
   */
  @Value.Default
  default boolean study() {
    return mode() == SessionMode.STUDY;
  }

  /**
   * Returns how long the session lasted.
   *
   * @return the duration
   */
  Duration duration();

  /**
   * Checks the entry (CPD-1, TR-7): a session lasts more than nothing and at most {@link
   * Session#MAX_DURATION}, and a study session counts as study.
   *
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if the duration is zero,
   *     negative or too long, or a study session is not counted as study
   */
  @Value.Check
  default void check() {
    if (mode() == SessionMode.STUDY && !study()) {
      throw new org.practitionersforum.api.InvalidInputException(
          "CPD-1: a study session's CPD entry counts as study");
    }
    if (duration().isNegative()
        || duration().isZero()
        || duration().compareTo(Session.MAX_DURATION) > 0) {
      throw new org.practitionersforum.api.InvalidInputException(
          "CPD-1: a CPD entry lasts more than nothing and at most "
              + Session.MAX_DURATION.toHours()
              + " hours");
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

  /** Builds {@link CpdEntry}s. */
  final class Builder extends ImmutableCpdEntry.Builder {
    /** Creates an empty builder; hosts obtain one from {@link CpdEntry#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public CpdEntry build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }

  /**
   * Tells whether the session draws on protected study time (CPD-3): it is study (it records a
   * reading) or reflective. A session that is both draws once.
   *
   * @return true if it is study or reflective
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default boolean drawsOnStudyTime() {
    return study() || mode() == SessionMode.REFLECTIVE;
  }
}

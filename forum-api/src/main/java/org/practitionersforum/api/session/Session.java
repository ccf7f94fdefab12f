package org.practitionersforum.api.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * A session a forum held (TR-7): its mode, when and how long, the version of the terms it was held
 * under, every member's attendance, and for a consultative session its minutes.
 *
 * <p>A session that records what was read ({@link #reading()}) is a study session for CPD (CPD-1):
 * every {@link SessionMode#STUDY} session does, and a reflective or consultative one may, which
 * makes it both.
 *
 * <p>Invariants checked on construction: only a consultative session has minutes; a study session
 * records what was read; a member's attendance is recorded once; the duration is positive and at
 * most {@link #MAX_DURATION}. {@code toString()} shows neither the minutes, what was read, nor any
 * person.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableSession.class)
@JsonDeserialize(as = ImmutableSession.class)
public interface Session {
  /** The longest session accepted. */
  Duration MAX_DURATION = Duration.ofHours(8);

  /** The longest minutes accepted. */
  int MAX_MINUTES_LENGTH = 20_000;

  /**
   * Returns the session's identifier.
   *
   * @return the id
   */
  SessionId id();

  /**
   * Returns the forum that held it.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns the mode.
   *
   * @return reflective or consultative
   */
  SessionMode mode();

  /**
   * Returns when the session started.
   *
   * @return the instant
   */
  Instant startedAt();

  /**
   * Returns how long it lasted.
   *
   * @return a positive duration, at most {@link #MAX_DURATION}
   */
  Duration duration();

  /**
   * Returns the number of the terms version in force when it was held (TR-4).
   *
   * @return the version number, from 1
   */
  int termsVersion();

  /**
   * Returns every member's attendance, in order of membership.
   *
   * @return the attendance
   */
  List<Attendance> attendance();

  /**
   * Returns the minutes of a consultative session; always empty for a reflective one.
   *
   * @return the minutes, or empty
   */
  @Value.Redacted
  Optional<String> minutes();

  /**
   * Returns what the session read or discussed: always present for a {@link SessionMode#STUDY}
   * session, optional for the others.
   *
   * @return the reading, or empty
   */
  @Value.Redacted
  Optional<Reading> reading();

  /**
   * Tells whether the session counts as study for CPD: it records what was read (CPD-1).
   *
   * @return true if {@link #reading()} is present
   */
  @JsonIgnore
  default boolean study() {
    return reading().isPresent();
  }

  /**
   * Returns when the session was recorded.
   *
   * @return the instant
   */
  Instant recordedAt();

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
   * Returns the members present.
   *
   * @return an unmodifiable set
   */
  @JsonIgnore
  default Set<PractitionerId> present() {
    Set<PractitionerId> out = new HashSet<>();
    for (Attendance a : attendance()) {
      if (a.status() == AttendanceStatus.PRESENT) {
        out.add(a.practitioner());
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming TR-7 if one is broken
   */
  @Value.Check
  default void check() {
    if (mode() != SessionMode.CONSULTATIVE && minutes().isPresent()) {
      throw new InvalidInputException("TR-7: only a consultative session keeps minutes");
    }
    if (mode() == SessionMode.STUDY && reading().isEmpty()) {
      throw new InvalidInputException(
          "CPD-1: a study session records what was read: a citation, a link, or both");
    }
    if (minutes().filter(m -> m.isBlank() || m.length() > MAX_MINUTES_LENGTH).isPresent()) {
      throw new InvalidInputException(
          "TR-7: minutes must be 1 to " + MAX_MINUTES_LENGTH + " characters");
    }
    String problem =
        minutes().map(org.practitionersforum.api.internal.Checks::textProblem).orElse(null);
    if (problem != null) {
      throw new InvalidInputException("TR-7: minutes must not contain " + problem);
    }
    if (duration().isNegative() || duration().isZero() || duration().compareTo(MAX_DURATION) > 0) {
      throw new InvalidInputException(
          "TR-7: a session lasts more than nothing and at most "
              + MAX_DURATION.toHours()
              + " hours");
    }
    Set<PractitionerId> seen = new HashSet<>();
    for (Attendance a : attendance()) {
      if (!seen.add(a.practitioner())) {
        throw new InvalidInputException("TR-7: a member's attendance is recorded once per session");
      }
    }
    if (termsVersion() < 1) {
      throw new InvalidInputException(
          "TR-4: a session is held under a terms version numbered from 1");
    }
    if (version() < 0) {
      throw new InvalidInputException("a session version cannot be negative");
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

  /** Builds {@link Session}s. */
  final class Builder extends ImmutableSession.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Session#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public Session build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

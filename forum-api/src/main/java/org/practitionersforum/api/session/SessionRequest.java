package org.practitionersforum.api.session;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * What a forum records when it holds a session (TR-7): the mode, when and how long, which members
 * were present and which sent apologies (every other member is recorded absent), and for a
 * consultative session its minutes, and what was read (required for a study session, optional for
 * the others). {@code toString()} shows neither people, minutes nor what was read.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableSessionRequest.class)
@JsonDeserialize(as = ImmutableSessionRequest.class)
public interface SessionRequest {
  /**
   * Returns the host's id for the session.
   *
   * @return the id
   */
  SessionId id();

  /**
   * Returns the mode.
   *
   * @return the mode
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
   * @return the duration
   */
  Duration duration();

  /**
   * Returns the members present.
   *
   * @return the practitioners present
   */
  @Value.Redacted
  Set<PractitionerId> present();

  /**
   * Returns the members who sent apologies.
   *
   * @return the practitioners
   */
  @Value.Redacted
  Set<PractitionerId> apologies();

  /**
   * Returns the minutes of a consultative session; must be empty for a reflective one.
   *
   * @return the minutes, or empty
   */
  @Value.Redacted
  Optional<String> minutes();

  /**
   * Returns what the session read or discussed: required for a {@link SessionMode#STUDY} session;
   * on a reflective or consultative one it makes the session count as study too (CPD-1).
   *
   * @return the reading, or empty
   */
  @Value.Redacted
  Optional<Reading> reading();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRequest}s. */
  final class Builder extends ImmutableSessionRequest.Builder {
    /** Creates an empty builder; hosts obtain one from {@link SessionRequest#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public SessionRequest build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

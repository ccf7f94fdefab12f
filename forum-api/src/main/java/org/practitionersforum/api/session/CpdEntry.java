package org.practitionersforum.api.session;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
@JsonIgnoreProperties(ignoreUnknown = true)
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
   * Returns how long the session lasted.
   *
   * @return the duration
   */
  Duration duration();

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
    /** Creates an empty builder, the same as {@link CpdEntry#builder()}. */
    public Builder() {}

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
}

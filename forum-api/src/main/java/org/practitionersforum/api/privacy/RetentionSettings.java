package org.practitionersforum.api.privacy;

import java.time.Period;
import java.util.Optional;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * How long an organisation keeps what its ended forums leave behind (SEC-3), measured from the day
 * a forum closed, by the SDK's clock. A period left unset keeps that data for as long as the forum
 * is stored. Applied by {@link PrivacyService#applyRetention}; set per organisation on the SDK's
 * builder.
 *
 * <pre>{@code
 * RetentionSettings sixYears = RetentionSettings.builder()
 *     .closedForumSessions(Period.ofYears(6))
 *     .closedForumAttendance(Period.ofYears(2))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #KEEP} sets no period.
 */
public final class RetentionSettings {
  /** No period set: nothing is removed. The SDK's default. */
  public static final RetentionSettings KEEP = builder().build();

  private final Period closedForumSessions;
  private final Period closedForumAttendance;

  private RetentionSettings(Builder b) {
    this.closedForumSessions = b.closedForumSessions;
    this.closedForumAttendance = b.closedForumAttendance;
  }

  /**
   * Returns a new builder with no period set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how long the sessions of a closed forum, with their attendance, are kept after it
   * closed.
   *
   * @return the period, or empty to keep them
   */
  public Optional<Period> closedForumSessions() {
    return Optional.ofNullable(closedForumSessions);
  }

  /**
   * Returns how long the attendance records of a closed forum's sessions are kept after it closed;
   * the sessions themselves stay until their own period.
   *
   * @return the period, or empty to keep them as long as their sessions
   */
  public Optional<Period> closedForumAttendance() {
    return Optional.ofNullable(closedForumAttendance);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetentionSettings r
        && java.util.Objects.equals(closedForumSessions, r.closedForumSessions)
        && java.util.Objects.equals(closedForumAttendance, r.closedForumAttendance);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(closedForumSessions, closedForumAttendance);
  }

  @Override
  public String toString() {
    return "RetentionSettings[closedForumSessions="
        + closedForumSessions().map(Period::toString).orElse("kept")
        + ", closedForumAttendance="
        + closedForumAttendance().map(Period::toString).orElse("kept")
        + "]";
  }

  /** Builds {@link RetentionSettings}. Not thread-safe. */
  public static final class Builder {
    private Period closedForumSessions;
    private Period closedForumAttendance;

    /**
     * Creates a builder with no period set; hosts obtain one from {@link
     * RetentionSettings#builder()}.
     */
    Builder() {}

    /**
     * Sets how long a closed forum's sessions, with their attendance, are kept.
     *
     * @param period a period of at least one day
     * @return this builder
     * @throws InvalidInputException if the period is null, negative or shorter than a day
     */
    public Builder closedForumSessions(Period period) {
      this.closedForumSessions = checked(period, "retention period of closed forums' sessions");
      return this;
    }

    /**
     * Sets how long the attendance at a closed forum's sessions is kept.
     *
     * @param period a period of at least one day
     * @return this builder
     * @throws InvalidInputException if the period is null, negative or shorter than a day
     */
    public Builder closedForumAttendance(Period period) {
      this.closedForumAttendance = checked(period, "retention period of closed forums' attendance");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public RetentionSettings build() {
      return new RetentionSettings(this);
    }

    private static Period checked(Period period, String what) {
      Checks.notNull(period, what);
      if (period.isNegative() || period.isZero()) {
        throw new InvalidInputException("SEC-3: a " + what + " must be at least one day");
      }
      return period;
    }
  }
}

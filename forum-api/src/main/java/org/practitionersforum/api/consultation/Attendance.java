package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * A forum's representative at a central meeting, and their report back to the forum (CR-7): due
 * within the organisation's report-back period of the meeting. The summary is the forum's alone:
 * managers never read it. {@code toString()} shows no text and no person.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableAttendance.class)
@JsonDeserialize(as = ImmutableAttendance.class)
public interface Attendance {
  /** The longest report-back summary accepted, in characters. */
  int MAX_SUMMARY_LENGTH = 2_000;

  /**
   * Returns the central meeting.
   *
   * @return the meeting
   */
  MeetingId meeting();

  /**
   * Returns the day the meeting was held.
   *
   * @return the date
   */
  LocalDate heldOn();

  /**
   * Returns the number of the mandate the representative attended under.
   *
   * @return the mandate's number
   */
  int mandate();

  /**
   * Returns the representative who attended.
   *
   * @return the person
   */
  @Value.Redacted
  PersonId representative();

  /**
   * Returns the last day for the report back.
   *
   * @return the date
   */
  LocalDate reportDueBy();

  /**
   * Returns the day the representative reported back.
   *
   * @return the date, present exactly once reported
   */
  Optional<LocalDate> reportedOn();

  /**
   * Returns the report back's short summary, for the forum only.
   *
   * @return the summary, present exactly once reported
   */
  @Value.Redacted
  Optional<String> summary();

  /**
   * Returns when the report back was recorded.
   *
   * @return the instant, present exactly once reported
   */
  Optional<Instant> reportedAt();

  /**
   * Tells whether the representative has reported back.
   *
   * @return true if reported
   */
  default boolean reported() {
    return reportedOn().isPresent();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming CR-7
   */
  @Value.Check
  default void check() {
    if (reportDueBy().isBefore(heldOn())) {
      throw new InvalidInputException("CR-7: a report back falls due after the meeting");
    }
    if (reportedOn().isPresent() != reportedAt().isPresent()
        || (summary().isPresent() && reportedOn().isEmpty())) {
      throw new InvalidInputException(
          "CR-7: a report back has its date and time, and a summary only with them");
    }
    summary().ifPresent(s -> Texts.check(s, "CR-7", "a report back's summary", MAX_SUMMARY_LENGTH));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Attendance}s. */
  final class Builder extends ImmutableAttendance.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Attendance#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public Attendance build() {
      return Checks.built(super::build);
    }
  }
}

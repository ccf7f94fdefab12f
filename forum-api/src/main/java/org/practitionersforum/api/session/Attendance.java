package org.practitionersforum.api.session;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PractitionerId;

/** One member's attendance at a session. The practitioner is redacted from {@code toString()}. */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableAttendance.class)
@JsonDeserialize(as = ImmutableAttendance.class)
public interface Attendance {
  /**
   * Returns the member.
   *
   * @return the practitioner id
   */
  @Value.Redacted
  PractitionerId practitioner();

  /**
   * Returns whether they attended.
   *
   * @return the status
   */
  AttendanceStatus status();

  /**
   * Returns an attendance record.
   *
   * @param practitioner the member
   * @param status whether they attended
   * @return the record
   */
  static Attendance of(PractitionerId practitioner, AttendanceStatus status) {
    return builder().practitioner(practitioner).status(status).build();
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
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public Attendance build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

package org.practitionersforum.api.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * A member of a forum and when they joined. The member's id is redacted from {@code toString()}.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableMember.class)
@JsonDeserialize(as = ImmutableMember.class)
public interface Member {
  /**
   * Returns the member.
   *
   * @return the practitioner id
   */
  @Value.Redacted
  PractitionerId practitioner();

  /**
   * Returns when the practitioner joined.
   *
   * @return the instant of joining
   */
  Instant joinedAt();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Member}s. */
  final class Builder extends ImmutableMember.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Member#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public Member build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

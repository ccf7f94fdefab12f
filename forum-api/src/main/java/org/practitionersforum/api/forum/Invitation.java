package org.practitionersforum.api.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Role;

/**
 * An open invitation to join a forum (FR-2). Only the invited practitioner can accept it; an
 * invitation adds nobody by itself.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableInvitation.class)
@JsonDeserialize(as = ImmutableInvitation.class)
public interface Invitation {
  /**
   * Returns the practitioner invited.
   *
   * @return the invitee
   */
  @Value.Redacted
  PractitionerId invitee();

  /**
   * Returns the role of whoever sent the invitation.
   *
   * @return the inviter's role
   */
  Role invitedBy();

  /**
   * Returns when the invitation was sent.
   *
   * @return the instant
   */
  Instant invitedAt();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Invitation}s. */
  final class Builder extends ImmutableInvitation.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Invitation#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public Invitation build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

package org.practitionersforum.api.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.security.Role;

/**
 * One transition in a forum's lifecycle (FR-8), with its stated reason. Records the role of whoever
 * made the change, not their identity.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableStateChange.class)
@JsonDeserialize(as = ImmutableStateChange.class)
// The attribute from() takes the name of the builder's copy method, which is not generated.
@SuppressWarnings("immutables:from")
public interface StateChange {
  /**
   * Returns the state before the change; empty for the proposal that created the forum.
   *
   * @return the previous state, or empty
   */
  Optional<ForumState> from();

  /**
   * Returns the state after the change.
   *
   * @return the new state
   */
  ForumState to();

  /**
   * Returns the stated reason.
   *
   * @return the reason, in plain words
   */
  String reason();

  /**
   * Returns the role of whoever made the change ({@link Role#SYSTEM} for automatic changes).
   *
   * @return the role
   */
  Role by();

  /**
   * Returns when the change happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Checks that the reason is free text the SDK accepts.
   *
   * @throws org.practitionersforum.api.InvalidInputException naming FR-8 if the reason is blank or
   *     holds invisible, formatting or control characters
   */
  @Value.Check
  default void check() {
    String problem = reason().isBlank() ? "only white space" : Checks.textProblem(reason());
    if (problem != null) {
      throw new org.practitionersforum.api.InvalidInputException(
          "FR-8: the reason for a state change must not contain " + problem);
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

  /** Builds {@link StateChange}s. */
  final class Builder extends ImmutableStateChange.Builder {
    /** Creates an empty builder; hosts obtain one from {@link StateChange#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public StateChange build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

package org.practitionersforum.api.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * The planner's suggestion (FR-9): groupings within the bounds, and each volunteer it could not
 * place with the reason. Every volunteer appears exactly once, in a forum or as unplaced.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableFormationPlan.class)
@JsonDeserialize(as = ImmutableFormationPlan.class)
public interface FormationPlan {

  /**
   * Returns the suggested forums, single-base groupings first.
   *
   * @return the suggested forums
   */
  List<SuggestedForum> forums();

  /**
   * Returns the volunteers left unplaced, each with the reason.
   *
   * @return the unplaced volunteers
   */
  List<Unplaced> unplaced();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FormationPlan}s. */
  final class Builder extends ImmutableFormationPlan.Builder {
    /** Creates an empty builder; hosts obtain one from {@link FormationPlan#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public FormationPlan build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

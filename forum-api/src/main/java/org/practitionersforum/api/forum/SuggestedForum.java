package org.practitionersforum.api.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * One grouping suggested by the formation planner (FR-9). A suggestion only: each practitioner
 * still joins themselves (FR-2).
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableSuggestedForum.class)
@JsonDeserialize(as = ImmutableSuggestedForum.class)
public interface SuggestedForum {

  /**
   * Returns the organisation of the suggested forum (that of its base).
   *
   * @return the organisation
   */
  OrganisationId organisation();

  /**
   * Returns the base where the suggested forum would meet: the base most of its members share.
   *
   * @return the base
   */
  BaseId base();

  /**
   * Returns the locality of the suggested forum.
   *
   * @return the locality
   */
  LocalityId locality();

  /**
   * Returns the suggested members, in ascending id order.
   *
   * @return the members
   */
  @Value.Redacted
  List<PractitionerId> members();

  /**
   * Tells whether every member works at the suggested base.
   *
   * @return true if the grouping is single-base
   */
  boolean sameBase();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SuggestedForum}s. */
  final class Builder extends ImmutableSuggestedForum.Builder {
    /** Creates an empty builder; hosts obtain one from {@link SuggestedForum#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public SuggestedForum build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

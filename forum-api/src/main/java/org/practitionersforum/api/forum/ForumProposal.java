package org.practitionersforum.api.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * What is needed to propose a new forum at a base (FR-1). The forum's size bounds and
 * line-management switch come from its organisation's {@link FormationSettings}.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableForumProposal.class)
@JsonDeserialize(as = ImmutableForumProposal.class)
public interface ForumProposal {

  /**
   * Returns the identifier the host gives the new forum.
   *
   * @return the id
   */
  ForumId id();

  /**
   * Returns the forum's name.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the organisation.
   *
   * @return the organisation
   */
  OrganisationId organisation();

  /**
   * Returns the base where the forum will meet.
   *
   * @return the base
   */
  BaseId base();

  /**
   * Returns the locality of the base.
   *
   * @return the locality
   */
  LocalityId locality();

  /**
   * Returns the declared composition.
   *
   * @return the composition
   */
  Composition composition();

  /**
   * Returns the sponsoring manager, if one is named at the outset.
   *
   * @return the sponsor, or empty
   */
  @Value.Redacted
  Optional<PersonId> sponsor();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ForumProposal}s. */
  final class Builder extends ImmutableForumProposal.Builder {
    /** Creates an empty builder; hosts obtain one from {@link ForumProposal#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public ForumProposal build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

package org.practitionersforum.api.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PractitionerProfile;

/**
 * The input of formation planning (FR-9): the volunteers of a department or locality, the
 * composition wanted, and the settings (size bounds, line-management rule) to respect.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableFormationRequest.class)
@JsonDeserialize(as = ImmutableFormationRequest.class)
public interface FormationRequest {

  /**
   * Returns the volunteers. Each practitioner may appear once.
   *
   * @return the volunteers
   */
  List<PractitionerProfile> volunteers();

  /**
   * Returns the composition every suggested forum must have.
   *
   * @return the composition
   */
  Composition composition();

  /**
   * Returns the settings to respect; the product defaults unless set.
   *
   * @return the settings
   */
  @Value.Default
  default FormationSettings settings() {
    return FormationSettings.DEFAULT;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FormationRequest}s. */
  final class Builder extends ImmutableFormationRequest.Builder {
    /** Creates an empty builder; hosts obtain one from {@link FormationRequest#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public FormationRequest build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

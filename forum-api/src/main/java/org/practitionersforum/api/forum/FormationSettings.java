package org.practitionersforum.api.forum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.practitionersforum.api.internal.Checks;

/**
 * An organisation's formation settings: size bounds (FR-4) and whether line managers and their
 * direct reports are kept apart (FR-7). Defaults: 4 to 8 members, line management kept out.
 *
 * @param sizeBounds the size bounds for new forums
 * @param lineManagementExcluded whether FR-7 applies
 */
public record FormationSettings(
    @JsonProperty("sizeBounds") SizeBounds sizeBounds,
    @JsonProperty("lineManagementExcluded") boolean lineManagementExcluded) {

  /** The defaults of the product brief. */
  public static final FormationSettings DEFAULT = new FormationSettings(SizeBounds.DEFAULT, true);

  /**
   * Creates settings.
   *
   * @param sizeBounds the size bounds for new forums
   * @param lineManagementExcluded whether FR-7 applies
   * @throws org.practitionersforum.api.InvalidInputException if the bounds are missing
   */
  @JsonCreator
  public FormationSettings {
    Checks.notNull(sizeBounds, "size bounds");
  }

  /**
   * Returns a copy with other size bounds.
   *
   * @param bounds the bounds
   * @return the settings
   */
  public FormationSettings withSizeBounds(SizeBounds bounds) {
    return new FormationSettings(bounds, lineManagementExcluded);
  }

  /**
   * Returns a copy with the line-management rule switched on or off.
   *
   * @param excluded whether FR-7 applies
   * @return the settings
   */
  public FormationSettings withLineManagementExcluded(boolean excluded) {
    return new FormationSettings(sizeBounds, excluded);
  }
}

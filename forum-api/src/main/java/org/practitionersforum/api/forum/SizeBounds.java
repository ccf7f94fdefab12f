package org.practitionersforum.api.forum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.practitionersforum.api.InvalidInputException;

/**
 * The smallest and largest number of members a forum may have (FR-4). The product default is 4 to
 * 8; an organisation may set its own within {@value #LOWEST} to {@value #HIGHEST}.
 *
 * @param minimum the fewest members an active forum may have
 * @param maximum the most members a forum may have
 */
public record SizeBounds(
    @JsonProperty("minimum") int minimum, @JsonProperty("maximum") int maximum) {
  /** The lowest minimum an organisation may configure: a forum is a group, not a pair. */
  public static final int LOWEST = 3;

  /** The highest maximum an organisation may configure: beyond it a forum is no longer small. */
  public static final int HIGHEST = 16;

  /** The default bounds: 4 to 8 members. */
  public static final SizeBounds DEFAULT = new SizeBounds(4, 8);

  /**
   * Creates bounds.
   *
   * @param minimum the fewest members an active forum may have
   * @param maximum the most members a forum may have
   * @throws InvalidInputException naming FR-4 if the bounds are out of range or inverted
   */
  @JsonCreator
  public SizeBounds {
    if (minimum < LOWEST || maximum > HIGHEST || minimum > maximum) {
      throw new InvalidInputException(
          "FR-4: size bounds must satisfy "
              + LOWEST
              + " <= minimum <= maximum <= "
              + HIGHEST
              + ", but were "
              + minimum
              + " to "
              + maximum);
    }
  }

  /**
   * Returns bounds.
   *
   * @param minimum the fewest members
   * @param maximum the most members
   * @return the bounds
   * @throws InvalidInputException if out of range
   */
  public static SizeBounds of(int minimum, int maximum) {
    return new SizeBounds(minimum, maximum);
  }

  /**
   * Tells whether a count of members lies within the bounds.
   *
   * @param members a number of members
   * @return true if {@code minimum <= members <= maximum}
   */
  public boolean admits(int members) {
    return members >= minimum && members <= maximum;
  }
}

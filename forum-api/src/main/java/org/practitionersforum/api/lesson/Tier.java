package org.practitionersforum.api.lesson;

import java.util.Optional;

/**
 * The publication tiers of a lesson (LS-3), each wider than the one before: the forum it comes
 * from, then that forum's organisation, then the network of organisations. A lesson moves one step
 * at a time: it is published at a tier only once it is published at the tier below.
 */
public enum Tier {
  /** The current members of the lesson's own forum, and reviewers. Never managers. */
  FORUM,
  /** The practitioners and managers of the forum's organisation, and reviewers. */
  ORGANISATION,
  /** Every organisation of the network: any practitioner, manager or reviewer. */
  NETWORK;

  /**
   * Returns the tier below this one, which a lesson must be published at first.
   *
   * @return the tier below, or empty for {@link #FORUM}
   */
  public Optional<Tier> below() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }

  /**
   * Tells whether this tier is this one or wider than another.
   *
   * @param other another tier
   * @return true if this tier is {@code other} or above it
   */
  public boolean atLeast(Tier other) {
    return compareTo(other) >= 0;
  }
}

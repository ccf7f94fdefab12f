package org.practitionersforum.api.consultation;

/**
 * The tiers of management a repeated recommendation escalates through (CR-6). A recommendation is
 * first answered at {@link #SERVICE}, by the managers who consult; each batch of {@link
 * ConsultationSettings#escalateAfterRepeats()} repeats without implementation escalates it one tier
 * further, up to {@link #CHIEF_EXECUTIVE}, past which it escalates no further.
 */
public enum ManagementTier {
  /** The managers of the service who consulted: no escalation. */
  SERVICE,
  /** The head of the service. */
  HEAD_OF_SERVICE,
  /** The director responsible for the service. */
  DIRECTOR,
  /** The chief executive: the top tier. */
  CHIEF_EXECUTIVE;

  /**
   * Returns the tier after a number of escalations, no higher than the top one.
   *
   * @param escalations how many times the group escalated, from 0
   * @return the tier
   */
  public static ManagementTier after(int escalations) {
    ManagementTier[] all = values();
    return all[Math.max(0, Math.min(escalations, all.length - 1))];
  }

  /**
   * Tells whether this tier is above the service's own managers.
   *
   * @return true once escalated
   */
  public boolean escalated() {
    return this != SERVICE;
  }
}

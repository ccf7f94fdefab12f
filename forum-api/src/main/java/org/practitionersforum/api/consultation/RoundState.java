package org.practitionersforum.api.consultation;

/** Where a consultation round stands. */
public enum RoundState {
  /** Open: forums may respond within its window; management publishes dispositions. */
  OPEN,
  /** Closed: every recommendation received has a published disposition (CR-4). */
  CLOSED
}

package org.practitionersforum.api.consultation;

/** What a consultation round is about (CR-1). */
public enum Purpose {
  /** Planning a service. */
  PLANNING,
  /** Monitoring a service. */
  MONITORING
}

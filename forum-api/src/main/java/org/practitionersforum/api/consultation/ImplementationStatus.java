package org.practitionersforum.api.consultation;

/** How far an adopted or adapted recommendation is implemented (CR-5). */
public enum ImplementationStatus {
  /** Planned: work is scheduled. */
  PLANNED,
  /** In progress, with a percentage done. */
  IN_PROGRESS,
  /** Implemented: the tracking ends. */
  IMPLEMENTED,
  /** Abandoned, for a reason stated: the tracking ends. */
  ABANDONED;

  /**
   * Tells whether the tracking ends with this status.
   *
   * @return true for implemented and abandoned
   */
  public boolean isFinal() {
    return this == IMPLEMENTED || this == ABANDONED;
  }
}

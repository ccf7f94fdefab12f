package org.practitionersforum.api.consultation;

/** Where a repeat link stands (CR-6). */
public enum LinkState {
  /** Found by the matcher; a manager has not yet decided. */
  SUGGESTED,
  /** A manager confirmed it: both recommendations are in one repeat group. */
  CONFIRMED,
  /** A manager rejected it; the pair is never suggested again. */
  REJECTED
}

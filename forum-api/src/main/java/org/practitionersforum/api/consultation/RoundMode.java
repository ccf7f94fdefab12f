package org.practitionersforum.api.consultation;

/**
 * How a round is run (CR-2). Whatever the mode, a forum's response is agreed the same way (CR-3).
 */
public enum RoundMode {
  /** The forums answer in writing: the default. */
  WRITTEN,
  /** The forums answer at a meeting with managers, which counts towards their meeting schedule. */
  MEETING,
  /** The forums answer through their representatives to a central group (CR-7). */
  REPRESENTATIVES
}

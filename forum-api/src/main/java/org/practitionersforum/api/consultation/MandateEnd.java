package org.practitionersforum.api.consultation;

/** Why a representative's mandate ended before its end date (CR-7). */
public enum MandateEnd {
  /** The forum's facilitator revoked it. */
  REVOKED,
  /** The representative left the forum. */
  LEFT_FORUM
}

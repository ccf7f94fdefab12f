package org.practitionersforum.api.security;

/**
 * The relationship an {@link Actor} must have to the thing acted on for a row of an {@link
 * AccessPolicy} to apply (SEC-1). The SDK decides it from stored state, inside the unit of work
 * that acts, so the decision and the change see the same version.
 */
public enum Relationship {
  /** No relationship needed: the role is enough. */
  ANY,
  /** The actor is the practitioner (or person) the operation concerns, acting for themselves. */
  SELF,
  /** The actor is a current member of the forum. */
  MEMBER,
  /** The actor is the facilitator of the forum's ongoing facilitation (FR-6). */
  FACILITATOR,
  /** The actor is the forum's sponsoring manager. */
  SPONSOR,
  /**
   * The actor is the party the operation names, acting for themselves, and a party concerned by the
   * forum's terms in the role that makes them one: a member as a practitioner, the facilitator as a
   * facilitator, the sponsor as a manager (TR-2).
   */
  PARTY;

  /**
   * Tells whether every actor with this relationship also has the other one, so that a row with
   * this relationship grants no more than a row with the other.
   *
   * @param other another relationship
   * @return true if this is the same, {@code other} is {@link #ANY}, or this is {@link #PARTY} and
   *     {@code other} is {@link #SELF}
   */
  public boolean within(Relationship other) {
    return this == other || other == ANY || this == PARTY && other == SELF;
  }
}

package org.practitionersforum.api.terms;

import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;

/**
 * Why a person is a party concerned by a forum's terms of reference (TR-2): every current member,
 * the facilitator while there is one, and the sponsoring manager.
 */
public enum PartyRole {
  /** A current member of the forum. */
  MEMBER,
  /** The forum's facilitator, while facilitation is ongoing (FR-6). */
  FACILITATOR,
  /** The forum's sponsoring manager. */
  SPONSOR;

  /**
   * Returns the actor a party in this role acts as: a member as a practitioner, the facilitator as
   * a facilitator, the sponsor as a manager.
   *
   * @param party the party, signed in and acting for themselves
   * @return the actor
   * @throws org.practitionersforum.api.InvalidInputException if the party is null
   */
  public Actor actor(PersonId party) {
    Checks.notNull(party, "party");
    return switch (this) {
      case MEMBER -> Actor.practitioner(party.asPractitioner());
      case FACILITATOR -> Actor.facilitator(party);
      case SPONSOR -> Actor.manager(party);
    };
  }
}

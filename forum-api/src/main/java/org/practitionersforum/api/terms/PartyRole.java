package org.practitionersforum.api.terms;

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
  SPONSOR
}

package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.terms.PartyRole;

/**
 * A party explicitly agreed a version of a forum's terms (TR-2), or a newcomer joined by agreeing
 * the version in force (TR-4). {@code toString()} never shows the party.
 *
 * @param forum the forum
 * @param version the number of the version agreed
 * @param party the party who agreed
 * @param role why they are a party concerned
 * @param at when it happened
 */
public record TermsAgreed(ForumId forum, int version, PersonId party, PartyRole role, Instant at)
    implements ForumEvent {

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "[forum="
        + forum
        + ", version="
        + version
        + ", party=****, role="
        + role
        + ", at="
        + at
        + "]";
  }
}

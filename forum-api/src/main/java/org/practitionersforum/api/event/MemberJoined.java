package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * A practitioner joined a forum, by their own act (FR-2).
 *
 * @param forum the forum
 * @param practitioner the practitioner concerned
 * @param at when it happened
 */
public record MemberJoined(ForumId forum, PractitionerId practitioner, Instant at)
    implements ForumEvent {

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[forum=" + forum + ", practitioner=****, at=" + at + "]";
  }
}

package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * Something that happened to a forum, named in the past tense. Events are published to the host's
 * {@link ForumEventListener}s after the change is stored, in the order of the changes.
 *
 * <p>Events carry identifiers and states only: never names, free text or reasons typed by people
 * (AN-5), and their {@code toString} never shows the identifier of a person.
 */
public interface ForumEvent {

  /**
   * Returns the forum concerned.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns when it happened, by the SDK's clock.
   *
   * @return the instant
   */
  Instant at();
}

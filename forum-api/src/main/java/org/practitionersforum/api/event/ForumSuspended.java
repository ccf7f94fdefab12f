package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * An active forum was suspended, for example because it fell under strength (FR-8).
 *
 * @param forum the forum
 * @param at when it happened
 */
public record ForumSuspended(ForumId forum, Instant at) implements ForumEvent {}

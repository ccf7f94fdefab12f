package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * The forum ended its outside facilitation (FR-6).
 *
 * @param forum the forum
 * @param at when it happened
 */
public record FacilitationEnded(ForumId forum, Instant at) implements ForumEvent {}

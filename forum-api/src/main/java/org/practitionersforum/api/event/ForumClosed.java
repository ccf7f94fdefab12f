package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * A forum closed (FR-8).
 *
 * @param forum the forum
 * @param at when it happened
 */
public record ForumClosed(ForumId forum, Instant at) implements ForumEvent {}

package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * A forum became active, or active again after a suspension (FR-8).
 *
 * @param forum the forum
 * @param at when it happened
 */
public record ForumActivated(ForumId forum, Instant at) implements ForumEvent {}

package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * A forum was proposed at a base (FR-1).
 *
 * @param forum the forum
 * @param at when it happened
 */
public record ForumProposed(ForumId forum, Instant at) implements ForumEvent {}

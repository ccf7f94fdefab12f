package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * Outside facilitation of a forum started (FR-6).
 *
 * @param forum the forum
 * @param at when it happened
 */
public record FacilitationStarted(ForumId forum, Instant at) implements ForumEvent {}

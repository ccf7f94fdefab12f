package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * A proposed forum started forming: its first member joined (FR-8).
 *
 * @param forum the forum
 * @param at when it happened
 */
public record FormationStarted(ForumId forum, Instant at) implements ForumEvent {}

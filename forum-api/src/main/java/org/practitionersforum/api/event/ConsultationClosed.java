package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.forum.ForumId;

/**
 * A round the forum was invited to was closed, every recommendation disposed (CR-4).
 *
 * @param forum the forum addressed
 * @param round the round
 * @param at when it happened
 */
public record ConsultationClosed(ForumId forum, RoundId round, Instant at) implements ForumEvent {}

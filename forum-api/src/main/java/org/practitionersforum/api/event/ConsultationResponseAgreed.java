package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.forum.ForumId;

/**
 * Every member agreed the forum's response to a round: it is released and its recommendations
 * received (CR-3). Carries no text.
 *
 * @param forum the forum addressed
 * @param round the round
 * @param recommendations how many recommendations it makes
 * @param at when it happened
 */
public record ConsultationResponseAgreed(
    ForumId forum, RoundId round, int recommendations, Instant at) implements ForumEvent {}

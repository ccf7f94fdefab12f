package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.forum.ForumId;

/**
 * A forum's response to a round was drafted or replaced; earlier agreements to it are void (CR-3).
 * Carries no text and no person.
 *
 * @param forum the forum addressed
 * @param round the round
 * @param at when it happened
 */
public record ConsultationResponseDrafted(ForumId forum, RoundId round, Instant at)
    implements ForumEvent {}

package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.forum.ForumId;

/**
 * A member agreed their forum's response to a round (CR-3). Carries no text and never the member.
 *
 * @param forum the forum addressed
 * @param round the round
 * @param agreements the agreements the content holds now
 * @param parties the members whose agreement it needs
 * @param at when it happened
 */
public record ConsultationResponseAgreement(
    ForumId forum, RoundId round, int agreements, int parties, Instant at) implements ForumEvent {}

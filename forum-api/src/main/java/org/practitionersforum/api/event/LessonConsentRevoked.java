package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.Tier;

/**
 * Consent to a tier was revoked (LS-4): the lesson is withdrawn from that tier and every tier above
 * it, and hosts must remove the copies they keep at those tiers. Carries no text and never the
 * author.
 *
 * @param forum the forum the lesson comes from
 * @param lesson the lesson
 * @param tier the tier
 * @param at when it happened
 */
public record LessonConsentRevoked(ForumId forum, LessonId lesson, Tier tier, Instant at)
    implements ForumEvent {}

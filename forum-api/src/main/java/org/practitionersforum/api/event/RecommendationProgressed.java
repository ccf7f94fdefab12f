package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.forum.ForumId;

/**
 * The implementation status of a recommendation the forum made changed (CR-5). Carries no text.
 *
 * @param forum the forum that made the recommendation
 * @param recommendation the recommendation
 * @param status its new status
 * @param at when it happened
 */
public record RecommendationProgressed(
    ForumId forum, RecommendationId recommendation, ImplementationStatus status, Instant at)
    implements ForumEvent {}

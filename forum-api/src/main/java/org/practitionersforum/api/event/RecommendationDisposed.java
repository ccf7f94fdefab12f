package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.consultation.DispositionKind;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.forum.ForumId;

/**
 * Management published the disposition of a recommendation the forum made (CR-4). Carries no text.
 *
 * @param forum the forum addressed
 * @param recommendation the recommendation
 * @param kind what management decided
 * @param at when it happened
 */
public record RecommendationDisposed(
    ForumId forum, RecommendationId recommendation, DispositionKind kind, Instant at)
    implements ForumEvent {}

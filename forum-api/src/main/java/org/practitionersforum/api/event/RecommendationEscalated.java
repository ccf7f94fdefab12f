package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.consultation.ManagementTier;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.forum.ForumId;

/**
 * A repeated recommendation escalated to the next tier of management (CR-6): its group was raised
 * again the configured number of times without being implemented. Sent to each forum that raised a
 * recommendation of the group, once per escalation.
 *
 * @param forum the forum told
 * @param recommendation the recommendation whose confirmation escalated the group
 * @param tier the tier it escalated to
 * @param raised how many times the group's recommendation was raised
 * @param at when
 */
public record RecommendationEscalated(
    ForumId forum, RecommendationId recommendation, ManagementTier tier, int raised, Instant at)
    implements ForumEvent {}

package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.Tier;

/**
 * A lesson was published at a tier (LS-3): its readers at that tier may now read its anonymised
 * text. Carries no text and never the author.
 *
 * @param forum the forum the lesson comes from
 * @param lesson the lesson
 * @param tier the tier
 * @param at when it happened
 */
public record LessonPublished(ForumId forum, LessonId lesson, Tier tier, Instant at)
    implements ForumEvent {}

package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.Tier;

/**
 * The author consented to publication of a lesson at a tier (LS-3). Carries no text and never the
 * author.
 *
 * @param forum the forum the lesson comes from
 * @param lesson the lesson
 * @param tier the tier
 * @param at when it happened
 */
public record LessonConsented(ForumId forum, LessonId lesson, Tier tier, Instant at)
    implements ForumEvent {}

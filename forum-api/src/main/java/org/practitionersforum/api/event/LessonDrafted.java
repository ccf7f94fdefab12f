package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.LessonId;

/**
 * An author started a lesson's draft (LS-1). Carries no text and never the author.
 *
 * @param forum the forum the lesson comes from
 * @param lesson the lesson
 * @param at when it happened
 */
public record LessonDrafted(ForumId forum, LessonId lesson, Instant at) implements ForumEvent {}

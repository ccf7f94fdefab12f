package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.LessonId;

/**
 * A lesson was submitted for review (LS-2). Carries no text and never the author.
 *
 * @param forum the forum the lesson comes from
 * @param lesson the lesson
 * @param at when it happened
 */
public record LessonSubmitted(ForumId forum, LessonId lesson, Instant at) implements ForumEvent {}

package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.LessonId;

/**
 * The author answered a reviewer's question (LS-2). Carries no text and never the author.
 *
 * @param forum the forum the lesson comes from
 * @param lesson the lesson
 * @param question the question's number
 * @param at when it happened
 */
public record LessonQuestionAnswered(ForumId forum, LessonId lesson, int question, Instant at)
    implements ForumEvent {}

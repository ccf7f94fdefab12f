package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.LessonId;

/**
 * A reviewer asked a lesson's author a question (LS-2): the host may tell the author, through
 * {@code LessonService.mine}, that a question awaits them. Carries no text and never the author.
 *
 * @param forum the forum the lesson comes from
 * @param lesson the lesson
 * @param question the question's number
 * @param at when it happened
 */
public record LessonQuestionAsked(ForumId forum, LessonId lesson, int question, Instant at)
    implements ForumEvent {}

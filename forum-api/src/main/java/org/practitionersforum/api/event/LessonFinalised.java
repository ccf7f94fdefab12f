package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.LessonId;

/**
 * A lesson's author finalised it: their identity is erased and nothing links them to it any more
 * (LS-2). Carries no text and never the author.
 *
 * @param forum the forum the lesson comes from
 * @param lesson the lesson
 * @param at when it happened
 */
public record LessonFinalised(ForumId forum, LessonId lesson, Instant at) implements ForumEvent {}

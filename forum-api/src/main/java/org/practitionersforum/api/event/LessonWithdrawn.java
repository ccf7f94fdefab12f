package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.LessonId;

/**
 * A lesson was withdrawn (LS-4): it is removed from every tier, and hosts must remove every copy
 * they keep of it. Carries no text and never the author.
 *
 * @param forum the forum the lesson comes from
 * @param lesson the lesson
 * @param at when it happened
 */
public record LessonWithdrawn(ForumId forum, LessonId lesson, Instant at) implements ForumEvent {}

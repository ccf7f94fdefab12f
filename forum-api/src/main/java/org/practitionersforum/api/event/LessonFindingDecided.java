package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.Tier;

/**
 * A reviewer decided a finding of a lesson's anonymisation for a tier (AN-3). Carries no text, no
 * decision and never the author.
 *
 * @param forum the forum the lesson comes from
 * @param lesson the lesson
 * @param tier the tier
 * @param finding the finding's number, from 1
 * @param at when it happened
 */
public record LessonFindingDecided(
    ForumId forum, LessonId lesson, Tier tier, int finding, Instant at) implements ForumEvent {}

package org.practitionersforum.api.lesson;

/**
 * Where a lesson is in its life: {@code DRAFT -> SUBMITTED -> WITHDRAWN}, or straight from draft to
 * withdrawn. Whether the author's identity is still held is told apart, by {@link
 * Lesson#finalised()}.
 */
public enum LessonState {
  /** Being written by its author; only the author sees it. */
  DRAFT,
  /** Submitted for review: reviewers read it and may ask the author questions. */
  SUBMITTED,
  /** Withdrawn (LS-4): no read returns it any more. Final. */
  WITHDRAWN
}

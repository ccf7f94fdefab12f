package org.practitionersforum.api.lesson;

import org.practitionersforum.api.internal.Checks;

/**
 * What submitting a lesson returns: the lesson as stored and the reference code, shown this once
 * and never again (LS-2). {@code toString()} never shows the code's secret.
 *
 * @param lesson the submitted lesson
 * @param code the reference code the author must keep
 */
public record Submission(Lesson lesson, ReferenceCode code) {

  /**
   * Creates the result.
   *
   * @param lesson the submitted lesson
   * @param code the reference code
   * @throws org.practitionersforum.api.InvalidInputException if either is null
   */
  public Submission {
    Checks.notNull(lesson, "lesson");
    Checks.notNull(code, "reference code");
  }
}

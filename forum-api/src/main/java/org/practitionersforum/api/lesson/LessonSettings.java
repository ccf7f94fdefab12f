package org.practitionersforum.api.lesson;

/**
 * An organisation's settings for clearing lessons (LS-3).
 *
 * @param reviewerOutsideForum whether a reviewer who clears a lesson must not be a member of the
 *     forum the lesson comes from (on by default): a colleague of the author's forum would know too
 *     much to judge whether the author can be recognised
 */
public record LessonSettings(boolean reviewerOutsideForum) {

  /**
   * Returns the defaults: a reviewer clearing a lesson is not a member of its forum.
   *
   * @return the default settings
   */
  public static LessonSettings defaults() {
    return new LessonSettings(true);
  }
}

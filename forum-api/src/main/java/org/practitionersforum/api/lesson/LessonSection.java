package org.practitionersforum.api.lesson;

/**
 * The sections of a lesson (LS-1), in the order they are told. A lesson is submitted only with
 * every section written.
 */
public enum LessonSection {
  /** What we did. */
  WHAT_WE_DID("What we did"),
  /** The stage at which we had concerns. */
  WHEN_WE_HAD_CONCERNS("The stage at which we had concerns"),
  /** How we made the judgement. */
  HOW_WE_JUDGED("How we made the judgement"),
  /** The stage at which we pulled the plug. */
  WHEN_WE_STOPPED("The stage at which we pulled the plug"),
  /** Why it did not work. */
  WHY_IT_FAILED("Why it did not work"),
  /** What we would do next time. */
  NEXT_TIME("What we would do next time");

  private final String title;

  LessonSection(String title) {
    this.title = title;
  }

  /**
   * Returns the section's heading, in plain English.
   *
   * @return the heading
   */
  public String title() {
    return title;
  }
}

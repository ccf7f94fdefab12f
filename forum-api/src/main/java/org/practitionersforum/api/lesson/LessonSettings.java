package org.practitionersforum.api.lesson;

import org.practitionersforum.api.InvalidInputException;

/**
 * An organisation's settings for clearing and publishing lessons (LS-3, AN-4).
 *
 * @param reviewerOutsideForum whether a reviewer who clears a lesson must not be a member of the
 *     forum the lesson comes from (on by default): a colleague of the author's forum would know too
 *     much to judge whether the author can be recognised
 * @param k how many practitioners of a tier's audience, the author included, must share the
 *     author's attribution as published (AN-4): {@value #MIN_K} to {@value #MAX_K}, {@value
 *     #DEFAULT_K} by default
 */
public record LessonSettings(boolean reviewerOutsideForum, int k) {
  /** The least k accepted: one person alone is never hidden in a crowd. */
  public static final int MIN_K = 2;

  /** The greatest k accepted. */
  public static final int MAX_K = 1_000;

  /** The k of the defaults. */
  public static final int DEFAULT_K = 5;

  /**
   * Creates settings.
   *
   * @param reviewerOutsideForum whether a reviewer who clears a lesson must not be a member of its
   *     forum
   * @param k the k of the k-gate
   * @throws InvalidInputException naming AN-4 if k is out of bounds
   */
  public LessonSettings {
    if (k < MIN_K || k > MAX_K) {
      throw new InvalidInputException(
          "AN-4: k is between " + MIN_K + " and " + MAX_K + " (default " + DEFAULT_K + ")");
    }
  }

  /**
   * Creates settings with the default k, {@value #DEFAULT_K}.
   *
   * @param reviewerOutsideForum whether a reviewer who clears a lesson must not be a member of its
   *     forum
   */
  public LessonSettings(boolean reviewerOutsideForum) {
    this(reviewerOutsideForum, DEFAULT_K);
  }

  /**
   * Returns these settings with another k.
   *
   * @param k the k of the k-gate
   * @return the settings
   * @throws InvalidInputException naming AN-4 if k is out of bounds
   */
  public LessonSettings withK(int k) {
    return new LessonSettings(reviewerOutsideForum, k);
  }

  /**
   * Returns the defaults: a reviewer clearing a lesson is not a member of its forum, and k is
   * {@value #DEFAULT_K}.
   *
   * @return the default settings
   */
  public static LessonSettings defaults() {
    return new LessonSettings(true, DEFAULT_K);
  }
}

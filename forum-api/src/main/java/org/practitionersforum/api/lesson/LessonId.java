package org.practitionersforum.api.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The host system's identifier of a lesson. It must not contain a full stop: a {@link
 * ReferenceCode} is the lesson's id, a full stop and a secret.
 *
 * @param value the host's identifier: non-blank, single line, at most 200 characters, no full stop
 */
public record LessonId(@JsonValue String value) implements Comparable<LessonId> {

  /**
   * Creates the identifier.
   *
   * @param value the host's identifier: non-blank, single line, at most 200 characters, no full
   *     stop
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  public LessonId {
    Checks.id(value, "lesson id");
    if (value.indexOf('.') >= 0) {
      throw new org.practitionersforum.api.InvalidInputException(
          "LS-2: a lesson id must not contain a full stop, which separates it from the secret of"
              + " its reference code");
    }
  }

  /**
   * Wraps a host identifier.
   *
   * @param value the host's identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static LessonId of(String value) {
    return new LessonId(value);
  }

  @Override
  public int compareTo(LessonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.practitionersforum.api.practitioner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A practitioner's specialism (field of practice). An open vocabulary like {@link Discipline}:
 * well-known values are provided and codes are normalised the same way.
 *
 * @param code the normalised code
 */
public record Specialism(@JsonValue String code) implements Comparable<Specialism> {
  /** Children and families. */
  public static final Specialism CHILDREN_AND_FAMILIES = new Specialism("children-and-families");

  /** Adults. */
  public static final Specialism ADULTS = new Specialism("adults");

  /** Mental health. */
  public static final Specialism MENTAL_HEALTH = new Specialism("mental-health");

  /** Learning disability. */
  public static final Specialism LEARNING_DISABILITY = new Specialism("learning-disability");

  /** Older people. */
  public static final Specialism OLDER_PEOPLE = new Specialism("older-people");

  /** Substance misuse. */
  public static final Specialism SUBSTANCE_MISUSE = new Specialism("substance-misuse");

  /**
   * Creates a specialism from a code, normalising it.
   *
   * @param code the normalised code
   * @throws org.practitionersforum.api.InvalidInputException if the code is not valid
   */
  public Specialism {
    code = Vocabulary.normalise(code, "specialism");
  }

  /**
   * Returns the specialism with the given code or name.
   *
   * @param code a code such as {@code "mental-health"} or a name such as {@code "Mental Health"}
   * @return the specialism
   * @throws org.practitionersforum.api.InvalidInputException if the code is not valid
   */
  @JsonCreator
  public static Specialism of(String code) {
    return new Specialism(code);
  }

  /**
   * Returns the well-known specialisms.
   *
   * @return an unmodifiable list
   */
  public static List<Specialism> wellKnown() {
    return List.of(
        CHILDREN_AND_FAMILIES,
        ADULTS,
        MENTAL_HEALTH,
        LEARNING_DISABILITY,
        OLDER_PEOPLE,
        SUBSTANCE_MISUSE);
  }

  @Override
  public int compareTo(Specialism other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

package org.practitionersforum.api.practitioner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.practitionersforum.api.InvalidInputException;

/**
 * A practitioner's discipline (profession). An open vocabulary: the well-known values are provided
 * as constants and a host may use its own codes. Codes are normalised to lower case with words
 * joined by hyphens, so {@code "Social Work"} and {@code "social-work"} are equal.
 *
 * @param code the normalised code
 */
public record Discipline(@JsonValue String code) implements Comparable<Discipline> {
  /** Social work. */
  public static final Discipline SOCIAL_WORK = new Discipline("social-work");

  /** Nursing. */
  public static final Discipline NURSING = new Discipline("nursing");

  /** Occupational therapy. */
  public static final Discipline OCCUPATIONAL_THERAPY = new Discipline("occupational-therapy");

  /** Housing support. */
  public static final Discipline HOUSING_SUPPORT = new Discipline("housing-support");

  /** Support work (care and support workers). */
  public static final Discipline SUPPORT_WORK = new Discipline("support-work");

  /** Physiotherapy. */
  public static final Discipline PHYSIOTHERAPY = new Discipline("physiotherapy");

  /** Psychology. */
  public static final Discipline PSYCHOLOGY = new Discipline("psychology");

  /**
   * Creates a discipline from a code, normalising it.
   *
   * @param code the normalised code
   * @throws InvalidInputException if the code is blank, too long, or has characters other than
   *     letters, digits, spaces and hyphens
   */
  public Discipline {
    code = Vocabulary.normalise(code, "discipline");
  }

  /**
   * Returns the discipline with the given code or name.
   *
   * @param code a code such as {@code "social-work"} or a name such as {@code "Social Work"}
   * @return the discipline
   * @throws InvalidInputException if the code is not valid
   */
  @JsonCreator
  public static Discipline of(String code) {
    return new Discipline(code);
  }

  /**
   * Returns the well-known disciplines.
   *
   * @return an unmodifiable list
   */
  public static List<Discipline> wellKnown() {
    return List.of(
        SOCIAL_WORK,
        NURSING,
        OCCUPATIONAL_THERAPY,
        HOUSING_SUPPORT,
        SUPPORT_WORK,
        PHYSIOTHERAPY,
        PSYCHOLOGY);
  }

  @Override
  public int compareTo(Discipline other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

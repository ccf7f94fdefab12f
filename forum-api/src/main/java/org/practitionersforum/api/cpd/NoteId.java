package org.practitionersforum.api.cpd;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.practitionersforum.api.internal.Checks;

/**
 * The identifier of a private reflective note (CPD-2). The SDK makes it when the note is written,
 * from a secure random source, so that it tells nothing and no one can guess another's.
 *
 * @param value the identifier: non-blank, single line, at most 200 characters
 */
public record NoteId(@JsonValue String value) implements Comparable<NoteId> {

  /**
   * Creates the identifier.
   *
   * @param value the identifier: non-blank, single line, at most 200 characters
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  public NoteId {
    Checks.id(value, "note id");
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the typed identifier
   * @throws org.practitionersforum.api.InvalidInputException if the value is not a valid identifier
   */
  @JsonCreator
  public static NoteId of(String value) {
    return new NoteId(value);
  }

  @Override
  public int compareTo(NoteId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.practitionersforum.api.internal;

import java.util.Arrays;
import org.practitionersforum.api.InvalidInputException;

/**
 * The error that generated builders throw, through {@link ForumStyle}, when an attribute is set to
 * null or left unset (SEC-4). Hosts see an {@link InvalidInputException} that names the attribute
 * and never a value.
 */
public final class MissingValueException extends InvalidInputException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error for one attribute set to null, the form generated setters call.
   *
   * @param attribute the attribute's name, as the generated code gives it
   */
  public MissingValueException(String attribute) {
    super("SEC-4: a required value is missing or null: " + attribute);
  }

  /**
   * Creates the error for required attributes left unset, the form generated {@code build()}
   * methods call.
   *
   * @param attributes the names of the attributes not set
   */
  public MissingValueException(String... attributes) {
    super(
        "SEC-4: cannot build, some required attributes are not set " + Arrays.toString(attributes));
  }
}

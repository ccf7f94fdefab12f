package org.practitionersforum.api.security;

import java.util.regex.Pattern;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * One grant of an {@link AccessPolicy}: a role may perform an operation when the actor has the
 * relationship to the thing acted on, and then sees the result in the given view. The rule tag
 * names the rule of the brief the row enforces, and is what a refusal names.
 *
 * @param role the role acted in
 * @param operation the operation
 * @param relationship what the actor must be to the forum or person acted on
 * @param view what the actor sees of the result
 * @param rule the tag of the rule the row enforces, such as {@code "FR-2"}
 */
public record AccessRow(
    Role role, Operation operation, Relationship relationship, View view, String rule) {
  private static final Pattern TAG = Pattern.compile("[A-Z]{2,3}-[0-9]{1,2}");

  /**
   * Creates a row.
   *
   * @param role the role acted in
   * @param operation the operation
   * @param relationship what the actor must be to the forum or person acted on
   * @param view what the actor sees of the result
   * @param rule the tag of the rule the row enforces, such as {@code "FR-2"}
   * @throws InvalidInputException if an argument is null or the rule is not a rule tag
   */
  public AccessRow {
    Checks.notNull(role, "role");
    Checks.notNull(operation, "operation");
    Checks.notNull(relationship, "relationship");
    Checks.notNull(view, "view");
    Checks.notNull(rule, "rule tag");
    if (!TAG.matcher(rule).matches()) {
      throw new InvalidInputException("SEC-1: an access row names a rule tag such as FR-2");
    }
  }

  /**
   * Tells whether this row grants no more than another: the same role and operation, a relationship
   * within the other's and a view within the other's.
   *
   * @param other another row
   * @return true if every actor this row lets in, the other lets in too, seeing at least as much
   */
  public boolean within(AccessRow other) {
    return role == other.role
        && operation == other.operation
        && relationship.within(other.relationship)
        && view.within(other.view);
  }
}

package org.practitionersforum.api.audit;

import java.util.List;
import org.practitionersforum.api.internal.Checks;

/**
 * What {@link AuditTrail#verify} found.
 *
 * @param recordsChecked how many records were read and checked
 * @param chainsChecked how many chains (aggregates) they formed
 * @param problems the problems found, in the order of the chains; at most {@link #MAX_LISTED}
 * @param problemsFound how many problems were found in all, listed or not
 */
public record AuditVerification(
    long recordsChecked, long chainsChecked, List<AuditProblem> problems, long problemsFound) {

  /** The most problems listed; more are only counted. */
  public static final int MAX_LISTED = 1_000;

  /**
   * Creates a result.
   *
   * @param recordsChecked how many records were read and checked
   * @param chainsChecked how many chains (aggregates) they formed
   * @param problems the problems found, in the order of the chains; at most {@link #MAX_LISTED}
   * @param problemsFound how many problems were found in all, listed or not
   * @throws org.practitionersforum.api.InvalidInputException if the list is missing
   */
  public AuditVerification {
    problems = List.copyOf(Checks.noNulls(problems, "SEC-2: audit problems"));
  }

  /**
   * Tells whether nothing was found wrong.
   *
   * @return true if there is no problem
   */
  public boolean clean() {
    return problemsFound == 0;
  }
}

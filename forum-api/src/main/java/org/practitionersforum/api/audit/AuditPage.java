package org.practitionersforum.api.audit;

import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.internal.Checks;

/**
 * One page of an {@link AuditQuery}'s answer.
 *
 * @param records the records, in the query's order; at most its limit
 * @param next where the next page starts, or empty if this is the last
 */
public record AuditPage(List<AuditRecord> records, Optional<AuditCursor> next) {

  /**
   * Creates a page.
   *
   * @param records the records, in the query's order; at most its limit
   * @param next where the next page starts, or empty if this is the last
   * @throws org.practitionersforum.api.InvalidInputException if either is missing
   */
  public AuditPage {
    records = List.copyOf(Checks.noNulls(records, "SEC-2: audit records"));
    Checks.notNull(next, "SEC-2: next audit cursor");
  }
}

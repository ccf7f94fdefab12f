package org.practitionersforum.api.consultation;

import java.time.LocalDate;
import org.practitionersforum.api.internal.Checks;

/**
 * A recommendation whose disposition is overdue (CR-4): received, not yet answered, and past the
 * date its disposition was due. Carries no text.
 *
 * @param recommendation the recommendation
 * @param dueOn the date its disposition was due
 */
public record OverdueDisposition(RecommendationId recommendation, LocalDate dueOn) {

  /**
   * Creates the entry.
   *
   * @param recommendation the recommendation
   * @param dueOn the date its disposition was due
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public OverdueDisposition {
    Checks.notNull(recommendation, "recommendation id");
    Checks.notNull(dueOn, "due date");
  }
}

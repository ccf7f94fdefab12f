package org.practitionersforum.api.consultation;

import java.time.LocalDate;
import java.util.List;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * What the ledger shows of a recommendation's repeats (CR-6): how many times it was raised, since
 * when, whether any of its repeats was implemented, and the tier it escalated to. Its {@code
 * toString()} reads {@code raised 3 times since 2026-01-12; implemented: no}, and names no text.
 *
 * @param recommendation the recommendation asked about
 * @param raised how many times it was raised, itself included: 1 when it repeats nothing
 * @param since the date of the earliest of its group
 * @param implemented whether a recommendation of its group reached {@link
 *     ImplementationStatus#IMPLEMENTED}
 * @param tier the tier its group escalated to
 * @param group the members of its group, earliest first; only itself when it repeats nothing
 */
public record RepeatRecord(
    RecommendationId recommendation,
    int raised,
    LocalDate since,
    boolean implemented,
    ManagementTier tier,
    List<RecommendationId> group) {

  /**
   * Checks the record.
   *
   * @param recommendation see the record's recommendation
   * @param raised see the record's raised
   * @param since see the record's since
   * @param implemented see the record's implemented
   * @param tier see the record's tier
   * @param group see the record's group
   * @throws InvalidInputException naming CR-6 if a value is missing or inconsistent
   */
  public RepeatRecord {
    Checks.notNull(recommendation, "recommendation id");
    Checks.notNull(since, "date");
    Checks.notNull(tier, "management tier");
    group = List.copyOf(Checks.notNull(group, "group"));
    if (raised < 1 || raised != group.size() || !group.contains(recommendation)) {
      throw new InvalidInputException("CR-6: a recommendation is raised once per group member");
    }
  }

  /**
   * Tells whether the recommendation escalated above the service's managers.
   *
   * @return true once escalated
   */
  public boolean escalated() {
    return tier.escalated();
  }

  /**
   * Returns the ledger line, for example {@code raised 3 times since 2026-01-12; implemented: no}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return "raised "
        + raised
        + (raised == 1 ? " time" : " times")
        + " since "
        + since
        + "; implemented: "
        + (implemented ? "yes" : "no");
  }
}

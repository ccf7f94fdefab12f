package org.practitionersforum.api.spi;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.practitionersforum.api.consultation.ServiceId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * An organisation's exact engagement figures over a period (CR-8), per manager and per service, as
 * a store computes them. A round that names no service counts for its manager only.
 *
 * @param byManager the figures per manager who opened a round in the period, by the id the rounds
 *     name (a pseudonym once the manager is erased)
 * @param byService the figures per service a round of the period concerns
 */
public record EngagementTallies(
    SortedMap<PersonId, EngagementTally> byManager,
    SortedMap<ServiceId, EngagementTally> byService) {

  /**
   * Creates the tallies, copying the maps.
   *
   * @param byManager the figures per manager
   * @param byService the figures per service
   * @throws org.practitionersforum.api.InvalidInputException if a map is missing
   */
  public EngagementTallies {
    byManager = copy(Checks.notNull(byManager, "figures per manager"));
    byService = copy(Checks.notNull(byService, "figures per service"));
  }

  private static <K extends Comparable<K>> SortedMap<K, EngagementTally> copy(
      Map<K, EngagementTally> in) {
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(in));
  }
}

package org.practitionersforum.core.memory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.DispositionKind;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.Recommendation;
import org.practitionersforum.api.consultation.ServiceId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.spi.EngagementTallies;
import org.practitionersforum.api.spi.EngagementTally;

/**
 * The in-memory store's engagement figures (CR-8): what the JDBC store's aggregate queries compute,
 * computed in Java over the rounds of one organisation and period. Stateless.
 */
final class RoundTallies {
  private RoundTallies() {}

  /** The tallies of the rounds given, all of one organisation and period. */
  static EngagementTallies of(Collection<ConsultationRound> rounds, LocalDate overdueClosedBy) {
    Map<PersonId, Acc> managers = new TreeMap<>();
    Map<ServiceId, Acc> services = new TreeMap<>();
    for (ConsultationRound r : rounds) {
      managers.computeIfAbsent(r.openedBy(), k -> new Acc()).add(r, overdueClosedBy);
      r.service()
          .ifPresent(s -> services.computeIfAbsent(s, k -> new Acc()).add(r, overdueClosedBy));
    }
    Map<PersonId, EngagementTally> byManager = new TreeMap<>();
    managers.forEach((k, v) -> byManager.put(k, v.tally()));
    Map<ServiceId, EngagementTally> byService = new TreeMap<>();
    services.forEach((k, v) -> byService.put(k, v.tally()));
    return new EngagementTallies(new TreeMap<>(byManager), new TreeMap<>(byService));
  }

  /** One group's running counts. */
  private static final class Acc {
    long rounds;
    long late;
    long shortWindow;
    long recommendations;
    long disposed;
    long adopted;
    long implemented;
    long overdue;
    final List<Long> days = new ArrayList<>();

    void add(ConsultationRound r, LocalDate overdueClosedBy) {
      rounds++;
      late += r.openedAfterDecision() ? 1 : 0;
      shortWindow += r.shortWindow() ? 1 : 0;
      for (Recommendation rec : r.recommendations()) {
        recommendations++;
        if (rec.disposition().isEmpty()) {
          overdue += r.closesOn().isAfter(overdueClosedBy) ? 0 : 1;
          continue;
        }
        disposed++;
        LocalDate on = LocalDate.ofInstant(rec.disposedAt().orElseThrow(), ZoneOffset.UTC);
        days.add(Math.max(0, ChronoUnit.DAYS.between(r.closesOn(), on)));
        DispositionKind kind = rec.disposition().get().kind();
        if (kind == DispositionKind.ADOPTED || kind == DispositionKind.ADAPTED) {
          adopted++;
          if (!rec.history().isEmpty()
              && rec.history().get(rec.history().size() - 1).status()
                  == ImplementationStatus.IMPLEMENTED) {
            implemented++;
          }
        }
      }
    }

    EngagementTally tally() {
      Collections.sort(days);
      int n = days.size();
      OptionalDouble median =
          n == 0
              ? OptionalDouble.empty()
              : OptionalDouble.of(
                  n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0);
      return new EngagementTally(
          rounds,
          late,
          shortWindow,
          recommendations,
          disposed,
          adopted,
          implemented,
          overdue,
          median);
    }
  }
}

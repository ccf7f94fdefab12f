package org.practitionersforum.tck;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.DispositionKind;
import org.practitionersforum.api.consultation.EngagementFigures;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.Recommendation;
import org.practitionersforum.api.consultation.ServiceId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.privacy.SuppressedCount;
import org.practitionersforum.api.spi.EngagementTallies;
import org.practitionersforum.api.spi.EngagementTally;

/**
 * The engagement metrics (CR-8) worked out again from the rounds themselves, written apart from
 * every store's code, to compare stores against: one pass per group over a flat list of (round,
 * recommendation) pairs, the median taken from a sorted array.
 */
final class EngagementOracle {
  private EngagementOracle() {}

  /** The exact tallies of the rounds opened in the period, as a store must compute them. */
  static EngagementTallies tallies(
      Collection<ConsultationRound> all, LocalDate from, LocalDate to, LocalDate overdueBy) {
    List<ConsultationRound> in =
        all.stream().filter(r -> !r.opensOn().isBefore(from) && !r.opensOn().isAfter(to)).toList();
    Map<PersonId, EngagementTally> managers = new TreeMap<>();
    group(in, ConsultationRound::openedBy).forEach((k, v) -> managers.put(k, tally(v, overdueBy)));
    Map<ServiceId, EngagementTally> services = new TreeMap<>();
    group(in.stream().filter(r -> r.service().isPresent()).toList(), r -> r.service().get())
        .forEach((k, v) -> services.put(k, tally(v, overdueBy)));
    return new EngagementTallies(new TreeMap<>(managers), new TreeMap<>(services));
  }

  private static <K> Map<K, List<ConsultationRound>> group(
      List<ConsultationRound> rounds, Function<ConsultationRound, K> key) {
    return rounds.stream().collect(Collectors.groupingBy(key));
  }

  private static EngagementTally tally(List<ConsultationRound> rounds, LocalDate overdueBy) {
    long late =
        rounds.stream()
            .filter(r -> r.decisionDueOn().isPresent())
            .filter(r -> r.opensOn().compareTo(r.decisionDueOn().get()) >= 0)
            .count();
    long shortWindow = rounds.stream().filter(ConsultationRound::shortWindow).count();
    record Pair(ConsultationRound round, Recommendation rec) {}
    List<Pair> recs =
        rounds.stream()
            .flatMap(r -> r.recommendations().stream().map(x -> new Pair(r, x)))
            .toList();
    List<Pair> disposed = recs.stream().filter(p -> p.rec().disposition().isPresent()).toList();
    List<Pair> adopted =
        disposed.stream()
            .filter(
                p -> {
                  DispositionKind k = p.rec().disposition().get().kind();
                  return k == DispositionKind.ADOPTED || k == DispositionKind.ADAPTED;
                })
            .toList();
    long implemented =
        adopted.stream()
            .map(p -> p.rec().history())
            .filter(h -> !h.isEmpty())
            .filter(h -> h.get(h.size() - 1).status() == ImplementationStatus.IMPLEMENTED)
            .count();
    long overdue =
        recs.stream()
            .filter(p -> p.rec().disposition().isEmpty())
            .filter(p -> !p.round().closesOn().isAfter(overdueBy))
            .count();
    long[] waits =
        disposed.stream()
            .mapToLong(
                p -> {
                  long published =
                      p.rec().disposedAt().get().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
                  long waited = published - p.round().closesOn().toEpochDay();
                  return waited < 0 ? 0 : waited;
                })
            .sorted()
            .toArray();
    OptionalDouble median = OptionalDouble.empty();
    if (waits.length > 0) {
      int mid = waits.length / 2;
      median =
          OptionalDouble.of(
              waits.length % 2 == 1
                  ? waits[mid]
                  : waits[mid - 1] + (waits[mid] - waits[mid - 1]) / 2.0);
    }
    return new EngagementTally(
        rounds.size(),
        late,
        shortWindow,
        recs.size(),
        disposed.size(),
        adopted.size(),
        implemented,
        overdue,
        median);
  }

  /** The figures a reader must see for exact tallies under a threshold. */
  static EngagementFigures shown(EngagementTally t, int threshold) {
    return new EngagementFigures(
        SuppressedCount.of(t.rounds(), threshold),
        SuppressedCount.of(t.openedAfterDecision(), threshold),
        SuppressedCount.of(t.shortWindow(), threshold),
        SuppressedCount.of(t.recommendations(), threshold),
        SuppressedCount.of(t.overdue(), threshold),
        t.disposed() < threshold ? OptionalDouble.empty() : t.medianDaysToDisposition(),
        t.disposed() < threshold
            ? OptionalDouble.empty()
            : OptionalDouble.of(t.adopted() / (double) t.disposed()),
        t.adopted() < threshold
            ? OptionalDouble.empty()
            : OptionalDouble.of(t.implemented() / (double) t.adopted()));
  }
}

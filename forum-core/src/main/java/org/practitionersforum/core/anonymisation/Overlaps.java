package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.practitionersforum.api.anonymisation.Confidence;

/**
 * Overlap resolution: from the detectors' candidate findings, keeps a set of disjoint spans, in
 * order of start, in which no part of a losing finding is left in clear. Pure functions.
 */
final class Overlaps {
  /**
   * Validated and directory findings before heuristic ones (which only fill the gaps, so a guess
   * never swallows a known name); then longest first, then most confident, then earliest, then by
   * type: a total, stable order.
   */
  private static final Comparator<Hit> PRIORITY =
      Comparator.comparingInt((Hit h) -> h.confidence == Confidence.LOW ? 1 : 0)
          .thenComparingInt((Hit h) -> -h.length())
          .thenComparing((Hit h) -> h.confidence, Comparator.reverseOrder())
          .thenComparingInt(h -> h.start)
          .thenComparingInt(h -> h.type.ordinal());

  private static final Comparator<Hit> BY_START = Comparator.comparingInt(h -> h.start);

  private Overlaps() {}

  /**
   * Keeps a non-overlapping set of hits: longest first, then most confident (deterministic). Hits
   * are sorted by start (detectors emit them nearly in order) and split into clusters of
   * overlapping spans; only a cluster of two or more needs the priority order, and spans in
   * different clusters never compete, so the result is the same as one greedy pass over all hits in
   * priority order. A losing hit the winners do not cover, unless it is a low-confidence guess,
   * widens the strongest winner over it ({@link #widenOver}).
   *
   * @param hits the candidates, in any order; not changed, and returned if already disjoint
   * @return the kept hits, in order of start
   */
  static List<Hit> resolve(List<Hit> hits) {
    int n = hits.size();
    if (n < 2) {
      return hits;
    }
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) {
      sorted = hits.get(i - 1).start <= hits.get(i).start;
    }
    List<Hit> byStart = hits;
    if (!sorted) {
      byStart = new ArrayList<>(hits);
      byStart.sort(BY_START);
    }
    boolean disjoint = true;
    for (int i = 1; i < n && disjoint; i++) {
      disjoint = byStart.get(i - 1).end <= byStart.get(i).start;
    }
    if (disjoint) {
      return byStart;
    }
    List<Hit> kept = new ArrayList<>(n);
    int i = 0;
    while (i < n) {
      int j = i + 1;
      int clusterEnd = byStart.get(i).end;
      while (j < n && byStart.get(j).start < clusterEnd) {
        clusterEnd = Math.max(clusterEnd, byStart.get(j).end);
        j++;
      }
      if (j == i + 1) {
        kept.add(byStart.get(i));
      } else {
        resolveCluster(byStart.subList(i, j), kept);
      }
      i = j;
    }
    return kept;
  }

  private static void resolveCluster(List<Hit> cluster, List<Hit> kept) {
    List<Hit> byPriority = new ArrayList<>(cluster);
    byPriority.sort(PRIORITY);
    List<Hit> chosen = new ArrayList<>(cluster.size());
    List<Hit> losers = new ArrayList<>();
    for (Hit candidate : byPriority) {
      boolean free = true;
      for (Hit winner : chosen) {
        if (winner.start < candidate.end && candidate.start < winner.end) {
          free = false;
          break;
        }
      }
      (free ? chosen : losers).add(candidate);
    }
    for (Hit loser : losers) {
      if (loser.confidence != Confidence.LOW) {
        widenOver(loser, chosen);
      }
    }
    chosen.sort(BY_START);
    kept.addAll(chosen);
  }

  /**
   * A losing hit that is more than a guess must not leave part of itself in the text: an NI number
   * whose last letter a name's initials took ("AB 12 34 56 C. D Smith") would otherwise leave its
   * digits. When the winners overlapping it do not cover it, the strongest of them widens over it
   * and over the other winners overlapping it; the widened hit keeps that winner's type, rule and
   * identity, so its placeholder is the one the entity has elsewhere. A weak winner does not count
   * as covering, since it may be dropped later.
   *
   * @param loser the hit that lost to overlapping winners
   * @param chosen the winners, strongest first; updated in place
   */
  private static void widenOver(Hit loser, List<Hit> chosen) {
    List<Hit> over = new ArrayList<>(2);
    for (Hit winner : chosen) {
      if (winner.start < loser.end && loser.start < winner.end) {
        over.add(winner);
      }
    }
    List<Hit> spans = new ArrayList<>(over);
    spans.sort(BY_START);
    int covered = loser.start;
    for (Hit winner : spans) {
      if (winner.weak || winner.start > covered) {
        break;
      }
      covered = Math.max(covered, winner.end);
    }
    if (covered >= loser.end) {
      return;
    }
    int start = loser.start;
    int end = loser.end;
    for (Hit winner : over) {
      start = Math.min(start, winner.start);
      end = Math.max(end, winner.end);
    }
    Hit strongest = over.get(0);
    Hit widened = new Hit(start, end, strongest.type, strongest.rule, strongest.confidence);
    widened.copyDetailsFrom(strongest);
    // The detail offsets describe the narrower span; a generalised rendering must not use them.
    widened.clearSpanDetails();
    int at = chosen.indexOf(strongest);
    chosen.removeAll(over);
    // The winners are disjoint, so the widened span meets no winner it did not absorb.
    chosen.add(at, widened);
  }
}

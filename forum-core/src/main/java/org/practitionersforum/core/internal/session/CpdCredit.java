package org.practitionersforum.core.internal.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.Session;

/**
 * The one rule that credits a practitioner's attended sessions with time (CPD-1): never the same
 * time twice. The CPD record, and through it regulator evidence and a practitioner's own protected
 * study time (CPD-3), and the in-memory storage's study time totals all use it; a JDBC storage
 * states it in SQL, and the storage contract holds the two to the same answers.
 */
public final class CpdCredit {
  private CpdCredit() {}

  /**
   * Credits sessions attended, in order of start then id, with their time not already counted. The
   * time already counted is one interval ending at the latest end seen so far: a session
   * overlapping it is credited only with its time after that, and one wholly inside it gets no
   * entry, nor does one that started before {@code from} (it is read only so that its time is not
   * counted again). Overlaps are refused when a session is held, but older data, or two sessions
   * held at once in two forums, can still hold them.
   *
   * @param attended the sessions the practitioner was present at, in order of start then id,
   *     including those that started up to {@link Session#MAX_DURATION} before {@code from}
   * @param from the start of the period, inclusive
   * @param zone the zone that dates an entry
   * @return one entry per session credited with some time, in order of start
   */
  public static List<CpdEntry> entries(List<Session> attended, Instant from, ZoneId zone) {
    List<CpdEntry> entries = new ArrayList<>(attended.size());
    Instant counted = Instant.MIN;
    for (Session s : attended) {
      Instant end = s.startedAt().plus(s.duration());
      Instant creditedFrom = s.startedAt().isAfter(counted) ? s.startedAt() : counted;
      if (end.isAfter(counted)) {
        counted = end;
      }
      if (s.startedAt().isBefore(from) || !end.isAfter(creditedFrom)) {
        continue;
      }
      entries.add(
          CpdEntry.builder()
              .date(LocalDate.ofInstant(s.startedAt(), zone))
              .forum(s.forum())
              .session(s.id())
              .mode(s.mode())
              .study(s.study())
              .duration(Duration.between(creditedFrom, end))
              .build());
    }
    return entries;
  }

  /**
   * Returns the time that draws on protected study time (CPD-3): the credit of the entries that are
   * study or reflective, each counted once even when it is both.
   *
   * @param entries credited entries, from {@link #entries}
   * @return the total
   */
  public static Duration studyTime(List<CpdEntry> entries) {
    return entries.stream()
        .filter(CpdEntry::drawsOnStudyTime)
        .map(CpdEntry::duration)
        .reduce(Duration.ZERO, Duration::plus);
  }
}

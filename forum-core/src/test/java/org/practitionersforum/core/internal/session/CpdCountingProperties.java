package org.practitionersforum.core.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.Reading;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/**
 * CPD never counts the same time twice (CPD-1), whatever the stored sessions: overlapping ones,
 * ones at the same start, and sessions that are both study and reflective. The oracle counts the
 * minutes covered by at least one session on a minute grid, independently of the service.
 */
class CpdCountingProperties {
  private static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void participatoryTimeIsTheTimeCoveredAndEachCategoryAtMostThat() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              TestClock clock = new TestClock(SessionServiceTest.PROPOSED);
              TermsFixture f = new TermsFixture(4, 0, clock);
              clock.set(TermsFixture.NOW);
              PractitionerId me = f.members.get(0);
              SplittableRandom random = new SplittableRandom(seed);
              int n = random.nextInt(1, 9);
              List<Session> sessions = new ArrayList<>();
              boolean[] covered = new boolean[24 * 60];
              boolean[] studyCovered = new boolean[24 * 60];
              for (int i = 0; i < n; i++) {
                int startMinute = random.nextInt(0, 16 * 60);
                int minutes = random.nextInt(1, 8 * 60 + 1);
                SessionMode mode = SessionMode.values()[random.nextInt(3)];
                boolean study = mode == SessionMode.STUDY || random.nextBoolean();
                Session.Builder b =
                    Session.builder()
                        .id(SessionId.of("s-" + i))
                        .forum(f.forum)
                        .mode(mode)
                        .startedAt(DAY.plus(Duration.ofMinutes(startMinute)))
                        .duration(Duration.ofMinutes(minutes))
                        .termsVersion(1)
                        .attendance(List.of(Attendance.of(me, AttendanceStatus.PRESENT)))
                        .recordedAt(TermsFixture.NOW);
                if (study) {
                  b.reading(Reading.ofCitation("Paper " + i));
                }
                sessions.add(b.build());
                for (int m = startMinute; m < startMinute + minutes; m++) {
                  covered[m] = true;
                  studyCovered[m] |= study;
                }
              }
              f.storage.inTransaction(
                  tx -> {
                    sessions.forEach(tx.sessions()::insert);
                    return null;
                  });
              LocalDate day = LocalDate.ofInstant(DAY, ZoneOffset.UTC);
              CpdRecord cpd = f.sdk.sessions().cpd(Actor.practitioner(me), me, day, day);

              long coveredMinutes = count(covered);
              assertThat(cpd.participatoryTime())
                  .as("seed %d", seed)
                  .isEqualTo(Duration.ofMinutes(coveredMinutes));
              // Each category is a part of the time covered, never more; modes partition it.
              Duration byMode = Duration.ZERO;
              for (SessionMode mode : SessionMode.values()) {
                byMode =
                    byMode.plus(
                        cpd.entries().stream()
                            .filter(e -> e.mode() == mode)
                            .map(CpdEntry::duration)
                            .reduce(Duration.ZERO, Duration::plus));
              }
              assertThat(byMode).as("seed %d", seed).isEqualTo(cpd.participatoryTime());
              assertThat(cpd.studyTime()).isLessThanOrEqualTo(cpd.participatoryTime());
              assertThat(cpd.reflectiveTime()).isLessThanOrEqualTo(cpd.participatoryTime());
              // Study time is credited only where some study session ran.
              assertThat(cpd.studyTime().toMinutes())
                  .as("seed %d", seed)
                  .isLessThanOrEqualTo(count(studyCovered));
              Set<SessionId> once = new HashSet<>();
              assertThat(cpd.entries()).allMatch(e -> once.add(e.session()));
            });
  }

  private static long count(boolean[] minutes) {
    long n = 0;
    for (boolean b : minutes) {
      if (b) {
        n++;
      }
    }
    return n;
  }
}

package org.practitionersforum.core.internal.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.cpd.StudyTimeAggregate;
import org.practitionersforum.api.cpd.StudyTimeUse;
import org.practitionersforum.api.cpd.StudyYear;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.Reading;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/**
 * Protected study time (CPD-3) on random data: a practitioner's used time agrees with an oracle
 * that marks minutes on a grid, so overlapping sessions and a session that is both study and
 * reflective never count twice; and no aggregate of fewer people than the threshold shows a figure.
 */
class StudyTimeProperties {
  private static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void usedTimeAgreesWithTheOracleAndCountsNoMinuteTwice() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              TestClock clock = new TestClock(TermsFixture.NOW.minus(Duration.ofDays(30)));
              TermsFixture f = new TermsFixture(4, 0, clock);
              clock.set(TermsFixture.NOW);
              PractitionerId me = f.members.get(0);
              SplittableRandom random = new SplittableRandom(seed);
              int n = random.nextInt(0, 9);
              List<Session> sessions = new ArrayList<>();
              boolean[] covered = new boolean[24 * 60];
              long oracle = 0;
              // In order of start then id, as the oracle credits them.
              List<int[]> planned = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                planned.add(new int[] {random.nextInt(0, 16 * 60), random.nextInt(1, 8 * 60 + 1)});
              }
              planned.sort((a, b) -> Integer.compare(a[0], b[0]));
              for (int i = 0; i < n; i++) {
                int start = planned.get(i)[0];
                int minutes = planned.get(i)[1];
                SessionMode mode = SessionMode.values()[random.nextInt(3)];
                boolean reading = mode == SessionMode.STUDY || random.nextBoolean();
                boolean draws = reading || mode == SessionMode.REFLECTIVE;
                Session.Builder b =
                    Session.builder()
                        .id(SessionId.of(String.format("s-%02d", i)))
                        .forum(f.forum)
                        .mode(mode)
                        .startedAt(DAY.plus(Duration.ofMinutes(start)))
                        .duration(Duration.ofMinutes(minutes))
                        .termsVersion(1)
                        .attendance(List.of(Attendance.of(me, AttendanceStatus.PRESENT)))
                        .recordedAt(TermsFixture.NOW);
                if (reading) {
                  b.reading(Reading.ofCitation("Paper " + i));
                }
                sessions.add(b.build());
                for (int m = start; m < start + minutes; m++) {
                  if (!covered[m]) {
                    covered[m] = true;
                    oracle += draws ? 1 : 0;
                  }
                }
              }
              f.storage.inTransaction(
                  tx -> {
                    sessions.forEach(tx.sessions()::insert);
                    return null;
                  });
              Actor admin = Actor.administrator(TermsFixture.ADMIN);
              f.sdk
                  .studyTime()
                  .setPolicy(admin, TermsFixture.ORG, Duration.ofHours(10), Month.APRIL);
              StudyTimeUse use =
                  f.sdk
                      .studyTime()
                      .mine(Actor.practitioner(me), LocalDate.ofInstant(DAY, ZoneOffset.UTC));
              assertThat(use.used()).as("seed %d", seed).isEqualTo(Duration.ofMinutes(oracle));
              assertThat(use.granted()).isEqualTo(Duration.ofHours(10));
              assertThat(use.remaining())
                  .isEqualTo(
                      Duration.ofHours(10).minus(use.used()).isNegative()
                          ? Duration.ZERO
                          : Duration.ofHours(10).minus(use.used()));
            });
  }

  @Test
  void noAggregateOfFewerPeopleThanTheThresholdShowsAFigure() {
    StudyYear year = new StudyYear(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
    qt().withExamples(300)
        .forAll(
            integers().between(0, 40),
            integers().between(2, 20),
            integers().between(0, 100_000),
            integers().between(0, 100_000))
        .checkAssert(
            (people, threshold, granted, used) -> {
              StudyTimeAggregate a =
                  StudyTimeAggregate.of(
                      "forum f-1",
                      year,
                      people,
                      Duration.ofMinutes(granted),
                      Duration.ofMinutes(used),
                      threshold);
              boolean small = people < threshold;
              assertThat(a.practitioners().suppressed()).isEqualTo(small);
              assertThat(a.granted().isPresent()).isEqualTo(!small);
              assertThat(a.used().isPresent()).isEqualTo(!small);
              if (small) {
                assertThat(a.summary())
                    .isEqualTo("forum f-1 2026-27: fewer than " + threshold + " practitioners");
                assertThat(a.toString()).isEqualTo(a.summary());
                assertThat(a.shareUsed()).isEmpty();
                assertThat(ForumJson.write(a)).doesNotContain("\"value\"");
              } else {
                assertThat(a.practitioners().value()).hasValue(people);
              }
            });
  }
}

package org.practitionersforum.core.internal.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.cpd.Evidence;
import org.practitionersforum.api.cpd.NoteContent;
import org.practitionersforum.api.cpd.Readiness;
import org.practitionersforum.api.cpd.Registration;
import org.practitionersforum.api.cpd.Regulator;
import org.practitionersforum.api.cpd.Regulators;
import org.practitionersforum.api.cpd.Requirement;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.core.internal.cpd.RegulatorsTest.Attended;

/**
 * Each built-in regulator's readiness (CPD-1) agrees with an oracle written here from the
 * regulator's rules, on random evidence: random dates, random session modes and lengths, and random
 * notes with or without their impact written. The oracle walks the calendar for the period and
 * counts the sessions one by one, independently of the strategies' code.
 */
class ReadinessProperties {

  private static List<Attended> attended(SplittableRandom random, LocalDate start, LocalDate end) {
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    int n = random.nextInt(0, 40);
    List<Attended> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SessionMode mode = SessionMode.values()[random.nextInt(3)];
      NoteContent note = null;
      if (random.nextInt(3) == 0) {
        NoteContent.Builder b = NoteContent.builder().learnt("L" + i);
        if (random.nextBoolean()) {
          b.impact("I" + i);
        }
        note = b.build();
      }
      out.add(
          new Attended(
              "s-" + i,
              start.plusDays(random.nextLong(days)),
              mode,
              random.nextInt(15, 8 * 60 + 1),
              note));
    }
    return out;
  }

  private static List<Boolean> met(Readiness r) {
    return r.requirements().stream().map(Requirement::met).toList();
  }

  @Test
  void socialWorkEnglandAgreesWithTheOracle() {
    Regulator swe = Regulators.socialWorkEngland();
    Registration reg = Registration.with(Regulators.SOCIAL_WORK_ENGLAND);
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(0, 4000));
              // The oracle's year: walk back to the last 1 December, forward to the next 30
              // November.
              LocalDate start = asOf;
              while (!(start.getMonth() == Month.DECEMBER && start.getDayOfMonth() == 1)) {
                start = start.minusDays(1);
              }
              LocalDate end = asOf;
              while (!(end.getMonth() == Month.NOVEMBER && end.getDayOfMonth() == 30)) {
                end = end.plusDays(1);
              }
              List<Attended> sessions = attended(random, start, end);
              Evidence e = RegulatorsTest.evidence(swe, reg, asOf, sessions);
              assertThat(e.period().start()).isEqualTo(start);
              assertThat(e.period().end()).isEqualTo(end);
              int pieces = 0;
              boolean peer = false;
              for (Attended a : sessions) {
                if (a.note() != null) {
                  pieces++;
                  peer |= a.mode() != SessionMode.STUDY;
                }
              }
              Readiness r = swe.readiness(e);
              assertThat(met(r)).containsExactly(pieces >= 2, peer);
              assertThat(r.summary())
                  .contains(
                      ": " + pieces + " of 2 pieces, peer reflection " + (peer ? "yes" : "no"));
            });
  }

  @Test
  void nmcAgreesWithTheOracle() {
    Regulator nmc = Regulators.nmc();
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              LocalDate renewal = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(0, 1500));
              LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(0, 4000));
              Registration reg = Registration.renewedOn(Regulators.NMC, renewal);
              // The oracle's period: the dates three years apart from the renewal date, the first
              // on or after the date given.
              Set<LocalDate> dues = new HashSet<>();
              for (int k = -10; k <= 10; k++) {
                dues.add(renewal.plusYears(3L * k));
              }
              LocalDate due = asOf;
              while (!dues.contains(due)) {
                due = due.plusDays(1);
              }
              LocalDate previous = asOf.minusDays(1);
              while (!dues.contains(previous)) {
                previous = previous.minusDays(1);
              }
              List<Attended> sessions = attended(random, previous.plusDays(1), due);
              Evidence plain = RegulatorsTest.evidence(nmc, reg, asOf, sessions);
              // Sometimes a reflective discussion the registrant recorded, on a day of the period.
              boolean discussed = random.nextBoolean();
              List<LocalDate> discussions =
                  discussed ? List.of(previous.plusDays(1 + random.nextInt(0, 365))) : List.of();
              Evidence e =
                  new Evidence(
                      plain.registration(),
                      plain.period(),
                      plain.asOf(),
                      plain.record(),
                      plain.notes(),
                      discussions);
              assertThat(e.period().end()).isEqualTo(due);
              assertThat(e.period().start()).isEqualTo(previous.plusDays(1));
              long minutes = 0;
              int accounts = 0;
              for (Attended a : sessions) {
                minutes += a.minutes();
                accounts += a.note() == null ? 0 : 1;
              }
              Readiness r = nmc.readiness(e);
              assertThat(met(r))
                  .containsExactly(minutes >= 2100, minutes >= 1200, accounts >= 5, discussed);
              assertThat(r.summary()).contains(accounts + " of 5 reflective accounts");
              assertThat(r.summary())
                  .contains(
                      discussed
                          ? "reflective discussion recorded by you on "
                          : "reflective discussion not recorded");
            });
  }

  @Test
  void ssscAgreesWithTheOracle() {
    Regulator sssc = Regulators.sssc();
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              LocalDate declaration = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(0, 730));
              LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(0, 4000));
              Registration reg = Registration.renewedOn(Regulators.SSSC, declaration);
              // The oracle's year: the declaration dates a whole number of years apart, the first
              // on
              // or after the date given, and the day after the one before it.
              Set<LocalDate> dues = new HashSet<>();
              for (int k = -15; k <= 15; k++) {
                dues.add(declaration.plusYears(k));
              }
              LocalDate due = asOf;
              while (!dues.contains(due)) {
                due = due.plusDays(1);
              }
              LocalDate previous = asOf.minusDays(1);
              while (!dues.contains(previous)) {
                previous = previous.minusDays(1);
              }
              LocalDate start = previous.plusDays(1);
              List<Attended> sessions = attended(random, start, due);
              Evidence e = RegulatorsTest.evidence(sssc, reg, asOf, sessions);
              assertThat(e.period().end()).isEqualTo(due);
              assertThat(e.period().start()).isEqualTo(start);
              int accounts = 0;
              for (Attended a : sessions) {
                accounts += a.note() == null ? 0 : 1;
              }
              Readiness r = sssc.readiness(e);
              assertThat(met(r)).containsExactly(!sessions.isEmpty(), accounts >= 1);
            });
  }

  @Test
  void hcpcAgreesWithTheOracle() {
    Regulator hcpc = Regulators.hcpc();
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              LocalDate renewal = LocalDate.of(2027, 8, 31);
              LocalDate asOf = LocalDate.of(2025, 9, 1).plusDays(random.nextInt(0, 730));
              Registration reg = Registration.renewedOn(Regulators.HCPC, renewal);
              LocalDate start = LocalDate.of(2025, 9, 1);
              List<Attended> sessions = attended(random, start, renewal);
              Evidence e = RegulatorsTest.evidence(hcpc, reg, asOf, sessions);
              assertThat(e.period().start()).isEqualTo(start);
              boolean firstYear = false;
              boolean secondYear = false;
              boolean reflective = false;
              boolean consultative = false;
              boolean study = false;
              boolean impact = false;
              for (Attended a : sessions) {
                if (a.date().isBefore(LocalDate.of(2026, 9, 1))) {
                  firstYear = true;
                } else {
                  secondYear = true;
                }
                reflective |= a.mode() == SessionMode.REFLECTIVE;
                consultative |= a.mode() == SessionMode.CONSULTATIVE;
                study |= a.mode() == SessionMode.STUDY;
                impact |= a.note() != null && a.note().impact().isPresent();
              }
              int kinds = (reflective ? 1 : 0) + (consultative ? 1 : 0) + (study ? 1 : 0);
              Readiness r = hcpc.readiness(e);
              assertThat(met(r)).containsExactly(firstYear && secondYear, kinds >= 2, impact);
              assertThat(r.summary()).startsWith("HCPC 2025-27: " + sessions.size() + " activit");
            });
  }
}

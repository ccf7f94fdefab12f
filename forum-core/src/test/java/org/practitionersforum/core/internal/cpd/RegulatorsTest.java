package org.practitionersforum.core.internal.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.cpd.Evidence;
import org.practitionersforum.api.cpd.Format;
import org.practitionersforum.api.cpd.NoteContent;
import org.practitionersforum.api.cpd.NoteId;
import org.practitionersforum.api.cpd.Readiness;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.cpd.Registration;
import org.practitionersforum.api.cpd.RegistrationPeriod;
import org.practitionersforum.api.cpd.Regulator;
import org.practitionersforum.api.cpd.Regulators;
import org.practitionersforum.api.cpd.Requirement;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;

/**
 * The built-in regulators (CPD-1) on hand-built evidence: each one's period arithmetic, its
 * readiness, and its documents in JSON, CSV and Markdown.
 */
class RegulatorsTest {
  static final PractitionerId ME = PractitionerId.of("p-secret-7");
  static final ForumId FORUM = ForumId.of("forum-1");
  static final Registration SWE = Registration.with(Regulators.SOCIAL_WORK_ENGLAND);

  /** One session attended, and optionally a note on it. */
  record Attended(String id, LocalDate date, SessionMode mode, int minutes, NoteContent note) {}

  static Evidence evidence(
      Regulator regulator, Registration registration, LocalDate asOf, List<Attended> attended) {
    RegistrationPeriod period = regulator.period(registration, asOf);
    List<CpdEntry> entries = new ArrayList<>();
    List<ReflectiveNote> notes = new ArrayList<>();
    for (Attended a : attended) {
      entries.add(
          CpdEntry.builder()
              .date(a.date())
              .forum(FORUM)
              .session(SessionId.of(a.id()))
              .mode(a.mode())
              .duration(Duration.ofMinutes(a.minutes()))
              .build());
      if (a.note() != null) {
        Instant start = a.date().atTime(10, 0).toInstant(ZoneOffset.UTC);
        notes.add(
            ReflectiveNote.builder()
                .id(NoteId.of("note-" + a.id()))
                .author(ME)
                .session(SessionId.of(a.id()))
                .forum(FORUM)
                .sessionMode(a.mode())
                .sessionStartedAt(start)
                .sessionDuration(Duration.ofMinutes(a.minutes()))
                .content(a.note())
                .writtenAt(start.plus(Duration.ofDays(1)))
                .build());
      }
    }
    CpdRecord record =
        CpdRecord.builder()
            .practitioner(ME)
            .from(period.start())
            .to(period.end())
            .entries(entries)
            .build();
    return new Evidence(registration, period, asOf, record, notes);
  }

  static NoteContent note(String learnt) {
    return NoteContent.builder()
        .learnt(learnt)
        .relevance("I run family group meetings")
        .impact("Families now hear the plan first")
        .peerLearning("Others had seen the same")
        .build();
  }

  @Test
  void socialWorkEnglandsYearRunsFromTheFirstOfDecemberToTheThirtiethOfNovember() {
    Regulator swe = Regulators.socialWorkEngland();
    RegistrationPeriod y2526 =
        new RegistrationPeriod(
            LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30));
    assertThat(swe.period(SWE, LocalDate.of(2026, 11, 30))).isEqualTo(y2526);
    assertThat(swe.period(SWE, LocalDate.of(2025, 12, 1))).isEqualTo(y2526);
    assertThat(swe.period(SWE, LocalDate.of(2026, 3, 2))).isEqualTo(y2526);
    assertThat(swe.period(SWE, LocalDate.of(2026, 12, 1)))
        .isEqualTo(
            new RegistrationPeriod(
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), LocalDate.of(2027, 11, 30)));
    assertThat(swe.period(SWE, LocalDate.of(2025, 11, 30)).start())
        .isEqualTo(LocalDate.of(2024, 12, 1));
  }

  @Test
  void nmcRevalidationIsEveryThreeYearsToTheDueDate() {
    Regulator nmc = Regulators.nmc();
    Registration r = Registration.renewedOn(Regulators.NMC, LocalDate.of(2027, 4, 30));
    RegistrationPeriod current =
        new RegistrationPeriod(
            LocalDate.of(2024, 5, 1), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 4, 30));
    assertThat(nmc.period(r, LocalDate.of(2026, 12, 6))).isEqualTo(current);
    assertThat(nmc.period(r, LocalDate.of(2027, 4, 30))).isEqualTo(current);
    assertThat(nmc.period(r, LocalDate.of(2024, 5, 1))).isEqualTo(current);
    assertThat(nmc.period(r, LocalDate.of(2027, 5, 1)))
        .isEqualTo(
            new RegistrationPeriod(
                LocalDate.of(2027, 5, 1), LocalDate.of(2030, 4, 30), LocalDate.of(2030, 4, 30)));
    assertThat(nmc.period(r, LocalDate.of(2024, 4, 30)))
        .isEqualTo(
            new RegistrationPeriod(
                LocalDate.of(2021, 5, 1), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 4, 30)));
    assertThatThrownBy(
            () -> nmc.period(Registration.with(Regulators.NMC), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("CPD-1: this regulator needs the registration's revalidation date");
  }

  @Test
  void hcpcRegistrationRunsTwoYearsToTheRenewalDate() {
    Regulator hcpc = Regulators.hcpc();
    Registration r = Registration.renewedOn(Regulators.HCPC, LocalDate.of(2027, 8, 31));
    assertThat(hcpc.period(r, LocalDate.of(2026, 12, 6)))
        .isEqualTo(
            new RegistrationPeriod(
                LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31), LocalDate.of(2027, 8, 31)));
    assertThat(hcpc.period(r, LocalDate.of(2027, 9, 1)).end()).isEqualTo(LocalDate.of(2029, 8, 31));
    assertThatThrownBy(() -> hcpc.period(Registration.with("hcpc"), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CPD-1: ");
  }

  @Test
  void socialWorkEnglandReadinessCountsPiecesAndPeerReflection() {
    Regulator swe = Regulators.socialWorkEngland();
    LocalDate asOf = LocalDate.of(2026, 3, 2);
    Readiness one =
        swe.readiness(
            evidence(
                swe,
                SWE,
                asOf,
                List.of(
                    new Attended(
                        "s1", LocalDate.of(2026, 2, 1), SessionMode.REFLECTIVE, 90, note("A")),
                    new Attended("s2", LocalDate.of(2026, 2, 8), SessionMode.STUDY, 60, null))));
    assertThat(one.summary())
        .isEqualTo(
            "Social Work England 2025-26: 1 of 2 pieces, peer reflection yes, due 30 November 2026");
    assertThat(one.requirements())
        .extracting(Requirement::key, Requirement::met)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("pieces", false),
            org.assertj.core.groups.Tuple.tuple("peer-reflection", true));
    assertThat(one.ready()).isFalse();
    // Two pieces, both on study sessions: enough pieces, but no peer reflection.
    Readiness study =
        swe.readiness(
            evidence(
                swe,
                SWE,
                asOf,
                List.of(
                    new Attended("s1", LocalDate.of(2026, 2, 1), SessionMode.STUDY, 60, note("A")),
                    new Attended(
                        "s2", LocalDate.of(2026, 2, 8), SessionMode.STUDY, 60, note("B")))));
    assertThat(study.summary())
        .isEqualTo(
            "Social Work England 2025-26: 2 of 2 pieces, peer reflection no, due 30 November 2026");
    assertThat(study.ready()).isFalse();
    Readiness ready =
        swe.readiness(
            evidence(
                swe,
                SWE,
                asOf,
                List.of(
                    new Attended("s1", LocalDate.of(2026, 2, 1), SessionMode.STUDY, 60, note("A")),
                    new Attended(
                        "s2", LocalDate.of(2026, 2, 8), SessionMode.CONSULTATIVE, 60, note("B")))));
    assertThat(ready.ready()).isTrue();
  }

  @Test
  void nmcReadinessCountsHoursParticipatoryHoursAndReflectiveAccounts() {
    Regulator nmc = Regulators.nmc();
    Registration r = Registration.renewedOn(Regulators.NMC, LocalDate.of(2027, 4, 30));
    List<Attended> attended = new ArrayList<>();
    // 20 sessions of 90 minutes: 30 hours, 5 with notes.
    for (int i = 0; i < 20; i++) {
      attended.add(
          new Attended(
              "s" + i,
              LocalDate.of(2025, 1, 1).plusWeeks(i),
              SessionMode.values()[i % 3],
              90,
              i < 5 ? note("N" + i) : null));
    }
    Readiness thirty = nmc.readiness(evidence(nmc, r, LocalDate.of(2026, 12, 6), attended));
    assertThat(thirty.summary())
        .isEqualTo(
            "NMC revalidation 2024-27: 30.00 of 35 CPD hours, 30.00 of 20 participatory,"
                + " 5 of 5 reflective accounts, reflective discussion not recorded,"
                + " due 30 April 2027");
    assertThat(thirty.requirements())
        .extracting(Requirement::met)
        .containsExactly(false, true, true, false);
    attended.add(new Attended("s-long", LocalDate.of(2026, 6, 1), SessionMode.STUDY, 300, null));
    Evidence full = evidence(nmc, r, LocalDate.of(2026, 12, 6), attended);
    assertThat(nmc.readiness(full).ready()).isFalse();
    // The reflective discussion: recorded by the registrant, shown as not verified (never by name).
    Evidence discussed =
        new Evidence(
            full.registration(),
            full.period(),
            full.asOf(),
            full.record(),
            full.notes(),
            List.of(LocalDate.of(2026, 11, 2)));
    Readiness ready = nmc.readiness(discussed);
    assertThat(ready.ready()).isTrue();
    assertThat(ready.summary())
        .contains("reflective discussion recorded by you on 2 November 2026, not verified");
    assertThat(nmc.render(discussed, Format.MARKDOWN))
        .contains("## Reflective discussion")
        .contains("Recorded by you, not verified");
  }

  @Test
  void aReflectiveDiscussionOutsideThePeriodIsRefusedNamingCpd1() {
    Regulator nmc = Regulators.nmc();
    Registration r = Registration.renewedOn(Regulators.NMC, LocalDate.of(2027, 4, 30));
    Evidence e = evidence(nmc, r, LocalDate.of(2026, 12, 6), List.of());
    assertThatThrownBy(
            () ->
                new Evidence(
                    r,
                    e.period(),
                    e.asOf(),
                    e.record(),
                    List.of(),
                    List.of(e.period().start().minusDays(1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CPD-1: ");
  }

  @Test
  void ssscsSocialWorkerYearEndsOnTheAnnualDeclarationAndNeedsLearningAndAnAccount() {
    Regulator sssc = Regulators.sssc();
    Registration r = Registration.renewedOn(Regulators.SSSC, LocalDate.of(2027, 3, 31));
    LocalDate asOf = LocalDate.of(2026, 12, 6);
    assertThat(sssc.period(r, asOf))
        .isEqualTo(
            new RegistrationPeriod(
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 31)));
    assertThat(sssc.period(r, LocalDate.of(2027, 4, 1)).end()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThatThrownBy(() -> sssc.period(Registration.with(Regulators.SSSC), asOf))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("CPD-1: this regulator needs the registration's annual declaration date");
    Readiness none = sssc.readiness(evidence(sssc, r, asOf, List.of()));
    assertThat(none.ready()).isFalse();
    assertThat(none.summary())
        .isEqualTo(
            "SSSC 2026-27: 0 learning activities (0.00 hours), 0 written accounts,"
                + " annual declaration due 31 March 2027");
    Readiness sessionOnly =
        sssc.readiness(
            evidence(
                sssc,
                r,
                asOf,
                List.of(
                    new Attended("s1", LocalDate.of(2026, 5, 1), SessionMode.STUDY, 90, null))));
    assertThat(sessionOnly.requirements())
        .extracting(Requirement::met)
        .containsExactly(true, false);
    Evidence both =
        evidence(
            sssc,
            r,
            asOf,
            List.of(
                new Attended(
                    "s1", LocalDate.of(2026, 5, 1), SessionMode.STUDY, 90, note("Trauma-aware"))));
    assertThat(sssc.readiness(both).ready()).isTrue();
    assertThat(sssc.readiness(both).summary())
        .isEqualTo(
            "SSSC 2026-27: 1 learning activity (1.50 hours), 1 written account,"
                + " annual declaration due 31 March 2027");
    assertThat(sssc.render(both, Format.CSV))
        .contains("learning,1,learnt,Trauma-aware")
        .contains("learning,1,elements,");
  }

  @Test
  void hcpcReadinessAsksForAContinuousMixedRecordAndItsImpact() {
    Regulator hcpc = Regulators.hcpc();
    Registration r = Registration.renewedOn(Regulators.HCPC, LocalDate.of(2027, 8, 31));
    LocalDate asOf = LocalDate.of(2026, 12, 6);
    Readiness firstYearOnly =
        hcpc.readiness(
            evidence(
                hcpc,
                r,
                asOf,
                List.of(
                    new Attended(
                        "s1", LocalDate.of(2025, 10, 1), SessionMode.REFLECTIVE, 60, note("A")),
                    new Attended("s2", LocalDate.of(2025, 11, 1), SessionMode.STUDY, 60, null))));
    assertThat(firstYearOnly.summary())
        .isEqualTo(
            "HCPC 2025-27: 2 activities of 2 types, continuous no, impact statement yes, renewal due"
                + " 31 August 2027");
    Readiness both =
        hcpc.readiness(
            evidence(
                hcpc,
                r,
                asOf,
                List.of(
                    new Attended(
                        "s1", LocalDate.of(2025, 10, 1), SessionMode.REFLECTIVE, 60, note("A")),
                    new Attended("s2", LocalDate.of(2026, 11, 1), SessionMode.STUDY, 60, null))));
    assertThat(both.ready()).isTrue();
  }

  @Test
  void theMarkdownOfAFixedCaseIsExact() {
    Regulator swe = Regulators.socialWorkEngland();
    Evidence e =
        evidence(
            swe,
            SWE,
            LocalDate.of(2026, 3, 2),
            List.of(
                new Attended(
                    "s1",
                    LocalDate.of(2026, 2, 1),
                    SessionMode.REFLECTIVE,
                    90,
                    NoteContent.builder()
                        .learnt("Naming the *worry* early\nhelps")
                        .impact("Joint visits sooner")
                        .peerLearning("Others saw it too")
                        .build())));
    assertThat(swe.render(e, Format.MARKDOWN))
        .isEqualTo(
            """
            # Social Work England: CPD record 2025-26

            Period: 1 December 2025 to 30 November 2026. Due: 30 November 2026. As of 2 March 2026.

            **Social Work England 2025-26: 1 of 2 pieces, peer reflection yes, due 30 November 2026**

            ## Requirements

            - [ ] At least two pieces of CPD: 1 of 2
            - [x] At least one piece including peer reflection: yes

            ## Pieces of CPD

            ### Piece 1

            - **Type:** Peer reflection in a reflective forum session
            - **Description:** Forum session (reflective), 1.50 hours
            - **Why it is relevant:** (to complete)
            - **Date:** 2026-02-01
            - **What I learnt:** Naming the \\*worry\\* early
              helps
            - **Impact on my practice and on people who use services:** Joint visits sooner
            - **Peer reflection:** yes
            - **What I learnt from discussing it with peers:** Others saw it too
            """);
  }

  @Test
  void csvIsLongFormAndQuotesWhatNeedsIt() {
    Regulator swe = Regulators.socialWorkEngland();
    Evidence e =
        evidence(
            swe,
            SWE,
            LocalDate.of(2026, 3, 2),
            List.of(
                new Attended(
                    "s1",
                    LocalDate.of(2026, 2, 1),
                    SessionMode.CONSULTATIVE,
                    60,
                    NoteContent.builder()
                        .learnt("Plans, \"agreed\" early\nwork")
                        .relevance("=SUM(A1)")
                        .build())));
    String csv = swe.render(e, Format.CSV);
    assertThat(csv)
        .startsWith(
            "section,item,field,value\r\n"
                + "regulator,,name,Social Work England\r\n"
                + "period,,start,2025-12-01\r\n"
                + "period,,end,2026-11-30\r\n"
                + "period,,due,2026-11-30\r\n"
                + "period,,asOf,2026-03-02\r\n"
                + "readiness,,summary,\"Social Work England 2025-26: 1 of 2 pieces, peer reflection"
                + " yes, due 30 November 2026\"\r\n")
        .contains("pieces,1,learnt,\"Plans, \"\"agreed\"\" early\nwork\"\r\n")
        .contains("pieces,1,relevance,'=SUM(A1)\r\n")
        .contains("pieces,1,peerReflection,yes\r\n")
        .contains("pieces,1,peerLearning,\r\n")
        .contains("requirement,pieces,met,no\r\n")
        .doesNotContain(ME.value());
  }

  @Test
  void jsonHoldsThePeriodTheRequirementsAndEveryFieldButNoPractitioner() throws Exception {
    Regulator nmc = Regulators.nmc();
    Registration r = Registration.renewedOn(Regulators.NMC, LocalDate.of(2027, 4, 30));
    Evidence e =
        evidence(
            nmc,
            r,
            LocalDate.of(2026, 12, 6),
            List.of(
                new Attended(
                    "s1", LocalDate.of(2026, 2, 1), SessionMode.REFLECTIVE, 90, note("A"))));
    String json = nmc.render(e, Format.JSON);
    var tree = ForumJson.mapper().readTree(json);
    assertThat(tree.get("format").asText()).isEqualTo("practitioners-forum-regulator-cpd/1");
    assertThat(tree.get("regulator").asText()).isEqualTo("nmc");
    assertThat(tree.get("period").get("due").asText()).isEqualTo("2027-04-30");
    assertThat(tree.get("ready").asBoolean()).isFalse();
    assertThat(tree.get("requirements")).hasSize(4);
    var activity = tree.get("sections").get(0).get("items").get(0);
    assertThat(activity.get("hours").asText()).isEqualTo("1.50");
    assertThat(activity.get("participatoryHours").asText()).isEqualTo("1.50");
    assertThat(activity.get("relatesToPractice").asText()).isEqualTo("I run family group meetings");
    assertThat(activity.get("code").asText()).isEmpty();
    var account = tree.get("sections").get(1).get("items").get(0);
    assertThat(account.get("learnt").asText()).isEqualTo("A");
    assertThat(account.get("changedPractice").asText())
        .isEqualTo("Families now hear the plan first");
    assertThat(json).doesNotContain(ME.value());
    assertThat(e.toString()).doesNotContain(ME.value()).doesNotContain("Families");
  }

  @Test
  void evidenceMustCoverItsPeriodExactly() {
    Regulator swe = Regulators.socialWorkEngland();
    RegistrationPeriod period = swe.period(SWE, LocalDate.of(2026, 3, 2));
    CpdRecord shorter =
        CpdRecord.builder()
            .practitioner(ME)
            .from(period.start().plusDays(1))
            .to(period.end())
            .build();
    assertThatThrownBy(
            () -> new Evidence(SWE, period, LocalDate.of(2026, 3, 2), shorter, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CPD-1: ");
  }
}

package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.RoundState;
import org.practitionersforum.api.consultation.StatusChange;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;
import org.slf4j.LoggerFactory;

class ForumTourTest {

  @Test
  void tourEndsWithAnActiveForumAndShowsTheRulesAtWork() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ForumSdk sdk =
        ForumTour.run(
            EmbeddedH2.inMemory("tour-test-1"),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    Forum forum =
        sdk.forums().get(Actor.administrator(ForumTour.ADMIN), ForumId.of("mill-lane-forum"));
    assertThat(forum.state()).isEqualTo(ForumState.ACTIVE);
    // Eight joined; the trust part of the tour erases one at their request.
    assertThat(forum.members()).hasSize(7);
    assertThat(sdk.audit().verify(Actor.administrator(ForumTour.ADMIN)).clean()).isTrue();
    assertThat(printed)
        .startsWith("Storage: JdbcForumStorage, schema migrated.")
        .contains(
            String.join(
                System.lineSeparator(),
                "Storage: JdbcForumStorage, schema migrated.",
                "",
                "== 1. The host registers its volunteers (FR-9) =="))
        .contains(
            "Suggested forum at mill-lane-office: hs-eli, nurse-dev, ot-cara, sw-asha, sw-ben,"
                + " sw-fay"
                + System.lineSeparator())
        .contains("Not placed: ot-hal, because FR-4: too few compatible volunteers nearby")
        .contains("Not placed: sw-gus, because FR-4: too few compatible volunteers nearby")
        .contains(
            "ot-hal, sw-gus, too few at harbour-team for a forum of their own, choose to join")
        .contains("Not placed: mill-lane-team-manager, because FR-7")
        .contains("An administrator tries to add a member: refused. FR-2")
        .contains("[BELOW_MINIMUM] FR-4")
        .contains("[TOO_FEW_DISCIPLINES] FR-5")
        .contains("[FORUM_FULL] FR-4")
        .contains("[LINE_MANAGEMENT_CONFLICT] FR-7")
        .contains("is active with 8 members")
        .contains(
            String.join(
                System.lineSeparator(),
                "two a page (FR-8):",
                "  1. proposed, by practitioner: proposed at its base",
                "  2. proposed -> forming, by system: its first member joined",
                "  3. forming -> active, by practitioner: our terms of reference are agreed by all",
                ""))
        .contains("-- A private reflective note on the session (CPD-2) --")
        .contains("The member wrote a note on the session; their notes: 1. Nobody else reads it:")
        .contains("  the sponsoring manager is refused. CPD-2: ")
        .contains(
            "Exported for the member's portfolio as practitioners-forum-cpd-notes/1 with 1 note")
        .contains(
            "Their regulator's readiness (CPD-1): Social Work England 2025-26: 1 of 2 pieces, peer"
                + " reflection yes, due 30 November 2026")
        .contains("-- The member's registrant profile, used for readiness (CPD-1) --")
        .contains("The sponsoring manager asks for a profile: refused. CPD-1: ")
        .contains("-- Protected study time (CPD-3) --")
        .contains(
            "The member's own protected study time from 2026-04-01: 40.00 hours granted, 1.50"
                + " used, 38.50 remaining.")
        .contains(
            "The sponsoring manager sees the forum: forum mill-lane-forum 2026-27: 8"
                + " practitioners, 10.50 of 250.00 hours used (4.2%)")
        .contains(
            "and a base where the organisation has few practitioners: base tour-annexe 2026-27:"
                + " fewer than 5 practitioners")
        .contains(
            "k-gated, published in tiers and withdrawn by its reference code (LS-1 to LS-4, AN-4)")
        .contains("-- Anonymised write-up --")
        .contains("[PERSON-1]")
        .contains("  manager       sponsor     sees unattributed (SEC-1)")
        .contains("The sponsoring manager asks for the audit trail: refused. SEC-2")
        .contains("  #1 forum propose by a practitioner: ForumProposed")
        .contains("none altered, removed or reordered")
        .contains("Waiting in the outbox: ForumProposed, event id ")
        .contains("acknowledged. Waiting now: 0.")
        .contains("Records removed: profile 1, membership 1")
        .contains(
            "The forum is active with 7 members; the terms in force are still version 2,"
                + " hash unchanged: true.")
        .contains("[LESSON_SECTION_MISSING] LS-1: the section 'How we made the judgement'")
        .contains("Submitted. The reference code, shown this once")
        .contains("The sponsoring manager asks to read it: refused. SEC-1")
        .contains("show 1 question waiting")
        .contains("not even the author is linked to it: SEC-1")
        .contains("A guessed code: refused, and counted. LS-2")
        .contains("The reviewer looks again: no lesson has this id.")
        .contains("FORUM: EMAIL found by email at HIGH confidence")
        .contains("FORUM: PERSON found by heuristic.title at LOW confidence, redacted by")
        .contains("published to the organisation; the sponsoring manager reads: We moved")
        .contains("Publication with the author's base shown: refused.")
        .contains(
            "[K_GATE_FAILED] AN-4: fewer than 5 practitioners of the lesson's organisation share"
                + " the author's base and specialism; generalise the place from base to locality")
        .contains(
            "The reviewer publishes at the suggestion (place LOCALITY, practice SPECIALISM);"
                + " readers see it told by: nursing, adults, north, riverside-council,")
        .contains(
            "Published to the organisation within the author's limit; readers see it told by: nursing, north,")
        .doesNotContain("rota.desk@example.org")
        .doesNotContain(
            "reads: We moved the duty rota to a shared online calendar that anyone could"
                + " edit; Mrs Okafor")
        .contains("The manager asks for it at the forum tier: no lesson has this id.")
        .contains(
            "The organisation's lesson feed holds 1 lesson; its newsletter digest is headed: #"
                + " Lessons from practice: organisation riverside-council")
        .contains("The manager looks in the organisation again: no lesson has this id.")
        .contains(
            "LessonPublished[forum=mill-lane-forum, lesson=mill-lane-lesson-1, tier=ORGANISATION")
        .contains("LessonWithdrawn[forum=mill-lane-forum, lesson=mill-lane-lesson-1");
  }

  @Test
  void everyHeadingIsANumberedSectionOrAPartAfterABlankLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ForumTour.run(
        EmbeddedH2.inMemory("tour-test-4"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

    List<Integer> sections = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("==") || line.startsWith("--")) {
        assertThat(line).matches("== [0-9]+\\. \\S.* ==|-- \\S.* --");
        assertThat(lines.get(i - 1)).as("the line before " + line).isEmpty();
      }
      if (line.startsWith("== ")) {
        sections.add(Integer.parseInt(line.substring(3, line.indexOf('.'))));
      }
    }
    assertThat(sections).startsWith(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    for (int i = 0; i < sections.size(); i++) {
      assertThat(sections.get(i)).isEqualTo(i + 1);
    }
  }

  @Test
  void theMainCommandSaysWhatItDoesFirstAndKeepsLibraryLogsOut() {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      ForumTour.main(new String[0]);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .startsWith(
            "Running the Practitioners' Forum tour on embedded H2: setting up the database..."
                + System.lineSeparator()
                + "Storage: JdbcForumStorage, schema migrated.");
    // The storage migrations log at INFO; the examples show only warnings and errors.
    assertThat(
            LoggerFactory.getLogger("org.practitionersforum.jdbc.internal.Migrator")
                .isInfoEnabled())
        .isFalse();
    assertThat(printed + err.toString(StandardCharsets.UTF_8))
        .doesNotContain("INFO")
        .doesNotContain("applied storage migration");
  }

  @Test
  void tourConsultsTheForumFromAFormativeRoundToAnImplementedRecommendation() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ForumSdk sdk =
        ForumTour.run(
            EmbeddedH2.inMemory("tour-test-3"),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    String section =
        printed.substring(
            printed.indexOf("== 9."), printed.indexOf("== 10. Events the host received"));

    assertThat(section)
        .contains("decision already made: refused.")
        .contains("[ROUND_NOT_FORMATIVE] CR-1: a round is opened only with the manager's")
        .contains("[ROUND_WINDOW_TOO_SHORT] CR-2: the response window is shorter than the")
        .contains("Opened 'winter-rota-2027': formative (no final decision taken), 2026-11-23 to")
        .contains("all 7 members agree hash ")
        .contains("so it is AGREED (CR-3).")
        .contains("tries to close the round: refused.")
        .contains("[RECOMMENDATIONS_UNDISPOSED] CR-4: 2 recommendation(s) have no published")
        .contains("Overdue on 2027-03-16: winter-rota-2027/mill-lane-forum/1, due 2027-03-15")
        .contains("Overdue on 2027-03-16: winter-rota-2027/mill-lane-forum/2, due 2027-03-15")
        .contains(
            "winter-rota-2027/mill-lane-forum/1 ADOPTED, winter-rota-2027/mill-lane-forum/2"
                + " DECLINED with its reason; overdue now: 0.")
        .contains("The round closes: CLOSED.")
        .contains(
            String.join(
                System.lineSeparator(),
                "the forum is told of each change:",
                "  mill-lane-forum: winter-rota-2027/mill-lane-forum/1 is IN_PROGRESS",
                "  mill-lane-forum: winter-rota-2027/mill-lane-forum/1 is IMPLEMENTED",
                ""))
        .contains(
            "A round on community-nursing opens on its decision date (late) with a short window:"
                + " counted (CR-8).")
        .contains("rounds fewer than 5, opened after the decision date fewer than 5")
        .contains("  service community-nursing: rounds fewer than 5,")
        .contains("median days to disposition not shown, share adopted not shown")
        .contains(
            "Suggested as a repeat (CR-6): night-duty-2027/mill-lane-forum/1 of"
                + " winter-rota-2027/mill-lane-forum/2, similarity 0.56, SUGGESTED.")
        .contains("The manager confirms it: CONFIRMED.")
        .contains(
            "The ledger for night-duty-2027/mill-lane-forum/1: raised 2 times since 2026-11-23;"
                + " implemented: no; tier HEAD_OF_SERVICE.")
        .contains(
            "  mill-lane-forum is told: escalated to HEAD_OF_SERVICE after being raised 2 times.");
    ConsultationRound round =
        sdk.consultations().get(Actor.administrator(ForumTour.ADMIN), ConsultationTour.ROUND);
    assertThat(round.state()).isEqualTo(RoundState.CLOSED);
    assertThat(round.undisposed()).isEmpty();
    List<StatusChange> history = round.recommendations().get(0).history();
    assertThat(history.get(history.size() - 1).status())
        .isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(printed.substring(printed.indexOf("== 10. Events the host received")))
        .contains("RecommendationProgressed[forum=mill-lane-forum, recommendation=winter-rota-2027")
        .contains("ConsultationClosed[forum=mill-lane-forum, round=winter-rota-2027");
  }

  @Test
  void eventsPrintedByTheTourNeverShowAPractitionerId() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ForumTour.run(
        EmbeddedH2.inMemory("tour-test-2"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    String events = printed.substring(printed.indexOf("== 10. Events"));

    assertThat(events).contains("MemberJoined[forum=mill-lane-forum, practitioner=****");
    for (var p : ForumTour.volunteers()) {
      assertThat(events).doesNotContain(p.id().value());
    }
    String secret = printed.replaceAll("(?s).*mill-lane-lesson-1\\.([A-Za-z0-9_-]{24}).*", "$1");
    assertThat(secret).hasSize(24);
    // The reference code is shown to the author once; no event the host receives carries it.
    assertThat(printed.substring(printed.indexOf("== 10. Events the host received")))
        .doesNotContain(secret);
  }

  @Test
  void tourShowsAMeetingRoundInputInAggregateAndARepresentativesReportBack() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ForumTour.run(
        EmbeddedH2.inMemory("tour-test-representatives"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    String section =
        printed.substring(
            printed.indexOf("== 9."), printed.indexOf("== 10. Events the host received"));

    assertThat(section)
        .contains("Individual input in aggregate (CR-3): 'Is night cover safe?' No: 5.")
        .contains("Individual input in aggregate (CR-3): 'Is night cover safe?' Yes: fewer than 5.")
        .contains("Meeting with managers: mill-lane-forum is next due one on ")
        .contains("Report back missing (CR-7): mill-lane-forum on central-group-2027-06, held ")
        .contains("Reported back; missing now: 0; the manager sees the date, not the summary:")
        .contains(", no summary.")
        .doesNotContain("Yes: 1")
        .doesNotContain("our pairing point");
    assertThat(printed).doesNotContain("survey-participant");
  }
}

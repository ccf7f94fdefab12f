package org.practitionersforum.examples;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.DigestFormat;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.FeedPage;
import org.practitionersforum.api.lesson.FeedQuery;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.KGateCheck;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.lesson.Submission;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.lesson.TierFinding;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;

/**
 * The lessons part of the tour (LS-1 to LS-4): a member tells "we tried it, and it did not work" in
 * the six sections, submits it and keeps the reference code shown once; a reviewer asks a question
 * that reaches the author without the reviewer learning who they are; the author answers and
 * consents to the forum and organisation tiers; a reviewer anonymises the sections, decides the
 * doubtful findings, clears and publishes at each tier (at the forum tier the re-identification
 * gate, AN-4, first refuses the author's base and the lesson is published with the locality
 * instead), and the sponsoring manager reads the anonymised text in the organisation but not in the
 * forum; the author finalises, which erases their identity; a wrong reference code is refused; the
 * lesson is withdrawn with the right one, and no read returns it at any tier.
 */
public final class LessonTour {
  /** The review panel's member in the tour. */
  public static final PersonId REVIEWER = PersonId.of("review-panel-1");

  /** The tour's lesson. */
  public static final LessonId LESSON = LessonId.of("mill-lane-lesson-1");

  private LessonTour() {}

  /**
   * Publishes at the forum tier through the re-identification gate (AN-4): at the most precise
   * disclosure fewer than k colleagues share the author's base and specialism, so publication is
   * refused with the generalisation to make; the reviewer checks it and publishes at it.
   *
   * @return the disclosure published at
   */
  private static Disclosure publishThroughTheKGate(ForumSdk sdk, Actor reviewer, PrintStream out) {
    try {
      sdk.lessons().publish(reviewer, LESSON, Tier.FORUM);
    } catch (RuleViolationException e) {
      out.println("Publication with the author's base shown: refused.");
      for (Violation v : e.violations()) {
        out.printf("  [%s] %s%n", v.code(), v.message());
      }
    }
    KGateCheck check = sdk.lessons().checkKGate(reviewer, LESSON, Tier.FORUM, Disclosure.exact());
    Disclosure suggested = check.suggestion().orElseThrow();
    PublishedLesson published = sdk.lessons().publish(reviewer, LESSON, Tier.FORUM, suggested);
    out.printf(
        "The reviewer publishes at the suggestion (place %s, practice %s); readers see it told"
            + " by: %s%n",
        suggested.place(), suggested.practice(), published.attribution().orElseThrow().describe());
    return suggested;
  }

  /**
   * Runs this part of the tour.
   *
   * @param sdk the SDK, on a storage that keeps lessons
   * @param forum the forum the lesson comes from
   * @param author a member of that forum
   * @param sponsor the forum's sponsoring manager
   * @param out where to print the account
   * @return the reference code the author kept
   */
  public static ReferenceCode run(
      ForumSdk sdk, ForumId forum, PractitionerId author, PersonId sponsor, PrintStream out) {
    Actor me = Actor.practitioner(author);
    Actor reviewer = Actor.reviewer(REVIEWER);

    Map<LessonSection, String> sections = new EnumMap<>(LessonSection.class);
    sections.put(
        LessonSection.WHAT_WE_DID,
        "We moved the duty rota to a shared online calendar that anyone could edit; Mrs Okafor"
            + " kept the paper copy and changes went to rota.desk@example.org.");
    sections.put(
        LessonSection.WHEN_WE_HAD_CONCERNS,
        "In the second week, when two visits were booked over each other.");
    Lesson draft =
        sdk.lessons()
            .draft(
                me,
                LessonDraft.builder()
                    .id(LESSON)
                    .forum(forum)
                    .kind(LessonKind.SYSTEM)
                    .sections(LessonSections.of(sections))
                    .build());
    out.printf(
        "A member starts a lesson (%s, %s); the lesson itself never names its author.%n",
        draft.kind(), draft.state());
    try {
      sdk.lessons().submit(me, LESSON);
    } catch (RuleViolationException e) {
      out.println("Submitted too early: refused, with every missing section at once.");
      for (Violation v : e.violations()) {
        out.printf("  [%s] %s%n", v.code(), v.message());
      }
    }

    sections.put(
        LessonSection.HOW_WE_JUDGED,
        "We counted clashes and missed visits each week against the paper rota's record.");
    sections.put(
        LessonSection.WHEN_WE_STOPPED,
        "After six weeks, at the team meeting, with three clashes in the last week alone.");
    sections.put(
        LessonSection.WHY_IT_FAILED,
        "Anyone could move a visit and nobody was told; the paper rota had one keeper.");
    sections.put(
        LessonSection.NEXT_TIME,
        "Keep one person responsible for changes, whatever the tool, and pilot with one team.");
    sdk.lessons().edit(me, LESSON, LessonKind.SYSTEM, sections);
    Submission submission = sdk.lessons().submit(me, LESSON);
    ReferenceCode code = submission.code();
    out.println(
        "Submitted. The reference code, shown this once and stored only as a slow salted hash: "
            + code.value());

    sdk.lessons().ask(reviewer, LESSON, "How many visits were missed before you stopped?");
    Lesson seen = sdk.lessons().get(reviewer, LESSON);
    out.printf(
        "The reviewer reads the lesson (%d sections, %s) and asks a question; nothing they can"
            + " read says who wrote it.%n",
        seen.sections().asMap().size(), seen.state());
    try {
      sdk.lessons().get(Actor.manager(sponsor), LESSON);
    } catch (PermissionDeniedException e) {
      out.println("The sponsoring manager asks to read it: refused. " + e.getMessage());
    }

    List<Lesson> mine = sdk.lessons().mine(me);
    out.printf(
        "The author's lessons show %d question waiting; the escrow routed it.%n",
        mine.get(0).questions().size());
    sdk.lessons().answer(me, LESSON, 1, "Two, both caught the same day by the duty senior.");
    out.println("The author answers.");

    // The host has registered four more practitioners of the author's discipline and specialism,
    // at another base of the locality.
    Actor admin = Actor.administrator(ForumTour.ADMIN);
    for (String id : List.of("harbour-1", "harbour-2", "harbour-3", "harbour-4")) {
      sdk.practitioners()
          .register(
              admin,
              PractitionerProfile.builder()
                  .from(sdk.practitioners().get(admin, author))
                  .id(PractitionerId.of(id))
                  .base(ForumTour.HARBOUR)
                  .lineManager(Optional.empty())
                  .version(0)
                  .build());
    }
    Disclosure shown = Disclosure.exact();
    // Across the organisation the author agrees to show no more than their locality and discipline.
    Disclosure atMost =
        new Disclosure(
            Disclosure.Place.LOCALITY, Disclosure.Practice.DISCIPLINE, Disclosure.Period.MONTH);
    sdk.lessons().consent(me, LESSON, Tier.FORUM);
    sdk.lessons().consent(me, LESSON, Tier.ORGANISATION, atMost);
    out.println(
        "The author consents to publication in the forum, then the organisation, showing the"
            + " organisation no more than their locality and discipline.");
    for (Tier tier : List.of(Tier.FORUM, Tier.ORGANISATION)) {
      Lesson run = sdk.lessons().anonymise(reviewer, LESSON, tier);
      List<TierFinding> findings = run.tier(tier).orElseThrow().findings();
      for (int k = 0; k < findings.size(); k++) {
        TierFinding found = findings.get(k);
        if (found.needsDecision()) {
          sdk.lessons().decide(reviewer, LESSON, tier, k + 1, FindingDecision.REDACT);
        }
        out.printf(
            "  %s: %s found by %s at %s confidence%s%n",
            tier,
            found.finding().type(),
            found.finding().rule(),
            found.finding().confidence(),
            found.needsDecision() ? ", redacted by the reviewer's decision" : "");
      }
      sdk.lessons().clear(reviewer, LESSON, tier);
      if (tier == Tier.FORUM) {
        shown = publishThroughTheKGate(sdk, reviewer, out);
      } else {
        PublishedLesson at =
            sdk.lessons().publish(reviewer, LESSON, tier, shown.orMoreGeneralThan(atMost));
        out.println(
            "Published to the organisation within the author's limit; readers see it told by: "
                + at.attribution().orElseThrow().describe());
      }
    }
    PublishedLesson published =
        sdk.lessons().read(Actor.manager(sponsor), LESSON, Tier.ORGANISATION);
    out.println(
        "Anonymised, cleared and published to the organisation; the sponsoring manager reads: "
            + published.sections().get(LessonSection.WHAT_WE_DID).orElseThrow());
    try {
      sdk.lessons().read(Actor.manager(sponsor), LESSON, Tier.FORUM);
    } catch (NotFoundException e) {
      out.println("The manager asks for it at the forum tier: " + e.getMessage() + ".");
    }
    FeedQuery organisationFeed = FeedQuery.organisation(published.organisation());
    FeedPage feed = sdk.lessons().feed(Actor.manager(sponsor), organisationFeed);
    String digest =
        sdk.lessons().digest(Actor.manager(sponsor), organisationFeed, DigestFormat.MARKDOWN);
    out.println(
        "The organisation's lesson feed holds "
            + feed.items().size()
            + " lesson; its newsletter digest is headed: "
            + digest.lines().findFirst().orElseThrow());

    sdk.lessons().finalise(me, LESSON);
    out.println("The author finalises: their identity is erased from the escrow.");
    try {
      sdk.lessons().get(me, LESSON);
    } catch (PermissionDeniedException e) {
      out.println("From now on not even the author is linked to it: " + e.getMessage());
    }

    ReferenceCode guess = ReferenceCode.of(LESSON, "AAAAAAAAAAAAAAAAAAAAAAAA");
    try {
      sdk.lessons().withdraw(reviewer, guess);
    } catch (RuleViolationException e) {
      out.println("A guessed code: refused, and counted. " + e.getMessage());
    }
    sdk.lessons().withdraw(me, ReferenceCode.parse(code.value()));
    out.println("The author withdraws it with the code they kept: it leaves every tier at once.");
    try {
      sdk.lessons().get(reviewer, LESSON);
    } catch (NotFoundException e) {
      out.println("The reviewer looks again: " + e.getMessage() + ".");
    }
    try {
      sdk.lessons().read(Actor.manager(sponsor), LESSON, Tier.ORGANISATION);
    } catch (NotFoundException e) {
      out.println("The manager looks in the organisation again: " + e.getMessage() + ".");
    }
    return code;
  }
}

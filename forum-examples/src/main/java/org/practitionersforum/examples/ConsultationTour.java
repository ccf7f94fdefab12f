package org.practitionersforum.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.consultation.CentralMeeting;
import org.practitionersforum.api.consultation.ConsentId;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.EngagementMetrics;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.InputKind;
import org.practitionersforum.api.consultation.InputSummary;
import org.practitionersforum.api.consultation.ManagerEngagement;
import org.practitionersforum.api.consultation.MeetingDue;
import org.practitionersforum.api.consultation.MeetingId;
import org.practitionersforum.api.consultation.MissingReportBack;
import org.practitionersforum.api.consultation.OverdueDisposition;
import org.practitionersforum.api.consultation.Purpose;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RepeatLink;
import org.practitionersforum.api.consultation.RepeatRecord;
import org.practitionersforum.api.consultation.Representation;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundMode;
import org.practitionersforum.api.consultation.RoundRequest;
import org.practitionersforum.api.consultation.ServiceEngagement;
import org.practitionersforum.api.consultation.ServiceId;
import org.practitionersforum.api.consultation.StatusChange;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.RecommendationEscalated;
import org.practitionersforum.api.event.RecommendationProgressed;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.core.ForumSdk;

/**
 * The consultation part of the tour (CR-1 to CR-5): a manager opens a formative round, and a
 * request with too short a window and no declaration is refused with every reason at once; the
 * forum drafts its response and every member agrees it under the forum's terms; after the close
 * date the round cannot close while a recommendation lacks a disposition, and the overdue query
 * shows them once they are due; the manager adopts one and declines the other with a reason, closes
 * the round, and tracks the adopted one to implemented, each change an event to the forum. A later
 * round raises the declined one again (CR-6): suggested as a repeat, confirmed, shown on the ledger
 * and escalated. Then meetings and representatives (CR-2, CR-7): when the forum's next meeting with
 * managers is due; its facilitator mandates a member to the central group; a manager records a
 * central meeting the representative attended; the report back is listed as missing until the
 * representative records it, and the manager sees its date, never its summary.
 */
public final class ConsultationTour {
  /** The tour's round. */
  public static final RoundId ROUND = RoundId.of("winter-rota-2027");

  /** The tour's round run as a meeting with managers (CR-2). */
  public static final RoundId MEETING_ROUND = RoundId.of("night-cover-meeting-2027");

  /** The later round that raises a recommendation again (CR-6). */
  public static final RoundId SPRING = RoundId.of("night-duty-2027");

  private ConsultationTour() {}

  /**
   * Runs this part of the tour.
   *
   * @param sdk the SDK, on a storage that keeps rounds
   * @param clock the SDK's clock, moved on to pass the round's dates
   * @param organisation the organisation consulting
   * @param forum the forum consulted: active, with terms in force
   * @param manager the manager consulting
   * @param events the events the host has received so far, added to as the SDK delivers them
   * @param out where to print the account
   * @return the round as the tour leaves it
   */
  public static ConsultationRound run(
      ForumSdk sdk,
      ForumTour.TourClock clock,
      OrganisationId organisation,
      ForumId forum,
      PersonId manager,
      List<ForumEvent> events,
      PrintStream out) {
    Actor boss = Actor.manager(manager);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    RoundRequest.Builder request =
        RoundRequest.builder()
            .id(ROUND)
            .organisation(organisation)
            .topic("The winter duty rota")
            .purpose(Purpose.PLANNING)
            .addQuestions("What would make the winter rota fairer?")
            .addInvitedForums(forum)
            .opensOn(today);
    try {
      sdk.consultations().open(boss, request.closesOn(today.plusDays(7)).formative(false).build());
    } catch (RuleViolationException e) {
      out.println("A manager asks for answers within a week, decision already made: refused.");
      print(e, out);
    }
    ConsultationRound round =
        sdk.consultations()
            .open(boss, request.closesOn(today.plusDays(28)).formative(true).build());
    out.printf(
        "Opened '%s': formative (no final decision taken), %s to %s.%n",
        ROUND, round.opensOn(), round.closesOn());

    List<PractitionerId> members =
        sdk.forums().get(boss, forum).members().stream().map(Member::practitioner).toList();
    ResponseContent content =
        ResponseContent.of(
            "We discussed the rota at two consultative sessions.",
            List.of(
                "Publish the rota six weeks ahead.",
                "Pair newly qualified staff with a senior on night duty."));
    Actor drafter = Actor.practitioner(members.get(0));
    sdk.consultations().respond(drafter, ROUND, forum, content);
    for (PractitionerId m : members) {
      round = sdk.consultations().agree(Actor.practitioner(m), ROUND, forum, content.hash());
    }
    ForumResponse response = round.response(forum).orElseThrow();
    out.printf(
        "Under its terms of reference the forum drafts its response; all %d members agree hash"
            + " %s..., so it is %s (CR-3).%n",
        response.agreements().size(), response.hash().value().substring(0, 12), response.state());

    clock.advance(Duration.ofDays(29));
    try {
      sdk.consultations().close(boss, ROUND);
    } catch (RuleViolationException e) {
      out.println("After the close date the manager tries to close the round: refused.");
      print(e, out);
    }
    clock.advance(Duration.ofDays(84));
    LocalDate later = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    for (OverdueDisposition o : sdk.consultations().overdue(boss, organisation, later)) {
      out.printf("Overdue on %s: %s, due %s%n", later, o.recommendation(), o.dueOn());
    }

    RecommendationId first = new RecommendationId(ROUND, forum, 1);
    RecommendationId second = new RecommendationId(ROUND, forum, 2);
    sdk.consultations().dispose(boss, ROUND, first, Disposition.adopted());
    sdk.consultations()
        .dispose(
            boss,
            ROUND,
            second,
            Disposition.declined("Night duty is already paired under the lone-working policy."));
    out.printf(
        "Dispositions published: %s ADOPTED, %s DECLINED with its reason; overdue now: %d.%n",
        first, second, sdk.consultations().overdue(boss, organisation, later).size());
    round = sdk.consultations().close(boss, ROUND);
    out.printf("The round closes: %s.%n", round.state());

    int before = events.size();
    sdk.consultations()
        .track(
            boss,
            ROUND,
            first,
            StatusChange.builder()
                .status(ImplementationStatus.IN_PROGRESS)
                .percent(50)
                .evidence("The spring rota went out five weeks ahead.")
                .at(clock.instant())
                .build());
    clock.advance(Duration.ofDays(30));
    round =
        sdk.consultations()
            .track(
                boss,
                ROUND,
                first,
                StatusChange.builder()
                    .status(ImplementationStatus.IMPLEMENTED)
                    .evidence("The summer rota went out six weeks ahead.")
                    .at(clock.instant())
                    .build());
    out.println("Tracked to implementation (CR-5); the forum is told of each change:");
    for (ForumEvent e : List.copyOf(events.subList(before, events.size()))) {
      if (e instanceof RecommendationProgressed p) {
        out.printf("  %s: %s is %s%n", p.forum(), p.recommendation(), p.status());
      }
    }
    repeats(sdk, organisation, forum, boss, members, events, out);
    representatives(sdk, clock, organisation, forum, boss, members, out);
    metrics(sdk, clock, organisation, forum, boss, out);
    return round;
  }

  /**
   * Meetings, individual input and representatives (CR-2, CR-3, CR-7): a round run as a meeting
   * with managers, answered with survey answers shown to the manager only in aggregate; the forum's
   * next meeting with managers; a mandate to the central group, a central meeting, and the report
   * back listed as missing until recorded.
   */
  private static void representatives(
      ForumSdk sdk,
      ForumTour.TourClock clock,
      OrganisationId organisation,
      ForumId forum,
      Actor boss,
      List<PractitionerId> members,
      PrintStream out) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    RoundRequest meetingRound =
        RoundRequest.builder()
            .id(MEETING_ROUND)
            .organisation(organisation)
            .topic("Spring meeting with managers: night cover")
            .purpose(Purpose.MONITORING)
            .addQuestions("Is night cover safe?")
            .addInvitedForums(forum)
            .opensOn(today)
            .closesOn(today.plusDays(28))
            .formative(true)
            .mode(RoundMode.MEETING)
            .build();
    sdk.consultations().open(boss, meetingRound);
    ResponseContent answer =
        ResponseContent.of(
            "At the meeting we reported what colleagues told our survey.",
            List.of("Put a senior on call for every night shift."));
    Actor drafter = Actor.practitioner(members.get(0));
    sdk.consultations().respond(drafter, MEETING_ROUND, forum, answer);
    List<String> survey = List.of("No", "No", "No", "No", "No", "Yes");
    for (int i = 0; i < survey.size(); i++) {
      ConsentId consent = ConsentId.of("night-survey-" + (i + 1));
      sdk.consultations()
          .recordConsent(
              drafter, MEETING_ROUND, forum, consent, PersonId.of("survey-participant-" + (i + 1)));
      sdk.consultations()
          .attachInput(
              drafter,
              MEETING_ROUND,
              forum,
              consent,
              InputKind.SURVEY_ANSWER,
              "Is night cover safe?",
              survey.get(i));
    }
    // The input is part of what members agree: they agree the draft as it now reads.
    ContentHash withInput =
        sdk.consultations().get(drafter, MEETING_ROUND).response(forum).orElseThrow().hash();
    for (PractitionerId m : members) {
      sdk.consultations().agree(Actor.practitioner(m), MEETING_ROUND, forum, withInput);
    }
    InputSummary summary = sdk.consultations().inputSummary(boss, MEETING_ROUND, forum);
    for (InputSummary.Count c : summary.counts()) {
      out.printf(
          "Individual input in aggregate (CR-3): '%s' %s: %s.%n",
          c.theme(), c.answer().orElse(""), c.count());
    }
    for (MeetingDue due : sdk.consultations().meetingsDue(boss, organisation, today)) {
      out.printf(
          "Meeting with managers: %s is next due one on %s (overdue: %s).%n",
          due.forum(), due.dueOn(), due.overdue() ? "yes" : "no");
    }
    Actor facilitator = Actor.facilitator(PersonId.of("facilitator-tour"));
    sdk.forums()
        .startFacilitation(Actor.administrator(PersonId.of("admin")), forum, facilitator.person());
    PractitionerId representative = members.get(1);
    sdk.consultations()
        .mandate(
            facilitator,
            forum,
            representative,
            "Rotas and cover, as the forum agreed them.",
            today.plusYears(1));
    MeetingId meeting = MeetingId.of("central-group-2027-06");
    sdk.consultations()
        .recordCentralMeeting(
            boss,
            new CentralMeeting(
                meeting,
                organisation,
                today,
                List.of(new CentralMeeting.Attendee(forum, representative))));
    clock.advance(Duration.ofDays(15));
    LocalDate later = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    for (MissingReportBack m : sdk.consultations().missingReportBacks(boss, organisation, later)) {
      out.printf(
          "Report back missing (CR-7): %s on %s, held %s, due %s (overdue: %s).%n",
          m.forum(), m.meeting(), m.heldOn(), m.dueBy(), m.overdue() ? "yes" : "no");
    }
    sdk.consultations()
        .reportBack(
            Actor.practitioner(representative),
            forum,
            meeting,
            "The group will move the rota deadline; our pairing point goes to the March meeting.");
    Representation seen = sdk.consultations().representation(boss, forum);
    out.printf(
        "Reported back; missing now: %d; the manager sees the date, not the summary: %s, %s.%n",
        sdk.consultations().missingReportBacks(boss, organisation, later).size(),
        seen.attendances().get(0).reportedOn().orElseThrow(),
        seen.attendances().get(0).summary().isPresent() ? "summary shown" : "no summary");
  }

  private static void print(RuleViolationException e, PrintStream out) {
    for (Violation v : e.violations()) {
      out.printf("  [%s] %s%n", v.code(), v.message());
    }
  }

  /**
   * Engagement metrics (CR-8): the manager opens a round about a named service on the day its
   * decision is due, with a short window and its reason, both counted against them; then the
   * figures per manager and per service over the year, small numbers suppressed.
   */
  private static void metrics(
      ForumSdk sdk,
      ForumTour.TourClock clock,
      OrganisationId organisation,
      ForumId forum,
      Actor boss,
      PrintStream out) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    ConsultationRound late =
        sdk.consultations()
            .open(
                boss,
                RoundRequest.builder()
                    .id(RoundId.of("night-visits-2027"))
                    .organisation(organisation)
                    .topic("Night visits")
                    .purpose(Purpose.MONITORING)
                    .addQuestions("How are the new night visits working?")
                    .addInvitedForums(forum)
                    .opensOn(today)
                    .closesOn(today.plusDays(14))
                    .formative(true)
                    .shortWindowReason("The board decides on the contract this month.")
                    .service(ServiceId.of("community-nursing"))
                    .decisionDueOn(today)
                    .build());
    out.printf(
        "A round on %s opens on its decision date (%s) with a short window: counted (CR-8).%n",
        late.service().orElseThrow(), late.openedAfterDecision() ? "late" : "in time");
    EngagementMetrics metrics =
        sdk.consultations().metrics(boss, organisation, today.minusYears(1), today);
    for (ManagerEngagement m : metrics.byManager()) {
      out.printf("  manager %s: %s%n", m.manager(), m.figures());
    }
    for (ServiceEngagement s : metrics.byService()) {
      out.printf("  service %s: %s%n", s.service(), s.figures());
    }
  }

  /**
   * Repeats (CR-6): a later round's response raises the declined recommendation again, in other
   * words; the matcher suggests the link, the manager confirms it, the ledger shows the
   * recommendation raised twice with nothing done yet, and, at this organisation's escalation point
   * of one repeat, it escalates to the head of service, each forum of the group told.
   */
  private static void repeats(
      ForumSdk sdk,
      OrganisationId organisation,
      ForumId forum,
      Actor boss,
      List<PractitionerId> members,
      List<ForumEvent> events,
      PrintStream out) {
    LocalDate today = LocalDate.ofInstant(sdk.clock().instant(), ZoneOffset.UTC);
    sdk.consultations()
        .open(
            boss,
            RoundRequest.builder()
                .id(SPRING)
                .organisation(organisation)
                .topic("Night duty")
                .purpose(Purpose.MONITORING)
                .addQuestions("How safe does night duty feel?")
                .addInvitedForums(forum)
                .opensOn(today)
                .closesOn(today.plusDays(28))
                .formative(true)
                .build());
    ResponseContent content =
        ResponseContent.of(
            "We raised this last winter and nothing changed.",
            List.of(
                "Newly qualified staff should be paired with a senior colleague on night duty."));
    sdk.consultations().respond(Actor.practitioner(members.get(0)), SPRING, forum, content);
    for (PractitionerId m : members) {
      sdk.consultations().agree(Actor.practitioner(m), SPRING, forum, content.hash());
    }
    RecommendationId again = new RecommendationId(SPRING, forum, 1);
    RecommendationId earlier = new RecommendationId(ROUND, forum, 2);
    for (RepeatLink link : sdk.consultations().repeatLinks(boss, again)) {
      out.printf(
          "Suggested as a repeat (CR-6): %s of %s, similarity %.2f, %s.%n",
          link.newer(), link.earlier(), link.similarity(), link.state());
    }
    int before = events.size();
    RepeatLink confirmed = sdk.consultations().confirmRepeat(boss, again, earlier);
    RepeatRecord record = sdk.consultations().repeats(boss, again);
    out.printf("The manager confirms it: %s.%n", confirmed.state());
    out.printf("The ledger for %s: %s; tier %s.%n", again, record, record.tier());
    for (ForumEvent e : List.copyOf(events.subList(before, events.size()))) {
      if (e instanceof RecommendationEscalated x) {
        out.printf(
            "  %s is told: escalated to %s after being raised %d times.%n",
            x.forum(), x.tier(), x.raised());
      }
    }
  }
}

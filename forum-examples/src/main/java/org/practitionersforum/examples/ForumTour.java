package org.practitionersforum.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.FormationPlan;
import org.practitionersforum.api.forum.FormationRequest;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.forum.SuggestedForum;
import org.practitionersforum.api.forum.Unplaced;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.ForumSdk;

/**
 * The end-to-end tour of the SDK, run by the README's first command. A host system (here, a tiny
 * stand-in for a case-management system) embeds the SDK and walks a forum from volunteers to an
 * active forum, printing what happens and why.
 */
public final class ForumTour {
  static final OrganisationId TRUST = OrganisationId.of("riverside-council");
  static final LocalityId NORTH = LocalityId.of("north");
  static final BaseId MILL_LANE = BaseId.of("mill-lane-office");
  static final BaseId HARBOUR = BaseId.of("harbour-team");
  static final PersonId ADMIN = PersonId.of("admin-7");
  static final PersonId SPONSOR = PersonId.of("service-manager-3");

  /** Multi-discipline adults' forums focused on the organisation. */
  static final Composition COMPOSITION =
      Composition.builder()
          .disciplineMix(Composition.Mix.MULTI)
          .specialismMix(Composition.Mix.SINGLE)
          .specialism(Specialism.ADULTS)
          .focus(Composition.Focus.ORGANISATION)
          .build();

  private ForumTour() {}

  /**
   * Runs the tour, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // The first line comes before the database is set up, so the run says at once what it does.
    System.out.println(
        "Running the Practitioners' Forum tour on embedded H2: setting up the database...");
    run(EmbeddedH2.inMemory("forum-tour"), System.out);
  }

  /**
   * Runs the tour.
   *
   * @param storage the storage to run on, empty
   * @param out where to print the account
   * @return the SDK the tour ran on, for inspection by tests
   */
  public static ForumSdk run(ForumStorage storage, PrintStream out) {
    List<ForumEvent> events = new ArrayList<>();
    TourClock clock = new TourClock(Instant.parse("2026-11-23T09:30:00Z"));
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(storage)
            .clock(clock)
            .listener(events::add)
            // Repeats escalate at the first repeat without implementation here, to show it (CR-6).
            .consultationSettings(
                TRUST,
                org.practitionersforum.api.consultation.ConsultationSettings.DEFAULT
                    .withEscalateAfterRepeats(1))
            .build();
    Actor admin = Actor.administrator(ADMIN);

    out.println("Storage: " + storage.getClass().getSimpleName() + ", schema migrated.");
    Headings.section(out, 1, "The host registers its volunteers (FR-9)");
    List<PractitionerProfile> volunteers = volunteers();
    for (PractitionerProfile p : volunteers) {
      sdk.practitioners().register(admin, p);
    }
    out.printf(
        "%d practitioners at %s and %s have volunteered.%n", volunteers.size(), MILL_LANE, HARBOUR);

    Headings.section(
        out,
        2,
        "The planner suggests groupings: same base first, 4 to 8, mixed disciplines, adults' services");
    FormationPlan plan =
        sdk.planner()
            .plan(
                admin,
                FormationRequest.builder().volunteers(volunteers).composition(COMPOSITION).build());
    for (SuggestedForum s : plan.forums()) {
      out.printf("Suggested forum at %s: %s%n", s.base(), names(s.members()));
    }
    for (Unplaced u : plan.unplaced()) {
      out.printf("Not placed: %s, because %s%n", u.practitioner().value(), u.reason().message());
    }
    out.println(
        "A suggestion is only a suggestion: each practitioner still joins themselves (FR-2).");

    Headings.section(out, 3, "A forum is proposed at Mill Lane, and members join themselves");
    SuggestedForum first = plan.forums().get(0);
    ForumId forumId = ForumId.of("mill-lane-forum");
    Forum forum =
        sdk.forums()
            .propose(
                Actor.practitioner(first.members().get(0)),
                ForumProposal.builder()
                    .id(forumId)
                    .name("Mill Lane practitioners' forum")
                    .organisation(first.organisation())
                    .base(first.base())
                    .locality(first.locality())
                    .composition(COMPOSITION)
                    .sponsor(SPONSOR)
                    .build());
    out.printf("Proposed '%s' (%s).%n", forum.name(), state(forum));
    // Same base first: the planner keeps Mill Lane's forum to Mill Lane. Harbour's volunteers, too
    // few for a forum of their own, are free to choose it (FR-2).
    List<PractitionerId> harbour =
        plan.unplaced().stream()
            .filter(u -> u.reason().code() == ViolationCode.BELOW_MINIMUM)
            .map(Unplaced::practitioner)
            .toList();
    out.printf(
        "%s, too few at %s for a forum of their own, choose to join it too.%n",
        names(harbour), HARBOUR);
    List<PractitionerId> members = new ArrayList<>(first.members());
    members.addAll(harbour);
    members.sort(null);
    PractitionerId firstMember = members.get(0);
    forum = sdk.forums().join(Actor.practitioner(firstMember), forumId, firstMember);
    out.printf("%s joined; the forum is now %s.%n", firstMember.value(), state(forum));

    Headings.section(out, 4, "The rules at work");
    PractitionerId second = members.get(1);
    try {
      sdk.forums().join(admin, forumId, second);
    } catch (PermissionDeniedException e) {
      out.println("An administrator tries to add a member: refused. " + e.getMessage());
    }
    List<Violation> early =
        sdk.forums().check(Actor.practitioner(firstMember), forumId, ForumState.ACTIVE);
    out.println("Can the forum become active with one member? Every violation at once:");
    for (Violation v : early) {
      out.printf("  [%s] %s%n", v.code(), v.message());
    }
    for (PractitionerId p : members.subList(1, members.size())) {
      forum = sdk.forums().join(Actor.practitioner(p), forumId, p);
    }
    out.printf("%d members have now joined themselves.%n", forum.members().size());
    PractitionerId manager = PractitionerId.of("mill-lane-team-manager");
    try {
      sdk.forums().join(Actor.practitioner(manager), forumId, manager);
    } catch (RuleViolationException e) {
      out.println("The Mill Lane team manager tries to join: refused.");
      for (Violation v : e.violations()) {
        out.printf("  [%s] %s%n", v.code(), v.message());
      }
    }

    Headings.section(out, 5, "The forum agrees its terms of reference, becomes active and meets");
    TermsTour.run(sdk, forumId, members, SPONSOR, out);
    forum = sdk.forums().get(Actor.practitioner(firstMember), forumId);
    out.printf("'%s' is %s with %d members.%n", forum.name(), state(forum), forum.members().size());
    out.println("Its lifecycle history, each change with its reason, two a page (FR-8):");
    int position = 0;
    List<StateChange> page;
    do {
      page = sdk.forums().history(Actor.practitioner(firstMember), forumId, position, 2);
      for (StateChange change : page) {
        out.printf(
            "  %d. %s%s, by %s: %s%n",
            ++position,
            change.from().map(from -> name(from) + " -> ").orElse(""),
            name(change.to()),
            change.by().name().toLowerCase(java.util.Locale.ROOT),
            change.reason());
      }
    } while (page.size() == 2);

    Headings.section(
        out,
        6,
        "A \"we tried it and it did not work\" write-up is anonymised before it leaves the forum (AN-1 to AN-3)");
    AnonymisationTour.run(out);

    Headings.section(
        out,
        7,
        "Trust: one access policy, an audit trail nobody can rewrite, events never lost, erasure on request (SEC-1 to SEC-4)");
    TrustTour.run(sdk, TRUST, forumId, members, SPONSOR, out);

    Headings.section(
        out,
        8,
        "A lesson from failure: told, questioned, k-gated, published in tiers and withdrawn by its reference code (LS-1 to LS-4, AN-4)");
    LessonTour.run(sdk, forumId, members.get(1), SPONSOR, out);

    Headings.section(
        out,
        9,
        "A manager consults the forum: a formative round, a collective response, a disposition for every recommendation, tracked to implementation (CR-1 to CR-5)");
    ConsultationTour.run(sdk, clock, TRUST, forumId, SPONSOR, events, out);

    Headings.section(
        out, 10, "Events the host received (identifiers of people never appear in them)");
    for (ForumEvent e : events) {
      out.println("  " + e);
    }
    return sdk;
  }

  /**
   * The tour's clock: it starts at a set instant and moves on a millisecond at each reading, so the
   * account is the same at every run and each change has a time of its own, as on a real clock. The
   * tour moves it on to pass a date. Thread-safe.
   */
  static final class TourClock extends Clock {
    private final Instant start;
    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong advancedMillis = new AtomicLong();

    TourClock(Instant start) {
      this.start = start;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      if (!ZoneOffset.UTC.equals(zone)) {
        throw new UnsupportedOperationException("the tour's clock reads UTC only");
      }
      return this;
    }

    @Override
    public Instant instant() {
      return start.plusMillis(advancedMillis.get() + readings.getAndIncrement());
    }

    /**
     * Moves the clock on.
     *
     * @param by how far, not negative
     */
    void advance(java.time.Duration by) {
      if (by.isNegative()) {
        throw new IllegalArgumentException("the tour's clock does not go back");
      }
      advancedMillis.addAndGet(by.toMillis());
    }
  }

  private static String state(Forum forum) {
    return name(forum.state());
  }

  private static String name(ForumState state) {
    return state.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String names(List<PractitionerId> ids) {
    return String.join(", ", ids.stream().map(PractitionerId::value).toList());
  }

  static List<PractitionerProfile> volunteers() {
    List<PractitionerProfile> out = new ArrayList<>();
    PractitionerId manager = PractitionerId.of("mill-lane-team-manager");
    out.add(profile(manager, Discipline.SOCIAL_WORK, MILL_LANE, null));
    String[][] mill = {
      {"sw-asha", "social-work"}, {"sw-ben", "social-work"}, {"ot-cara", "occupational-therapy"},
      {"nurse-dev", "nursing"}, {"hs-eli", "housing-support"}, {"sw-fay", "social-work"},
    };
    for (String[] m : mill) {
      out.add(profile(PractitionerId.of(m[0]), Discipline.of(m[1]), MILL_LANE, manager));
    }
    String[][] harbour = {{"sw-gus", "social-work"}, {"ot-hal", "occupational-therapy"}};
    for (String[] h : harbour) {
      out.add(profile(PractitionerId.of(h[0]), Discipline.of(h[1]), HARBOUR, null));
    }
    return out;
  }

  private static PractitionerProfile profile(
      PractitionerId id, Discipline discipline, BaseId base, PractitionerId lineManager) {
    return PractitionerProfile.builder()
        .id(id)
        .discipline(discipline)
        .specialism(Specialism.ADULTS)
        .base(base)
        .organisation(TRUST)
        .locality(NORTH)
        .lineManager(java.util.Optional.ofNullable(lineManager))
        .build();
  }
}

// Longer than 500 lines because one test class per service: every rule FR-1 to FR-8 with its
// refusals, in the order of the brief.
package org.practitionersforum.core.internal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.event.FacilitationEnded;
import org.practitionersforum.api.event.FacilitationStarted;
import org.practitionersforum.api.event.FormationStarted;
import org.practitionersforum.api.event.ForumActivated;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumProposed;
import org.practitionersforum.api.event.ForumSuspended;
import org.practitionersforum.api.event.MemberInvited;
import org.practitionersforum.api.event.MemberJoined;
import org.practitionersforum.api.event.MemberLeft;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.testkit.Generators;
import org.practitionersforum.testkit.InvalidInputs;

/** ForumService behaviour, rule by rule, on the in-memory store. */
class ForumServiceTest {
  private static final OrganisationId ORG = OrganisationId.of("north-trust");
  private static final OrganisationId OTHER_ORG = OrganisationId.of("south-trust");
  private static final BaseId BASE = BaseId.of("riverside");
  private static final LocalityId LOCALITY = LocalityId.of("north");
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin-7"));
  private static final Actor MANAGER = Actor.manager(PersonId.of("manager-3"));
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  private final List<ForumEvent> events = Collections.synchronizedList(new ArrayList<>());
  private ForumSdk sdk;
  private int nextId;

  @BeforeEach
  void setUp() {
    sdk = sdk(FormationSettings.DEFAULT);
  }

  private ForumSdk sdk(FormationSettings orgSettings) {
    return ForumSdk.builder().clock(CLOCK).listener(events::add).settings(ORG, orgSettings).build();
  }

  // ------------------------------------------------------------------ helpers

  private PractitionerId practitioner(Discipline discipline) {
    return practitioner(discipline, Specialism.ADULTS, ORG, Optional.empty());
  }

  private PractitionerId practitioner(
      Discipline discipline,
      Specialism specialism,
      OrganisationId org,
      Optional<PractitionerId> manager) {
    PractitionerId id = PractitionerId.of("secret-practitioner-" + (nextId++));
    sdk.practitioners()
        .register(
            ADMIN,
            PractitionerProfile.builder()
                .id(id)
                .discipline(discipline)
                .specialism(specialism)
                .base(BASE)
                .organisation(org)
                .locality(LOCALITY)
                .lineManager(manager)
                .build());
    return id;
  }

  private ForumId propose(Composition composition) {
    ForumId id = ForumId.of("forum-" + (nextId++));
    sdk.forums()
        .propose(
            MANAGER,
            ForumProposal.builder()
                .id(id)
                .name("Riverside reflective practice")
                .organisation(ORG)
                .base(BASE)
                .locality(LOCALITY)
                .composition(composition)
                .build());
    return id;
  }

  private ForumId openForum() {
    return propose(Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION));
  }

  /**
   * TR-4: puts terms of reference in force for the forum, written directly to storage, so that the
   * formation rules are what a test exercises. Returns the hash a newcomer must agree.
   */
  private ContentHash termsInForce(ForumId forum) {
    TermsContent content = TermsTemplate.standard(LocalDate.of(2027, 3, 1));
    ContentHash hash = ContentHash.of(content);
    sdk.storage()
        .inTransaction(
            tx ->
                tx.terms()
                    .insert(
                        ForumTerms.builder()
                            .forum(forum)
                            .addVersions(
                                TermsVersion.builder()
                                    .number(1)
                                    .content(content)
                                    .hash(hash)
                                    .status(TermsStatus.IN_FORCE)
                                    .round(1)
                                    .draftedAt(CLOCK.instant())
                                    .openedAt(CLOCK.instant())
                                    .inForceAt(CLOCK.instant())
                                    .build())
                            .build()));
    return hash;
  }

  private List<PractitionerId> join(ForumId forum, int count) {
    List<PractitionerId> out = new ArrayList<>();
    Discipline[] mix = {Discipline.SOCIAL_WORK, Discipline.NURSING};
    for (int i = 0; i < count; i++) {
      PractitionerId p =
          practitioner(
              mix[i % 2],
              i % 2 == 0 ? Specialism.ADULTS : Specialism.MENTAL_HEALTH,
              ORG,
              Optional.empty());
      sdk.forums().join(Actor.practitioner(p), forum, p);
      out.add(p);
    }
    return out;
  }

  private Forum stored(ForumId id) {
    return sdk.forums().get(ADMIN, id);
  }

  private static List<ViolationCode> codes(RuleViolationException e) {
    return e.violations().stream().map(v -> v.code()).toList();
  }

  // ------------------------------------------------------------------ FR-2

  @Test
  void nobodyButThePractitionerCanMakeThemAMember() {
    ForumId forum = openForum();
    PractitionerId p = practitioner(Discipline.NURSING);
    PractitionerId other = practitioner(Discipline.SOCIAL_WORK);
    Forum before = stored(forum);
    for (Actor actor :
        List.of(
            ADMIN,
            MANAGER,
            Actor.facilitator(PersonId.of("fac-1")),
            Actor.practitioner(other),
            Actor.system())) {
      PermissionDeniedException e =
          catchThrowableOfType(
              PermissionDeniedException.class, () -> sdk.forums().join(actor, forum, p));
      assertThat(e).as("join by %s", actor).isNotNull();
      assertThat(e.rule()).isEqualTo("FR-2");
      assertThat(e.getMessage()).startsWith("FR-2").doesNotContain(p.value());
    }
    assertThat(stored(forum)).isEqualTo(before);
  }

  @Test
  void anInvitationAddsNobodyAndOnlyTheInviteeCanAccept() {
    ForumId forum = openForum();
    PractitionerId p = practitioner(Discipline.NURSING);
    Forum invited = sdk.forums().invite(ADMIN, forum, p);
    assertThat(invited.members()).isEmpty();
    assertThatThrownBy(() -> sdk.forums().acceptInvitation(ADMIN, forum, p))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class, e -> assertThat(e.rule()).isEqualTo("FR-2"));
    Forum joined = sdk.forums().acceptInvitation(Actor.practitioner(p), forum, p);
    assertThat(joined.isMember(p)).isTrue();
    assertThat(joined.invitations()).isEmpty();
  }

  @Test
  void joiningWithoutAcceptingStillClosesTheInvitation() {
    ForumId forum = openForum();
    PractitionerId p = practitioner(Discipline.NURSING);
    sdk.forums().invite(ADMIN, forum, p);
    Forum joined = sdk.forums().join(Actor.practitioner(p), forum, p);
    assertThat(joined.isMember(p)).isTrue();
    assertThat(joined.invitations()).isEmpty();
  }

  // ------------------------------------------------------------------ FR-4

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void concurrentJoinsNeverExceedTheMaximum() throws Exception {
    ForumId forum = openForum();
    join(forum, 7);
    List<PractitionerId> racers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      racers.add(practitioner(i % 2 == 0 ? Discipline.NURSING : Discipline.SOCIAL_WORK));
    }
    CountDownLatch ready = new CountDownLatch(racers.size());
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger full = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(racers.size());
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (PractitionerId p : racers) {
        results.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  try {
                    sdk.forums().join(Actor.practitioner(p), forum, p);
                    return true;
                  } catch (RuleViolationException e) {
                    if (codes(e).equals(List.of(ViolationCode.FORUM_FULL))) {
                      full.incrementAndGet();
                    }
                    return false;
                  }
                }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      start.countDown();
      int succeeded = 0;
      for (Future<Boolean> f : results) {
        if (f.get(20, TimeUnit.SECONDS)) {
          succeeded++;
        }
      }
      assertThat(succeeded).isEqualTo(1);
      assertThat(full.get()).isEqualTo(49);
    } finally {
      pool.shutdownNow();
    }
    assertThat(stored(forum).members()).hasSize(8);
  }

  @Test
  void anActiveForumNeedsItsMinimum() {
    ForumId forum = openForum();
    join(forum, 3);
    termsInForce(forum);
    RuleViolationException e =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> sdk.forums().transition(ADMIN, forum, ForumState.ACTIVE, "ready"));
    assertThat(codes(e)).containsExactly(ViolationCode.BELOW_MINIMUM);
  }

  // ------------------------------------------------------------------ FR-5

  @Test
  void aSingleDisciplineForumAdmitsOnlyItsDiscipline() {
    ForumId forum =
        propose(
            Composition.builder()
                .disciplineMix(Composition.Mix.SINGLE)
                .discipline(Discipline.NURSING)
                .specialismMix(Composition.Mix.MULTI)
                .focus(Composition.Focus.ORGANISATION)
                .build());
    PractitionerId nurse = practitioner(Discipline.NURSING);
    PractitionerId socialWorker = practitioner(Discipline.SOCIAL_WORK);
    sdk.forums().join(Actor.practitioner(nurse), forum, nurse);
    Forum before = stored(forum);
    RuleViolationException e =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> sdk.forums().join(Actor.practitioner(socialWorker), forum, socialWorker));
    assertThat(codes(e)).containsExactly(ViolationCode.DISCIPLINE_NOT_ADMITTED);
    assertThat(e.getMessage()).startsWith("FR-5").doesNotContain(socialWorker.value());
    assertThat(stored(forum)).isEqualTo(before);
  }

  @Test
  void aMultiDisciplineForumNeedsTwoDisciplinesToActivate() {
    ForumId forum = openForum();
    for (int i = 0; i < 4; i++) {
      PractitionerId p =
          practitioner(
              Discipline.SOCIAL_WORK,
              i % 2 == 0 ? Specialism.ADULTS : Specialism.MENTAL_HEALTH,
              ORG,
              Optional.empty());
      sdk.forums().join(Actor.practitioner(p), forum, p);
    }
    ContentHash terms = termsInForce(forum);
    assertThat(sdk.forums().check(ADMIN, forum, ForumState.ACTIVE))
        .extracting(v -> v.code())
        .containsExactly(ViolationCode.TOO_FEW_DISCIPLINES);
    PractitionerId nurse = practitioner(Discipline.NURSING);
    sdk.terms().joinAgreeing(Actor.practitioner(nurse), forum, nurse, terms);
    assertThat(sdk.forums().check(ADMIN, forum, ForumState.ACTIVE)).isEmpty();
    assertThat(
            sdk.forums()
                .transition(ADMIN, forum, ForumState.ACTIVE, "five of us, two disciplines")
                .state())
        .isEqualTo(ForumState.ACTIVE);
  }

  @Test
  void anAllAdultsTeamActivatesUnderTheCompositionsThatDoNotRequireTwoSpecialisms() {
    Map<Composition, List<ViolationCode>> expected = new LinkedHashMap<>();
    expected.put(
        Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION),
        List.of(ViolationCode.TOO_FEW_SPECIALISMS));
    expected.put(
        Composition.multiSpecialism(Composition.Focus.ORGANISATION),
        List.of(ViolationCode.TOO_FEW_SPECIALISMS));
    expected.put(Composition.multiDisciplinary(Composition.Focus.ORGANISATION), List.of());
    expected.put(Composition.anyMix(Composition.Focus.ORGANISATION), List.of());
    for (Map.Entry<Composition, List<ViolationCode>> e : expected.entrySet()) {
      ForumId forum = propose(e.getKey());
      for (int i = 0; i < 4; i++) {
        PractitionerId p = practitioner(i % 2 == 0 ? Discipline.SOCIAL_WORK : Discipline.NURSING);
        sdk.forums().join(Actor.practitioner(p), forum, p);
      }
      termsInForce(forum);
      List<Violation> found = sdk.forums().check(ADMIN, forum, ForumState.ACTIVE);
      assertThat(found).extracting(v -> v.code()).as(e.getKey().toString()).isEqualTo(e.getValue());
      if (e.getValue().isEmpty()) {
        assertThat(sdk.forums().transition(ADMIN, forum, ForumState.ACTIVE, "ready").state())
            .isEqualTo(ForumState.ACTIVE);
      } else {
        assertThat(found.get(0).message())
            .isEqualTo(
                "FR-5: the composition requires members of at least two specialisms"
                    + " (multi-specialism) to be active; these members are of fewer than two"
                    + " specialisms");
        assertThatThrownBy(() -> sdk.forums().transition(ADMIN, forum, ForumState.ACTIVE, "ready"))
            .isInstanceOfSatisfying(
                RuleViolationException.class,
                refused -> assertThat(codes(refused)).contains(ViolationCode.TOO_FEW_SPECIALISMS));
        assertThat(stored(forum).state()).isEqualTo(ForumState.FORMING);
      }
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void theDeprecatedOpenCompositionStillRequiresTwoDisciplinesAndTwoSpecialisms() {
    assertThat(Composition.open(Composition.Focus.LOCALITY))
        .isEqualTo(Composition.multiDisciplineAndSpecialism(Composition.Focus.LOCALITY));
    assertThat(Composition.anyMix(Composition.Focus.LOCALITY).disciplineMix())
        .isEqualTo(Composition.Mix.ANY);
    assertThatThrownBy(() -> Composition.anyMix(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("focus");
  }

  // ------------------------------------------------------------------ FR-7

  @Test
  void lineManagersAndTheirReportsAreKeptApart() {
    ForumId forum = openForum();
    PractitionerId manager = practitioner(Discipline.SOCIAL_WORK);
    PractitionerId report =
        practitioner(Discipline.SOCIAL_WORK, Specialism.ADULTS, ORG, Optional.of(manager));
    sdk.forums().join(Actor.practitioner(manager), forum, manager);
    RuleViolationException e =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> sdk.forums().join(Actor.practitioner(report), forum, report));
    assertThat(codes(e)).containsExactly(ViolationCode.LINE_MANAGEMENT_CONFLICT);

    ForumId second = openForum();
    sdk.forums().join(Actor.practitioner(report), second, report);
    RuleViolationException reverse =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> sdk.forums().join(Actor.practitioner(manager), second, manager));
    assertThat(codes(reverse)).containsExactly(ViolationCode.LINE_MANAGEMENT_CONFLICT);
  }

  @Test
  void anOrganisationMaySwitchTheLineManagementRuleOff() {
    sdk = sdk(FormationSettings.DEFAULT.withLineManagementExcluded(false));
    ForumId forum = openForum();
    assertThat(stored(forum).lineManagementExcluded()).isFalse();
    PractitionerId manager = practitioner(Discipline.SOCIAL_WORK);
    PractitionerId report =
        practitioner(Discipline.SOCIAL_WORK, Specialism.ADULTS, ORG, Optional.of(manager));
    sdk.forums().join(Actor.practitioner(manager), forum, manager);
    assertThat(sdk.forums().join(Actor.practitioner(report), forum, report).memberIds())
        .containsExactlyInAnyOrder(manager, report);
  }

  // ------------------------------------------------------------------ FR-8

  @Test
  void transitionsStateTheirReasonAndInvalidOnesAreRefused() {
    ForumId forum = openForum();
    RuleViolationException e =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> sdk.forums().transition(ADMIN, forum, ForumState.SUSPENDED, "pause"));
    assertThat(codes(e)).containsExactly(ViolationCode.INVALID_TRANSITION);
    join(forum, 4);
    termsInForce(forum);
    sdk.forums().transition(ADMIN, forum, ForumState.ACTIVE, "we are ready to meet");
    Forum active = stored(forum);
    assertThat(active.history())
        .extracting(h -> h.to())
        .containsExactly(ForumState.PROPOSED, ForumState.FORMING, ForumState.ACTIVE);
    assertThat(active.history().get(2).reason()).isEqualTo("we are ready to meet");
    assertThat(active.history().get(2).from()).contains(ForumState.FORMING);
    Forum closed =
        sdk.forums().transition(ADMIN, forum, ForumState.CLOSED, "we have run our course");
    assertThat(closed.state()).isEqualTo(ForumState.CLOSED);
    RuleViolationException again =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> sdk.forums().transition(ADMIN, forum, ForumState.ACTIVE, "again"));
    assertThat(codes(again)).contains(ViolationCode.FORUM_CLOSED);
  }

  @Test
  void aClosedForumRefusesJoins() {
    ForumId forum = openForum();
    sdk.forums().transition(ADMIN, forum, ForumState.CLOSED, "not needed");
    PractitionerId p = practitioner(Discipline.NURSING);
    Forum before = stored(forum);
    RuleViolationException e =
        catchThrowableOfType(
            RuleViolationException.class, () -> sdk.forums().join(Actor.practitioner(p), forum, p));
    assertThat(codes(e)).containsExactly(ViolationCode.FORUM_CLOSED);
    assertThat(stored(forum)).isEqualTo(before);
  }

  @Test
  void anActiveForumIsSuspendedWhenALeaveTakesItBelowItsMinimum() {
    ForumId forum = openForum();
    List<PractitionerId> members = join(forum, 4);
    termsInForce(forum);
    sdk.forums().transition(ADMIN, forum, ForumState.ACTIVE, "ready");
    events.clear();
    Forum after = sdk.forums().leave(Actor.practitioner(members.get(0)), forum, members.get(0));
    assertThat(after.state()).isEqualTo(ForumState.SUSPENDED);
    assertThat(after.history().get(after.history().size() - 1).reason()).contains("BELOW_MINIMUM");
    assertThat(events)
        .extracting(ev -> (Object) ev.getClass())
        .containsExactly(MemberLeft.class, ForumSuspended.class);
  }

  @Test
  void aRuleCheckReportsEveryViolationAtOnce() {
    ForumId forum =
        propose(
            Composition.builder()
                .disciplineMix(Composition.Mix.MULTI)
                .specialismMix(Composition.Mix.MULTI)
                .focus(Composition.Focus.ORGANISATION)
                .build());
    PractitionerId manager = practitioner(Discipline.NURSING);
    sdk.forums().join(Actor.practitioner(manager), forum, manager);
    sdk =
        ForumSdk.builder()
            .storage(sdk.storage())
            .clock(CLOCK)
            .settings(ORG, FormationSettings.DEFAULT.withLineManagementExcluded(false))
            .build();
    PractitionerId report =
        practitioner(Discipline.NURSING, Specialism.ADULTS, ORG, Optional.of(manager));
    sdk.storage()
        .inTransaction(
            tx ->
                tx.forums()
                    .update(
                        Forum.builder()
                            .from(tx.forums().find(forum).orElseThrow())
                            .lineManagementExcluded(true)
                            .addMembers(
                                Member.builder()
                                    .practitioner(report)
                                    .joinedAt(CLOCK.instant())
                                    .build())
                            .build()));
    termsInForce(forum);
    RuleViolationException e =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> sdk.forums().transition(ADMIN, forum, ForumState.ACTIVE, "ready"));
    assertThat(codes(e))
        .containsExactlyInAnyOrder(
            ViolationCode.BELOW_MINIMUM,
            ViolationCode.TOO_FEW_DISCIPLINES,
            ViolationCode.TOO_FEW_SPECIALISMS,
            ViolationCode.LINE_MANAGEMENT_CONFLICT);
    e.violations().forEach(v -> assertThat(v.message()).startsWith(v.rule() + ": "));
  }

  // ------------------------------------------------------------------ FR-6

  @Test
  void onlyAMemberEndsFacilitation() {
    ForumId forum = openForum();
    List<PractitionerId> members = join(forum, 2);
    PersonId facilitator = PersonId.of("facilitator-1");
    sdk.forums().startFacilitation(ADMIN, forum, facilitator);
    Forum before = stored(forum);
    for (Actor actor : List.of(MANAGER, ADMIN, Actor.facilitator(facilitator))) {
      assertThatThrownBy(() -> sdk.forums().endFacilitation(actor, forum, "we can run ourselves"))
          .isInstanceOfSatisfying(
              PermissionDeniedException.class, e -> assertThat(e.rule()).isEqualTo("FR-6"));
    }
    assertThat(stored(forum)).isEqualTo(before);
    Forum ended =
        sdk.forums()
            .endFacilitation(Actor.practitioner(members.get(0)), forum, "we can run ourselves");
    assertThat(ended.currentFacilitation()).isEmpty();
    assertThat(ended.facilitations().get(0).endReason()).contains("we can run ourselves");
    assertThat(ended.facilitations().get(0).end()).contains(CLOCK.instant());
  }

  // ------------------------------------------------------------------ events

  @Test
  void eventsArePublishedAfterCommitInOrderAndNoneOnFailure() {
    List<Boolean> storedWhenSeen = new ArrayList<>();
    ForumId id = ForumId.of("forum-events");
    sdk =
        ForumSdk.builder()
            .clock(CLOCK)
            .listener(events::add)
            .listener(
                ev ->
                    storedWhenSeen.add(
                        sdk.storage().inTransaction(tx -> tx.forums().find(id)).isPresent()))
            .build();
    sdk.forums()
        .propose(
            MANAGER,
            ForumProposal.builder()
                .id(id)
                .name("Events")
                .organisation(ORG)
                .base(BASE)
                .locality(LOCALITY)
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    List<PractitionerId> members = join(id, 4);
    sdk.forums().invite(ADMIN, id, practitioner(Discipline.NURSING));
    termsInForce(id);
    sdk.forums().transition(ADMIN, id, ForumState.ACTIVE, "ready");
    sdk.forums().startFacilitation(ADMIN, id, PersonId.of("fac"));
    sdk.forums().endFacilitation(Actor.practitioner(members.get(1)), id, "done");
    assertThat(events)
        .extracting(ev -> (Object) ev.getClass())
        .containsExactly(
            ForumProposed.class,
            MemberJoined.class,
            FormationStarted.class,
            MemberJoined.class,
            MemberJoined.class,
            MemberJoined.class,
            MemberInvited.class,
            ForumActivated.class,
            FacilitationStarted.class,
            FacilitationEnded.class);
    assertThat(storedWhenSeen).hasSize(events.size()).containsOnly(true);
    events.forEach(ev -> assertThat(ev.forum()).isEqualTo(id));

    int count = events.size();
    PractitionerId outsider =
        practitioner(Discipline.NURSING, Specialism.ADULTS, OTHER_ORG, Optional.empty());
    assertThatThrownBy(() -> sdk.forums().join(Actor.practitioner(outsider), id, outsider))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(
            () -> sdk.forums().transition(MANAGER, id, ForumState.CLOSED, "manager says so"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(events).hasSize(count);
  }

  // ------------------------------------------------------------------ bad input (SEC-4)

  @Test
  void badInputIsRefusedWithATypedErrorAndChangesNothing() {
    ForumId forum = openForum();
    List<PractitionerId> members = join(forum, 2);
    PractitionerId p = members.get(0);
    Forum before = stored(forum);
    int eventCount = events.size();

    assertThatThrownBy(() -> sdk.forums().join(null, forum, p))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().join(Actor.practitioner(p), null, p))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().join(Actor.practitioner(p), forum, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().transition(ADMIN, forum, null, "x"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().transition(ADMIN, forum, ForumState.CLOSED, "  "))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> sdk.forums().endFacilitation(Actor.practitioner(p), forum, "\u0000bad"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().history(null, forum, 0, 10))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().history(ADMIN, forum, -1, 10))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().history(ADMIN, ForumId.of("no-such-forum"), 0, 10))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> sdk.forums().join(Actor.practitioner(p), ForumId.of("no-such-forum"), p))
        .isInstanceOf(NotFoundException.class);
    PractitionerId unknown = PractitionerId.of("secret-unknown");
    assertThatThrownBy(() -> sdk.forums().join(Actor.practitioner(unknown), forum, unknown))
        .isInstanceOf(NotFoundException.class)
        .message()
        .doesNotContain(unknown.value());
    RuleViolationException dup =
        catchThrowableOfType(
            RuleViolationException.class, () -> sdk.forums().join(Actor.practitioner(p), forum, p));
    assertThat(codes(dup)).containsExactly(ViolationCode.ALREADY_MEMBER);
    assertThatThrownBy(() -> SizeBounds.of(9, 5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SizeBounds.of(2, 8)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SizeBounds.of(4, 17)).isInstanceOf(InvalidInputException.class);

    assertThat(stored(forum)).isEqualTo(before);
    assertThat(events).hasSize(eventCount);
  }

  @Test
  void invalidNamesAndIdsFromTheTestkitAreRefused() {
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 40; i++) {
      String name = InvalidInputs.invalidNames().next(random);
      ForumId id = ForumId.of("refused-" + i);
      assertThatThrownBy(
              () ->
                  sdk.forums()
                      .propose(
                          MANAGER,
                          ForumProposal.builder()
                              .id(id)
                              .name(name)
                              .organisation(ORG)
                              .base(BASE)
                              .locality(LOCALITY)
                              .composition(
                                  Composition.multiDisciplineAndSpecialism(
                                      Composition.Focus.LOCALITY))
                              .build()))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> sdk.forums().get(ADMIN, id)).isInstanceOf(NotFoundException.class);
      String badId = InvalidInputs.invalidIdStrings().next(random);
      assertThatThrownBy(() -> PractitionerId.of(badId))
          .isInstanceOf(InvalidInputException.class)
          .message()
          .doesNotContain(badId.strip().isEmpty() ? "\u0001never" : badId);
    }
  }

  @Test
  void malformedJsonIsRefusedWithAnInvalidInputError() {
    SplittableRandom random = new SplittableRandom(23);
    for (int i = 0; i < 60; i++) {
      String json =
          i % 2 == 0
              ? InvalidInputs.malformedJson().next(random)
              : InvalidInputs.invalidForumJson().next(random);
      assertThatThrownBy(() -> ForumJson.read(json, Forum.class))
          .isInstanceOf(InvalidInputException.class);
    }
    assertThatThrownBy(() -> ForumJson.read(null, Forum.class))
        .isInstanceOf(InvalidInputException.class);
  }

  // ------------------------------------------------------------------ privacy (AN-5)

  @Test
  void identifiersNeverLeakThroughToStringOrMessages() {
    ForumId forum = openForum();
    List<PractitionerId> members = join(forum, 4);
    PractitionerId manager = members.get(0);
    PractitionerId report =
        practitioner(Discipline.NURSING, Specialism.ADULTS, ORG, Optional.of(manager));
    sdk.forums().startFacilitation(ADMIN, forum, PersonId.of("secret-facilitator"));
    sdk.forums().invite(ADMIN, forum, practitioner(Discipline.NURSING));
    List<String> secrets = new ArrayList<>();
    members.forEach(m -> secrets.add(m.value()));
    secrets.add(report.value());
    secrets.add("secret-facilitator");

    List<String> texts = new ArrayList<>();
    Forum f = stored(forum);
    texts.add(f.toString());
    texts.add(sdk.practitioners().get(ADMIN, report).toString());
    texts.add(Actor.practitioner(report).toString());
    events.forEach(ev -> texts.add(ev.toString()));
    List<ForumException> errors = new ArrayList<>();
    errors.add(
        catchThrowableOfType(
            ForumException.class,
            () -> sdk.forums().join(Actor.practitioner(report), forum, report)));
    errors.add(
        catchThrowableOfType(
            ForumException.class,
            () -> sdk.forums().join(Actor.practitioner(manager), forum, manager)));
    errors.add(
        catchThrowableOfType(ForumException.class, () -> sdk.forums().join(ADMIN, forum, report)));
    errors.add(
        catchThrowableOfType(
            ForumException.class,
            () -> sdk.forums().leave(Actor.practitioner(report), forum, report)));
    errors.add(
        catchThrowableOfType(ForumException.class, () -> sdk.forums().forumsOf(MANAGER, report)));
    errors.add(
        catchThrowableOfType(
            ForumException.class,
            () ->
                PractitionerProfile.builder()
                    .id(report)
                    .discipline(Discipline.NURSING)
                    .specialism(Specialism.ADULTS)
                    .base(BASE)
                    .organisation(ORG)
                    .locality(LOCALITY)
                    .lineManager(report)
                    .build()));
    assertThat(errors).doesNotContainNull();
    errors.forEach(e -> texts.add(e.getMessage()));
    assertThat(texts).hasSizeGreaterThan(10);
    for (String text : texts) {
      for (String secret : secrets) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  @Test
  void generatedValuesNeverShowPeopleInToString() {
    SplittableRandom random = new SplittableRandom(31);
    for (int i = 0; i < 50; i++) {
      Forum generated = Generators.forums().next(random);
      List<Member> secretMembers = new ArrayList<>();
      for (int m = 0; m < generated.members().size(); m++) {
        secretMembers.add(
            Member.builder()
                .from(generated.members().get(m))
                .practitioner(PractitionerId.of("zz-secret-member-" + m))
                .build());
      }
      Forum f =
          Forum.builder()
              .from(generated)
              .members(secretMembers)
              .sponsor(PersonId.of("zz-secret-sponsor"))
              .build();
      assertThat(f.toString()).doesNotContain("zz-secret");
      PractitionerProfile p =
          PractitionerProfile.builder()
              .from(Generators.practitionerProfiles().next(random))
              .id(PractitionerId.of("zz-secret-profile"))
              .lineManager(PractitionerId.of("zz-secret-manager"))
              .build();
      assertThat(p.toString()).doesNotContain("zz-secret");
    }
  }
}

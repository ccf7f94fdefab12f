package org.practitionersforum.core.internal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.FormationPlan;
import org.practitionersforum.api.forum.FormationPlanner;
import org.practitionersforum.api.forum.FormationRequest;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.forum.SuggestedForum;
import org.practitionersforum.api.forum.Unplaced;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.testkit.Generators;
import org.practitionersforum.testkit.quicktheories.QuickTheoriesGens;

/**
 * Any plan of the formation planner (FR-9) satisfies every formation rule, places everyone the
 * rules allow, and is deterministic. The rules are checked here from first principles, not with the
 * core's policies.
 */
class PlannerProperties {
  private static final int EXAMPLES = 150;
  private final FormationPlanner planner = ForumSdk.builder().build().planner();

  @Test
  void everyPlanSatisfiesEveryRule() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(Generators.formationRequests(80)))
        .checkAssert(
            request -> {
              FormationPlan plan = planner.plan(Actor.system(), request);
              Map<PractitionerId, PractitionerProfile> byId = new HashMap<>();
              request.volunteers().forEach(p -> byId.put(p.id(), p));
              SizeBounds bounds = request.settings().sizeBounds();
              Composition composition = request.composition();
              boolean seenMixed = false;
              for (SuggestedForum forum : plan.forums()) {
                List<PractitionerProfile> members =
                    forum.members().stream().map(byId::get).toList();
                assertThat(members).doesNotContainNull();
                assertThat(bounds.admits(members.size())).as("size within bounds").isTrue();
                assertThat(forum.members()).isSorted();
                for (PractitionerProfile m : members) {
                  assertThat(admits(composition, forum, m))
                      .as("composition admits each member")
                      .isTrue();
                }
                if (composition.disciplineMix() == Composition.Mix.MULTI) {
                  assertThat(
                          members.stream().map(PractitionerProfile::discipline).distinct().count())
                      .as("two disciplines")
                      .isGreaterThanOrEqualTo(2);
                }
                if (composition.specialismMix() == Composition.Mix.MULTI) {
                  assertThat(
                          members.stream().map(PractitionerProfile::specialism).distinct().count())
                      .as("two specialisms")
                      .isGreaterThanOrEqualTo(2);
                }
                if (request.settings().lineManagementExcluded()) {
                  for (PractitionerProfile a : members) {
                    for (PractitionerProfile b : members) {
                      assertThat(a.lineManager())
                          .as("no line manager with a report")
                          .isNotEqualTo(Optional.of(b.id()));
                    }
                  }
                }
                Map<BaseId, Integer> perBase = new HashMap<>();
                members.forEach(m -> perBase.merge(m.base(), 1, Integer::sum));
                assertThat(perBase.get(forum.base()))
                    .as("the base most members share")
                    .isEqualTo(perBase.values().stream().max(Integer::compare).orElseThrow());
                assertThat(forum.sameBase()).isEqualTo(perBase.size() == 1);
                PractitionerProfile atBase =
                    members.stream()
                        .filter(m -> m.base().equals(forum.base()))
                        .findFirst()
                        .orElseThrow();
                assertThat(forum.organisation()).isEqualTo(atBase.organisation());
                assertThat(forum.locality()).isEqualTo(atBase.locality());
                assertThat(seenMixed && forum.sameBase())
                    .as("single-base groupings first")
                    .isFalse();
                seenMixed |= !forum.sameBase();
              }
              List<PractitionerId> placed = new ArrayList<>();
              plan.forums().forEach(f -> placed.addAll(f.members()));
              plan.unplaced().forEach(u -> placed.add(u.practitioner()));
              assertThat(placed)
                  .as("each volunteer exactly once")
                  .hasSameSizeAs(request.volunteers())
                  .containsExactlyInAnyOrderElementsOf(byId.keySet());
              for (Unplaced u : plan.unplaced()) {
                assertThat(u.reason().message()).startsWith(u.reason().code().rule() + ": ");
              }
            });
  }

  @Test
  void nobodyIsLeftOutWhomTheRulesWouldAdmitToAForumOpenToThem() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(Generators.formationRequests(80)))
        .checkAssert(
            request -> {
              FormationPlan plan = planner.plan(Actor.system(), request);
              Map<PractitionerId, PractitionerProfile> byId = new HashMap<>();
              request.volunteers().forEach(p -> byId.put(p.id(), p));
              for (Unplaced u : plan.unplaced()) {
                PractitionerProfile candidate = byId.get(u.practitioner());
                for (SuggestedForum forum : plan.forums()) {
                  // Same base first: a same-base forum takes no one from another base.
                  boolean open = !forum.sameBase() || forum.base().equals(candidate.base());
                  if (open && forum.members().size() < request.settings().sizeBounds().maximum()) {
                    boolean conflict =
                        request.settings().lineManagementExcluded()
                            && forum.members().stream()
                                .map(byId::get)
                                .anyMatch(m -> managesOrReports(candidate, m));
                    assertThat(!admits(request.composition(), forum, candidate) || conflict)
                        .as("an unplaced volunteer could have joined a forum with room")
                        .isTrue();
                  }
                }
              }
            });
  }

  /**
   * Same base first: the forums a base gets in a plan are exactly those it would get if its
   * volunteers were planned alone, and every other forum is made only of volunteers their own base
   * could not place.
   */
  @Test
  void eachBaseKeepsTheForumsItWouldMakeAloneAndOnlyItsRemainderMixes() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(Generators.formationRequests(80)))
        .checkAssert(
            request -> {
              FormationPlan plan = planner.plan(Actor.system(), request);
              Map<String, List<PractitionerProfile>> byBase = new HashMap<>();
              for (PractitionerProfile p : request.volunteers()) {
                byBase
                    .computeIfAbsent(baseKey(request.composition(), p), k -> new ArrayList<>())
                    .add(p);
              }
              Set<List<PractitionerId>> fromBases = new HashSet<>();
              Set<PractitionerId> leftByTheirBase = new HashSet<>();
              for (List<PractitionerProfile> atBase : byBase.values()) {
                FormationPlan alone =
                    planner.plan(
                        Actor.system(),
                        FormationRequest.builder().from(request).volunteers(atBase).build());
                for (SuggestedForum forum : alone.forums()) {
                  assertThat(forum.sameBase()).isTrue();
                  fromBases.add(forum.members());
                }
                alone.unplaced().forEach(u -> leftByTheirBase.add(u.practitioner()));
              }
              Set<List<PractitionerId>> planned = new HashSet<>();
              for (SuggestedForum forum : plan.forums()) {
                planned.add(forum.members());
                if (!fromBases.contains(forum.members())) {
                  assertThat(leftByTheirBase)
                      .as("only volunteers their own base could not place mix across bases")
                      .containsAll(forum.members());
                }
              }
              assertThat(planned)
                  .as("every forum a base makes alone is in the plan, whole")
                  .containsAll(fromBases);
            });
  }

  @Test
  void sixAtOneBaseAndTwoAtAnotherGiveASameBaseForumOfSix() {
    List<PractitionerProfile> volunteers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      volunteers.add(
          PractitionerProfile.builder()
              .id(PractitionerId.of("p-" + i))
              .discipline(i % 2 == 0 ? Discipline.SOCIAL_WORK : Discipline.NURSING)
              .specialism(Specialism.ADULTS)
              .base(BaseId.of(i < 6 ? "mill-lane" : "harbour"))
              .organisation(OrganisationId.of("org"))
              .locality(LocalityId.of("north"))
              .build());
    }
    FormationPlan plan =
        planner.plan(
            Actor.system(),
            FormationRequest.builder()
                .volunteers(volunteers)
                .composition(Composition.multiDisciplinary(Composition.Focus.ORGANISATION))
                .build());

    assertThat(plan.forums()).hasSize(1);
    SuggestedForum forum = plan.forums().get(0);
    assertThat(forum.sameBase()).isTrue();
    assertThat(forum.base()).isEqualTo(BaseId.of("mill-lane"));
    assertThat(forum.members()).hasSize(6);
    assertThat(plan.unplaced())
        .extracting(Unplaced::practitioner)
        .containsExactly(PractitionerId.of("p-6"), PractitionerId.of("p-7"));
    assertThat(plan.unplaced())
        .allSatisfy(u -> assertThat(u.reason().code()).isEqualTo(ViolationCode.BELOW_MINIMUM));
  }

  @Test
  void smallBasesMixAcrossBasesIntoForumsOfTheirOwn() {
    List<PractitionerProfile> volunteers = new ArrayList<>();
    String[] bases = {"a", "a", "b", "b", "c", "c"};
    for (int i = 0; i < bases.length; i++) {
      volunteers.add(
          PractitionerProfile.builder()
              .id(PractitionerId.of("p-" + i))
              .discipline(Discipline.SOCIAL_WORK)
              .specialism(Specialism.ADULTS)
              .base(BaseId.of(bases[i]))
              .organisation(OrganisationId.of("org"))
              .locality(LocalityId.of("north"))
              .build());
    }
    FormationPlan plan =
        planner.plan(
            Actor.system(),
            FormationRequest.builder()
                .volunteers(volunteers)
                .composition(Composition.anyMix(Composition.Focus.ORGANISATION))
                .build());

    assertThat(plan.forums()).hasSize(1);
    assertThat(plan.forums().get(0).sameBase()).isFalse();
    assertThat(plan.forums().get(0).members()).hasSize(6);
    assertThat(plan.unplaced()).isEmpty();
  }

  @Test
  void anAllAdultsTeamIsUnplacedUnderTwoSpecialismsWithTheRequirementNamedAndPlacedUnderOne() {
    List<PractitionerProfile> volunteers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      volunteers.add(
          PractitionerProfile.builder()
              .id(PractitionerId.of("p-" + i))
              .discipline(i % 2 == 0 ? Discipline.SOCIAL_WORK : Discipline.OCCUPATIONAL_THERAPY)
              .specialism(Specialism.ADULTS)
              .base(BaseId.of("mill-lane"))
              .organisation(OrganisationId.of("org"))
              .locality(LocalityId.of("north"))
              .build());
    }
    FormationRequest.Builder request = FormationRequest.builder().volunteers(volunteers);

    FormationPlan both =
        planner.plan(
            Actor.system(),
            request
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    assertThat(both.forums()).isEmpty();
    assertThat(both.unplaced())
        .hasSize(6)
        .allSatisfy(
            u -> {
              assertThat(u.reason().code()).isEqualTo(ViolationCode.TOO_FEW_SPECIALISMS);
              assertThat(u.reason().message())
                  .startsWith("FR-5: ")
                  .contains("at least two specialisms (multi-specialism)");
            });

    for (Composition enough :
        List.of(
            Composition.multiDisciplinary(Composition.Focus.ORGANISATION),
            Composition.anyMix(Composition.Focus.ORGANISATION))) {
      FormationPlan plan = planner.plan(Actor.system(), request.composition(enough).build());
      assertThat(plan.unplaced()).as(enough.toString()).isEmpty();
      assertThat(plan.forums()).hasSize(1);
    }
  }

  @Test
  void theSameRequestGivesTheSamePlan() {
    qt().withExamples(60)
        .forAll(QuickTheoriesGens.of(Generators.formationRequests(80)))
        .checkAssert(
            request -> {
              FormationPlan first = planner.plan(Actor.system(), request);
              FormationPlan second =
                  ForumSdk.builder()
                      .build()
                      .planner()
                      .plan(
                          Actor.system(),
                          FormationRequest.builder()
                              .from(request)
                              .volunteers(new ArrayList<>(request.volunteers()))
                              .build());
              assertThat(second).isEqualTo(first);
            });
  }

  @Test
  void aLargerPopulationIsMostlyPlacedAtItsOwnBase() {
    FormationRequest request =
        FormationRequest.builder()
            .volunteers(Generators.volunteers(new SplittableRandom(7), 2_000, 40))
            .composition(Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
            .build();
    FormationPlan plan = planner.plan(Actor.system(), request);
    Set<PractitionerId> placed = new HashSet<>();
    plan.forums().forEach(f -> placed.addAll(f.members()));
    assertThat(placed.size() + plan.unplaced().size()).isEqualTo(2_000);
    assertThat(plan.unplaced().size()).isLessThan(100);
    assertThat(plan.forums().stream().filter(SuggestedForum::sameBase).count())
        .isGreaterThan(plan.forums().size() * 9L / 10);
  }

  /** FR-5 from first principles: discipline, specialism and focus. */
  static boolean admits(Composition composition, SuggestedForum forum, PractitionerProfile p) {
    if (composition.discipline().isPresent()
        && !composition.discipline().get().equals(p.discipline())) {
      return false;
    }
    if (composition.specialism().isPresent()
        && !composition.specialism().get().equals(p.specialism())) {
      return false;
    }
    return composition.focus() == Composition.Focus.ORGANISATION
        ? forum.organisation().equals(p.organisation())
        : forum.locality().equals(p.locality());
  }

  private static String baseKey(Composition composition, PractitionerProfile p) {
    String area =
        composition.focus() == Composition.Focus.ORGANISATION
            ? p.organisation().value()
            : p.locality().value();
    return area + "/" + p.base().value();
  }

  static boolean managesOrReports(PractitionerProfile a, PractitionerProfile b) {
    return a.lineManager().map(b.id()::equals).orElse(false)
        || b.lineManager().map(a.id()::equals).orElse(false);
  }
}

package org.practitionersforum.core.internal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.testkit.Generator;
import org.practitionersforum.testkit.Generators;
import org.practitionersforum.testkit.TermsGenerators;
import org.practitionersforum.testkit.quicktheories.QuickTheoriesGens;

/**
 * A rule check on a random stored forum reports exactly the violations that exist, compared with an
 * oracle written here from the product brief (FR-4, FR-5, FR-7, FR-8), not with the core's
 * policies; and a transition to active succeeds exactly when the check finds nothing.
 */
class RuleCheckProperties {
  private static final List<Discipline> DISCIPLINES =
      List.of(Discipline.SOCIAL_WORK, Discipline.NURSING, Discipline.OCCUPATIONAL_THERAPY);
  private static final List<Specialism> SPECIALISMS =
      List.of(Specialism.ADULTS, Specialism.MENTAL_HEALTH, Specialism.OLDER_PEOPLE);
  private static final List<OrganisationId> ORGANISATIONS =
      List.of(OrganisationId.of("org-a"), OrganisationId.of("org-b"));
  private static final List<LocalityId> LOCALITIES =
      List.of(LocalityId.of("loc-a"), LocalityId.of("loc-b"));
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin-1"));

  /** A stored forum and the profiles of the candidates, some of them its members. */
  record Scenario(Forum forum, List<PractitionerProfile> candidates) {}

  @Test
  void aCheckReportsExactlyTheViolationsThatExist() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.of(RuleCheckProperties::scenario))
        .checkAssert(
            s -> {
              ForumSdk sdk = ForumSdk.builder().build();
              sdk.storage()
                  .inTransaction(
                      tx -> {
                        s.candidates().forEach(tx.practitioners()::insert);
                        // TR-4: terms in force, so that the formation rules are what the check
                        // reports
                        tx.terms()
                            .insert(
                                ForumTerms.builder()
                                    .forum(s.forum().id())
                                    .addVersions(
                                        TermsGenerators.version(
                                            new SplittableRandom(1), 1, TermsStatus.IN_FORCE))
                                    .build());
                        return tx.forums().insert(s.forum());
                      });
              List<Violation> reported =
                  sdk.forums().check(ADMIN, s.forum().id(), ForumState.ACTIVE);
              List<ViolationCode> codes = reported.stream().map(Violation::code).toList();
              assertThat(codes).doesNotHaveDuplicates();
              assertThat(Set.copyOf(codes)).isEqualTo(oracle(s));
              reported.forEach(v -> assertThat(v.message()).startsWith(v.code().rule() + ": "));

              Forum before = sdk.forums().get(ADMIN, s.forum().id());
              if (codes.isEmpty()) {
                assertThat(
                        sdk.forums()
                            .transition(ADMIN, s.forum().id(), ForumState.ACTIVE, "ready")
                            .state())
                    .isEqualTo(ForumState.ACTIVE);
              } else {
                RuleViolationException e =
                    catchThrowableOfType(
                        RuleViolationException.class,
                        () ->
                            sdk.forums()
                                .transition(ADMIN, s.forum().id(), ForumState.ACTIVE, "ready"));
                assertThat(e).isNotNull();
                assertThat(e.violations()).isEqualTo(reported);
                assertThat(sdk.forums().get(ADMIN, s.forum().id())).isEqualTo(before);
              }
            });
  }

  /** Every rule broken by moving the forum to active, from first principles. */
  static Set<ViolationCode> oracle(Scenario s) {
    Forum forum = s.forum();
    Set<ViolationCode> out = EnumSet.noneOf(ViolationCode.class);
    ForumState state = forum.state();
    if (state == ForumState.CLOSED) {
      out.add(ViolationCode.FORUM_CLOSED);
    } else if (state != ForumState.FORMING && state != ForumState.SUSPENDED) {
      out.add(ViolationCode.INVALID_TRANSITION);
    }
    List<PractitionerProfile> members = new ArrayList<>();
    for (Member m : forum.members()) {
      members.add(
          s.candidates().stream()
              .filter(c -> c.id().equals(m.practitioner()))
              .findFirst()
              .orElseThrow());
    }
    if (members.size() < forum.sizeBounds().minimum()) {
      out.add(ViolationCode.BELOW_MINIMUM);
    }
    Composition c = forum.composition();
    Set<Discipline> disciplines = new HashSet<>();
    Set<Specialism> specialisms = new HashSet<>();
    for (PractitionerProfile m : members) {
      disciplines.add(m.discipline());
      specialisms.add(m.specialism());
      if (c.disciplineMix() == Composition.Mix.SINGLE
          && !c.discipline().orElseThrow().equals(m.discipline())) {
        out.add(ViolationCode.DISCIPLINE_NOT_ADMITTED);
      }
      if (c.specialismMix() == Composition.Mix.SINGLE
          && !c.specialism().orElseThrow().equals(m.specialism())) {
        out.add(ViolationCode.SPECIALISM_NOT_ADMITTED);
      }
      if (c.focus() == Composition.Focus.ORGANISATION
          && !m.organisation().equals(forum.organisation())) {
        out.add(ViolationCode.OUTSIDE_ORGANISATION);
      }
      if (c.focus() == Composition.Focus.LOCALITY && !m.locality().equals(forum.locality())) {
        out.add(ViolationCode.OUTSIDE_LOCALITY);
      }
      for (PractitionerProfile other : members) {
        if (forum.lineManagementExcluded() && m.lineManager().equals(Optional.of(other.id()))) {
          out.add(ViolationCode.LINE_MANAGEMENT_CONFLICT);
        }
      }
    }
    if (c.disciplineMix() == Composition.Mix.MULTI && disciplines.size() < 2) {
      out.add(ViolationCode.TOO_FEW_DISCIPLINES);
    }
    if (c.specialismMix() == Composition.Mix.MULTI && specialisms.size() < 2) {
      out.add(ViolationCode.TOO_FEW_SPECIALISMS);
    }
    return out;
  }

  /**
   * A forum in any state, mostly forming or suspended, with members drawn from a small, clashing
   * population.
   */
  static Scenario scenario(RandomGenerator random) {
    int n = random.nextInt(4, 17);
    List<PractitionerProfile> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PractitionerProfile.Builder b =
          PractitionerProfile.builder()
              .id(PractitionerId.of("c-" + i))
              .discipline(pick(random, DISCIPLINES))
              .specialism(pick(random, SPECIALISMS))
              .base(BaseId.of("base-" + random.nextInt(2)))
              .organisation(
                  random.nextInt(5) == 0 ? pick(random, ORGANISATIONS) : ORGANISATIONS.get(0))
              .locality(random.nextInt(5) == 0 ? pick(random, LOCALITIES) : LOCALITIES.get(0));
      if (i > 0 && random.nextInt(4) == 0) {
        b.lineManager(PractitionerId.of("c-" + random.nextInt(i)));
      }
      candidates.add(b.build());
    }
    ForumState state =
        random.nextInt(5) == 0
            ? Generator.oneOf(ForumState.class).next(random)
            : (random.nextBoolean() ? ForumState.FORMING : ForumState.SUSPENDED);
    Forum generated = Generators.forums(state).next(random);
    List<PractitionerProfile> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, new Random(random.nextLong()));
    int max = generated.sizeBounds().maximum();
    int count = state == ForumState.PROPOSED ? 0 : random.nextInt(0, Math.min(max, n) + 1);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      members.add(
          Member.builder()
              .practitioner(shuffled.get(i).id())
              .joinedAt(generated.proposedAt())
              .build());
    }
    Composition.Builder composition =
        Composition.builder().focus(Generator.oneOf(Composition.Focus.class).next(random));
    if (random.nextInt(3) == 0) {
      composition.disciplineMix(Composition.Mix.SINGLE).discipline(pick(random, DISCIPLINES));
    } else {
      composition.disciplineMix(Composition.Mix.MULTI);
    }
    if (random.nextInt(3) == 0) {
      composition.specialismMix(Composition.Mix.SINGLE).specialism(pick(random, SPECIALISMS));
    } else {
      composition.specialismMix(Composition.Mix.MULTI);
    }
    Forum forum =
        Forum.builder()
            .from(generated)
            .organisation(ORGANISATIONS.get(0))
            .locality(LOCALITIES.get(0))
            .composition(composition.build())
            .members(members)
            .invitations(List.of())
            .version(0)
            .build();
    return new Scenario(forum, candidates);
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  @Test
  void theOracleSeesEveryKindOfViolation() {
    Set<ViolationCode> seen = EnumSet.noneOf(ViolationCode.class);
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 300; i++) {
      seen.addAll(oracle(scenario(random)));
    }
    assertThat(seen)
        .contains(
            ViolationCode.FORUM_CLOSED,
            ViolationCode.INVALID_TRANSITION,
            ViolationCode.BELOW_MINIMUM,
            ViolationCode.DISCIPLINE_NOT_ADMITTED,
            ViolationCode.SPECIALISM_NOT_ADMITTED,
            ViolationCode.OUTSIDE_ORGANISATION,
            ViolationCode.OUTSIDE_LOCALITY,
            ViolationCode.TOO_FEW_DISCIPLINES,
            ViolationCode.TOO_FEW_SPECIALISMS,
            ViolationCode.LINE_MANAGEMENT_CONFLICT);
  }
}

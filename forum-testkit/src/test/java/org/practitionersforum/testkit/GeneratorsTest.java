package org.practitionersforum.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;

class GeneratorsTest {

  @Test
  void theSameSeedGivesTheSameValues() {
    for (long seed = 0; seed < 20; seed++) {
      assertThat(Generators.forums().next(new SplittableRandom(seed)))
          .isEqualTo(Generators.forums().next(new SplittableRandom(seed)));
      assertThat(Generators.volunteers(new SplittableRandom(seed), 200, 5))
          .isEqualTo(Generators.volunteers(new SplittableRandom(seed), 200, 5));
    }
  }

  @Test
  void forumsAreConsistentInEveryState() {
    SplittableRandom random = new SplittableRandom(1);
    for (ForumState state : ForumState.values()) {
      for (int i = 0; i < 40; i++) {
        Forum forum = Generators.forums(state).next(random);
        assertThat(forum.state()).isEqualTo(state);
        assertThat(forum.history().get(0).from()).isEmpty();
        for (int h = 1; h < forum.history().size(); h++) {
          assertThat(forum.history().get(h - 1).to().canMoveTo(forum.history().get(h).to()))
              .isTrue();
          assertThat(forum.history().get(h).from()).contains(forum.history().get(h - 1).to());
          assertThat(forum.history().get(h).at()).isAfterOrEqualTo(forum.history().get(h - 1).at());
        }
        assertThat(forum.memberIds()).hasSize(forum.members().size());
        assertThat(forum.members().size()).isLessThanOrEqualTo(forum.sizeBounds().maximum());
        if (state == ForumState.ACTIVE) {
          assertThat(forum.members().size()).isGreaterThanOrEqualTo(forum.sizeBounds().minimum());
        }
        if (state == ForumState.PROPOSED) {
          assertThat(forum.members()).isEmpty();
        }
        forum.members().forEach(m -> assertThat(m.joinedAt()).isAfterOrEqualTo(forum.proposedAt()));
      }
    }
  }

  @Test
  void populationsAreRealistic() {
    List<PractitionerProfile> people = Generators.volunteers(new SplittableRandom(5), 5_000, 100);
    assertThat(people).hasSize(5_000);
    assertThat(people.stream().map(PractitionerProfile::id).distinct().count()).isEqualTo(5_000);
    Map<PractitionerId, PractitionerProfile> byId =
        people.stream().collect(Collectors.toMap(PractitionerProfile::id, p -> p));
    long withManager = people.stream().filter(p -> p.lineManager().isPresent()).count();
    assertThat(withManager).isBetween(3_000L, 4_500L);
    for (PractitionerProfile p : people) {
      p.lineManager()
          .ifPresent(
              m -> {
                assertThat(byId).containsKey(m);
                assertThat(byId.get(m).base()).isEqualTo(p.base());
              });
    }
    Map<Discipline, Long> disciplines =
        people.stream()
            .collect(Collectors.groupingBy(PractitionerProfile::discipline, Collectors.counting()));
    assertThat(disciplines.get(Discipline.SOCIAL_WORK))
        .isGreaterThan(disciplines.get(Discipline.PSYCHOLOGY) * 5);
    assertThat(people.stream().map(PractitionerProfile::specialism).collect(Collectors.toSet()))
        .containsAll(Specialism.wellKnown());
    Map<BaseId, Set<Object>> placesOfBase = new HashMap<>();
    for (PractitionerProfile p : people) {
      placesOfBase
          .computeIfAbsent(p.base(), b -> new HashSet<>())
          .add(List.of(p.organisation(), p.locality()));
    }
    assertThat(placesOfBase).hasSize(100);
    placesOfBase.values().forEach(places -> assertThat(places).hasSize(1));
    assertThat(people.stream().map(PractitionerProfile::organisation).distinct().count())
        .isEqualTo(2);
  }

  @Test
  void everyGeneratorGivesValuesThatSurviveJson() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 50; i++) {
      PractitionerProfile p = Generators.practitionerProfiles().next(random);
      assertThat(p.lineManager()).isNotEqualTo(java.util.Optional.of(p.id()));
      assertThat(ForumJson.read(ForumJson.write(p), PractitionerProfile.class)).isEqualTo(p);
      Composition c = Generators.compositions().next(random);
      assertThat(c.discipline().isPresent()).isEqualTo(c.disciplineMix() == Composition.Mix.SINGLE);
    }
  }

  @Test
  void invalidInputsAreRefused() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 100; i++) {
      String id = InvalidInputs.invalidIdStrings().next(random);
      assertThatThrownBy(() -> ForumId.of(id)).isInstanceOf(InvalidInputException.class);
      String code = InvalidInputs.invalidVocabularyCodes().next(random);
      assertThatThrownBy(() -> Discipline.of(code)).isInstanceOf(InvalidInputException.class);
      int[] bounds = InvalidInputs.invalidSizeBounds().next(random);
      assertThatThrownBy(() -> SizeBounds.of(bounds[0], bounds[1]))
          .isInstanceOf(InvalidInputException.class);
      String malformed = InvalidInputs.malformedJson().next(random);
      assertThatThrownBy(() -> ForumJson.read(malformed, Forum.class))
          .isInstanceOf(InvalidInputException.class);
      String badForum = InvalidInputs.invalidForumJson().next(random);
      assertThatThrownBy(() -> ForumJson.read(badForum, Forum.class))
          .isInstanceOf(InvalidInputException.class);
      String badProfile = InvalidInputs.invalidProfileJson().next(random);
      assertThatThrownBy(() -> ForumJson.read(badProfile, PractitionerProfile.class))
          .isInstanceOf(InvalidInputException.class);
      String badComposition = InvalidInputs.invalidCompositionJson().next(random);
      assertThatThrownBy(() -> ForumJson.read(badComposition, Composition.class))
          .isInstanceOf(InvalidInputException.class);
      String badBounds = InvalidInputs.invalidSizeBoundsJson().next(random);
      assertThatThrownBy(() -> ForumJson.read(badBounds, SizeBounds.class))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void combinatorsCheckTheirArguments() {
    assertThatThrownBy(() -> Generator.oneOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generator.ints(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generator.constant(1).list(2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Generator.ints(5, 5).next(new SplittableRandom(0))).isEqualTo(5);
    assertThat(Generator.constant("a").list(3, 3).next(new SplittableRandom(0)))
        .containsExactly("a", "a", "a");
  }
}

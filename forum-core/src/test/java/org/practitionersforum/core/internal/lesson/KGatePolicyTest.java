package org.practitionersforum.core.internal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.lesson.Attribution;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.Disclosure.Period;
import org.practitionersforum.api.lesson.Disclosure.Place;
import org.practitionersforum.api.lesson.Disclosure.Practice;
import org.practitionersforum.api.lesson.KGateCheck;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSettings;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.QuasiIdentifiers;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.Cohort;

/** The k-gate's ladder, cohorts and refusal messages (AN-4), without storage. */
class KGatePolicyTest {
  static final OrganisationId ORG = OrganisationId.of("org-k");
  static final QuasiIdentifiers WHO =
      new QuasiIdentifiers(
          Discipline.SOCIAL_WORK,
          org.practitionersforum.api.practitioner.Specialism.ADULTS,
          BaseId.of("riverside-base"),
          LocalityId.of("north-locality"),
          ORG,
          YearMonth.of(2026, 2));

  static Lesson lesson(Optional<QuasiIdentifiers> who) {
    Instant t = Instant.parse("2026-02-10T10:00:00Z");
    return Lesson.builder()
        .id(LessonId.of("l-k"))
        .forum(ForumId.of("f-k"))
        .organisation(ORG)
        .kind(LessonKind.PROCESS)
        .sections(org.practitionersforum.api.lesson.LessonSections.of(LessonTierTest.sections()))
        .state(LessonState.SUBMITTED)
        .createdAt(t)
        .submittedAt(t)
        .quasiIdentifiers(who)
        .build();
  }

  /** A count that records the cohorts asked for and answers by which place they name. */
  static final class Counts implements ToLongFunction<Cohort> {
    final List<Cohort> asked = new ArrayList<>();
    final long base;
    final long locality;
    final long organisation;
    final long disciplineBonus;

    Counts(long base, long locality, long organisation, long disciplineBonus) {
      this.base = base;
      this.locality = locality;
      this.organisation = organisation;
      this.disciplineBonus = disciplineBonus;
    }

    @Override
    public long applyAsLong(Cohort c) {
      asked.add(c);
      long n = c.base().isPresent() ? base : c.locality().isPresent() ? locality : organisation;
      return c.specialism().isPresent() ? n : n + disciplineBonus;
    }
  }

  @Test
  void theLadderClimbsTheFewestRungsFirstAndThePlaceBeforeThePractice() {
    assertThat(Disclosure.exact().ladder())
        .containsExactly(
            new Disclosure(Place.BASE, Practice.SPECIALISM, Period.MONTH),
            new Disclosure(Place.LOCALITY, Practice.SPECIALISM, Period.MONTH),
            new Disclosure(Place.BASE, Practice.DISCIPLINE, Period.MONTH),
            new Disclosure(Place.ORGANISATION, Practice.SPECIALISM, Period.MONTH),
            new Disclosure(Place.LOCALITY, Practice.DISCIPLINE, Period.MONTH),
            new Disclosure(Place.ORGANISATION, Practice.DISCIPLINE, Period.MONTH));
    Disclosure from = new Disclosure(Place.LOCALITY, Practice.SPECIALISM, Period.YEAR);
    assertThat(from.ladder()).first().isEqualTo(from);
    assertThat(from.ladder()).allMatch(d -> d.atLeastAsGeneralAs(from)).hasSize(4);
  }

  @Test
  void aPassingDisclosureIsItsOwnSuggestionAndIsCountedOnce() {
    Counts counts = new Counts(5, 9, 20, 0);
    KGateCheck check =
        KGatePolicy.check(lesson(Optional.of(WHO)), Tier.FORUM, exact(), exact(), 5, counts);
    assertThat(check.passes()).isTrue();
    assertThat(check.suggestion()).contains(exact());
    assertThat(counts.asked).hasSize(1);
    assertThat(counts.asked.get(0).organisation()).contains(ORG);
    assertThat(counts.asked.get(0).base()).contains(WHO.base());
  }

  @Test
  void aFailureSuggestsTheLeastGeneralisationThatPassesWithoutTheCount() {
    Counts counts = new Counts(3, 7, 20, 0);
    KGateCheck check =
        KGatePolicy.check(lesson(Optional.of(WHO)), Tier.ORGANISATION, exact(), exact(), 5, counts);
    assertThat(check.passes()).isFalse();
    assertThat(check.suggestion())
        .contains(new Disclosure(Place.LOCALITY, Practice.SPECIALISM, Period.MONTH));
    Violation v = KGatePolicy.violation(check, true);
    assertThat(v.code()).isEqualTo(ViolationCode.K_GATE_FAILED);
    assertThat(v.message())
        .startsWith("AN-4: ")
        .contains("fewer than 5", "of the lesson's organisation", "base and specialism")
        .contains("generalise the place from base to locality to publish")
        .doesNotContain("3", "practice from");
  }

  @Test
  void theSuggestionMayGeneraliseThePracticeOrBoth() {
    // The base with the discipline alone passes before the organisation with the specialism.
    KGateCheck practice =
        KGatePolicy.check(
            lesson(Optional.of(WHO)), Tier.FORUM, exact(), exact(), 5, new Counts(2, 3, 4, 3));
    assertThat(practice.suggestion())
        .contains(new Disclosure(Place.BASE, Practice.DISCIPLINE, Period.MONTH));
    assertThat(KGatePolicy.violation(practice, true).message())
        .contains("generalise the practice from specialism to discipline to publish")
        .doesNotContain("place from");
    KGateCheck both =
        KGatePolicy.check(
            lesson(Optional.of(WHO)), Tier.FORUM, exact(), exact(), 5, new Counts(1, 2, 4, 1));
    assertThat(both.suggestion())
        .contains(new Disclosure(Place.ORGANISATION, Practice.DISCIPLINE, Period.MONTH));
    assertThat(KGatePolicy.violation(both, true).message())
        .contains(
            "the place from base to organisation and the practice from specialism to discipline");
  }

  @Test
  void whenNothingPassesOrNothingWasRecordedTheLessonCannotBePublished() {
    KGateCheck none =
        KGatePolicy.check(
            lesson(Optional.of(WHO)), Tier.NETWORK, exact(), exact(), 5, new Counts(1, 2, 4, 0));
    assertThat(none.passes()).isFalse();
    assertThat(none.suggestion()).isEmpty();
    assertThat(KGatePolicy.violation(none, true).message())
        .contains("fewer than 5 practitioners of the network", "no generalisation")
        .contains("cannot be published at the network tier");
    Counts counts = new Counts(100, 100, 100, 0);
    KGateCheck unknown =
        KGatePolicy.check(lesson(Optional.empty()), Tier.FORUM, exact(), exact(), 5, counts);
    assertThat(unknown.passes()).isFalse();
    assertThat(counts.asked).isEmpty();
    assertThat(KGatePolicy.violation(unknown, false).message())
        .contains("not recorded when the lesson was submitted");
  }

  @Test
  void cohortsCountTheOrganisationBelowTheNetworkAndTheWholeNetworkAbove() {
    Cohort forum = KGatePolicy.cohort(WHO, exact(), Tier.FORUM, ORG).orElseThrow();
    assertThat(forum.organisation()).contains(ORG);
    Cohort network =
        KGatePolicy.cohort(
                WHO,
                new Disclosure(Place.LOCALITY, Practice.DISCIPLINE, Period.YEAR),
                Tier.NETWORK,
                ORG)
            .orElseThrow();
    assertThat(network.organisation()).isEmpty();
    assertThat(network.locality()).contains(WHO.locality());
    assertThat(network.base()).isEmpty();
    assertThat(network.specialism()).isEmpty();
    Disclosure byOrg = new Disclosure(Place.ORGANISATION, Practice.SPECIALISM, Period.MONTH);
    assertThat(KGatePolicy.cohort(WHO, byOrg, Tier.NETWORK, ORG).orElseThrow().organisation())
        .contains(ORG);
    // An author of another organisation than the lesson's shares no place with its audience.
    assertThat(KGatePolicy.cohort(WHO, byOrg, Tier.ORGANISATION, OrganisationId.of("else")))
        .isEmpty();
  }

  @Test
  void kIsBoundedAndDefaultsToFive() {
    assertThat(LessonSettings.defaults().k()).isEqualTo(5);
    assertThat(new LessonSettings(false).k()).isEqualTo(5);
    assertThat(LessonSettings.defaults().withK(2).k()).isEqualTo(2);
    assertThatThrownBy(() -> LessonSettings.defaults().withK(1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AN-4");
    assertThatThrownBy(() -> new LessonSettings(true, LessonSettings.MAX_K + 1))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anAttributionShowsOnlyWhatItsDisclosureAllows() {
    Attribution exact = WHO.at(exact());
    assertThat(exact.base()).contains(WHO.base());
    assertThat(exact.period()).isEqualTo("2026-02");
    Attribution general =
        WHO.at(new Disclosure(Place.LOCALITY, Practice.DISCIPLINE, Period.QUARTER));
    assertThat(general.base()).isEmpty();
    assertThat(general.specialism()).isEmpty();
    assertThat(general.locality()).contains(WHO.locality());
    assertThat(general.period()).isEqualTo("2026-Q1");
    assertThat(general.describe()).isEqualTo("social-work, north-locality, org-k, 2026-Q1");
    Attribution broad =
        WHO.at(new Disclosure(Place.ORGANISATION, Practice.DISCIPLINE, Period.YEAR));
    assertThat(broad.locality()).isEmpty();
    assertThat(broad.period()).isEqualTo("2026");
    assertThat(
            new QuasiIdentifiers(
                    WHO.discipline(),
                    WHO.specialism(),
                    WHO.base(),
                    WHO.locality(),
                    ORG,
                    YearMonth.of(2026, 12))
                .at(new Disclosure(Place.BASE, Practice.SPECIALISM, Period.QUARTER))
                .period())
        .isEqualTo("2026-Q4");
    assertThatThrownBy(
            () ->
                new Attribution(
                    exact(),
                    WHO.discipline(),
                    Optional.empty(),
                    Optional.of(WHO.base()),
                    Optional.of(WHO.locality()),
                    ORG,
                    "2026-02"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AN-4");
  }

  @Test
  void quasiIdentifiersNeverShowInToString() {
    Lesson lesson = lesson(Optional.of(WHO));
    for (String shown :
        List.of(
            WHO.toString(), lesson.toString(), WHO.at(exact()).toString(), exact().toString())) {
      assertThat(shown).doesNotContain("riverside", "north-locality", "social-work");
    }
    assertThat(WHO.toString()).doesNotContain("2026");
  }

  @Test
  void theAttributionAndTheDisclosureRoundTripThroughJson() {
    Lesson lesson = lesson(Optional.of(WHO));
    assertThat(ForumJson.read(ForumJson.write(lesson), Lesson.class)).isEqualTo(lesson);
    Attribution attribution =
        WHO.at(new Disclosure(Place.LOCALITY, Practice.DISCIPLINE, Period.QUARTER));
    assertThat(ForumJson.read(ForumJson.write(attribution), Attribution.class))
        .isEqualTo(attribution);
    KGateCheck check = new KGateCheck(Tier.NETWORK, exact(), 5, false, Optional.empty());
    assertThat(ForumJson.read(ForumJson.write(check), KGateCheck.class)).isEqualTo(check);
  }

  private static Disclosure exact() {
    return Disclosure.exact();
  }
}

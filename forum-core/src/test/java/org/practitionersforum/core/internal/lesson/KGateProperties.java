package org.practitionersforum.core.internal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.KGateCheck;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonSettings;
import org.practitionersforum.api.lesson.LessonTier;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.lesson.TierFinding;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.LessonGenerators;
import org.practitionersforum.testkit.TestClock;
import org.practitionersforum.testkit.quicktheories.QuickTheoriesGens;

/**
 * The k-gate (AN-4) under random sequences: a lesson's author among a generated population whose
 * attributes are rare or common, practitioners arriving and leaving (the author too), tiers
 * prepared, previewed and published at random disclosures with random k. A count written here from
 * AN-4, over the profiles the test stored, is the oracle: no publication ever passes with fewer
 * than k sharing the attribution at publication time; every refusal naming AN-4 has fewer than k
 * and changes nothing; the preview agrees with the oracle, and its suggestion is the first rung of
 * the ladder that passes.
 */
class KGateProperties {
  private static final LessonId ID = LessonId.of("lesson-kq");
  private static final Actor REVIEWER = Actor.reviewer(PersonId.of("panel-k"));

  private int passed;
  private int refused;
  private int previews;
  private final List<Tier> above = new ArrayList<>();

  @Test
  void noPublicationPassesAKGateThatFailsAtPublicationTime() {
    qt().withExamples(60).forAll(QuickTheoriesGens.seeds()).checkAssert(this::run);
    // Both sides of the gate are reached, and tiers above the forum's too.
    assertThat(passed).isGreaterThan(20);
    assertThat(refused).isGreaterThan(20);
    assertThat(previews).isGreaterThan(20);
    assertThat(above).contains(Tier.ORGANISATION, Tier.NETWORK);
  }

  private void run(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int k = random.nextInt(LessonSettings.MIN_K, 8);
    TermsFixture f =
        new TermsFixture(
            4,
            0,
            new TestClock(TermsFixture.NOW),
            true,
            b ->
                b.referenceCodeIterations(1_000)
                    .defaultLessonSettings(LessonSettings.defaults().withK(k)));
    PractitionerId authorId = f.members.get(0);
    Actor author = Actor.practitioner(authorId);
    Map<PractitionerId, PractitionerProfile> people = new LinkedHashMap<>();
    f.storage.inTransaction(
        tx -> {
          people.putAll(tx.practitioners().findAll(f.members));
          return null;
        });
    PractitionerProfile who = people.get(authorId);
    List<PractitionerProfile> population =
        LessonGenerators.populationsAround(who, 24, 0.15, 0.95, "pop").next(random);
    store(f, population, people);

    f.sdk
        .lessons()
        .draft(
            author,
            LessonDraft.builder()
                .id(ID)
                .forum(f.forum)
                .kind(LessonKind.PROCESS)
                .sections(LessonSections.of(LessonTierTest.sections()))
                .build());
    f.sdk.lessons().submit(author, ID);
    int arrivals = 0;
    for (int step = 0; step < 40; step++) {
      Lesson lesson = f.sdk.lessons().get(REVIEWER, ID);
      Tier next =
          List.of(Tier.values()).stream()
              .filter(t -> !lesson.publishedAt(t))
              .findFirst()
              .orElse(Tier.NETWORK);
      Tier tier = random.nextInt(4) == 0 ? Tier.values()[random.nextInt(3)] : next;
      Disclosure disclosure = disclosure(random);
      switch (random.nextInt(6)) {
        case 0 -> {
          // Someone leaves (the author may too): their profile is deleted.
          List<PractitionerId> ids = new ArrayList<>(people.keySet());
          if (!ids.isEmpty()) {
            PractitionerId gone = ids.get(random.nextInt(ids.size()));
            f.storage.inTransaction(
                tx -> {
                  tx.practitioners().delete(tx.practitioners().find(gone).orElseThrow());
                  return null;
                });
            people.remove(gone);
          }
        }
        case 1 ->
            store(
                f,
                LessonGenerators.populationAround(
                    random, who, 1 + random.nextInt(3), 0.8, "arrival-" + arrivals++),
                people);
        case 2 -> prepare(f, author, lesson, next);
        case 3 -> {
          KGateCheck check = f.sdk.lessons().checkKGate(REVIEWER, ID, tier, disclosure);
          boolean expected = count(people, who, lesson.organisation(), tier, disclosure) >= k;
          assertThat(check.passes()).isEqualTo(expected);
          Optional<Disclosure> first =
              disclosure.ladder().stream()
                  .filter(d -> count(people, who, lesson.organisation(), tier, d) >= k)
                  .findFirst();
          assertThat(check.suggestion()).isEqualTo(first);
          previews++;
        }
        default -> publish(f, lesson, tier, disclosure, who, people, k);
      }
    }
  }

  /** Publishes, and checks the outcome against the count written from AN-4. */
  private void publish(
      TermsFixture f,
      Lesson before,
      Tier tier,
      Disclosure disclosure,
      PractitionerProfile who,
      Map<PractitionerId, PractitionerProfile> people,
      int k) {
    long sharing = count(people, who, before.organisation(), tier, disclosure);
    int events = f.events.size();
    try {
      PublishedLesson published = f.sdk.lessons().publish(REVIEWER, ID, tier, disclosure);
      assertThat(sharing).as("sharing the attribution at publication").isGreaterThanOrEqualTo(k);
      assertThat(published.attribution().orElseThrow().disclosure()).isEqualTo(disclosure);
      passed++;
      if (tier != Tier.FORUM) {
        above.add(tier);
      }
    } catch (RuleViolationException e) {
      if (e.has(ViolationCode.K_GATE_FAILED)) {
        assertThat(sharing).isLessThan(k);
        assertThat(e.getMessage()).contains("fewer than " + k);
        refused++;
      }
      assertThat(f.sdk.lessons().get(REVIEWER, ID)).isEqualTo(before);
      assertThat(f.events).hasSize(events);
    }
  }

  /** Takes every step before publication of the next tier: consent, anonymise, decide, clear. */
  private static void prepare(TermsFixture f, Actor author, Lesson lesson, Tier tier) {
    if (lesson.publishedAt(tier)) {
      return;
    }
    if (lesson.tier(tier).isEmpty()) {
      f.sdk.lessons().consent(author, ID, tier);
    }
    Optional<LessonTier> at = lesson.tier(tier);
    if (at.flatMap(LessonTier::clearedAt).isPresent()) {
      return;
    }
    Lesson run = f.sdk.lessons().anonymise(REVIEWER, ID, tier);
    List<TierFinding> findings = run.tier(tier).orElseThrow().findings();
    for (int n = 0; n < findings.size(); n++) {
      if (findings.get(n).needsDecision()) {
        f.sdk.lessons().decide(REVIEWER, ID, tier, n + 1, FindingDecision.REDACT);
      }
    }
    f.sdk.lessons().clear(REVIEWER, ID, tier);
  }

  private static void store(
      TermsFixture f,
      List<PractitionerProfile> profiles,
      Map<PractitionerId, PractitionerProfile> people) {
    f.storage.inTransaction(
        tx -> {
          profiles.forEach(tx.practitioners()::insert);
          return null;
        });
    profiles.forEach(p -> people.put(p.id(), p));
  }

  private static Disclosure disclosure(SplittableRandom random) {
    return new Disclosure(
        Disclosure.Place.values()[random.nextInt(3)],
        Disclosure.Practice.values()[random.nextInt(2)],
        Disclosure.Period.values()[random.nextInt(3)]);
  }

  /**
   * The oracle: how many of the stored practitioners share the author's attribution at a
   * disclosure, among the tier's audience (the lesson's organisation below the network tier).
   */
  private static long count(
      Map<PractitionerId, PractitionerProfile> people,
      PractitionerProfile who,
      OrganisationId lessonOrganisation,
      Tier tier,
      Disclosure d) {
    return people.values().stream()
        .filter(p -> p.discipline().equals(who.discipline()))
        .filter(
            p ->
                d.practice() == Disclosure.Practice.DISCIPLINE
                    || p.specialism().equals(who.specialism()))
        .filter(
            p ->
                switch (d.place()) {
                  case BASE -> p.base().equals(who.base());
                  case LOCALITY -> p.locality().equals(who.locality());
                  case ORGANISATION -> p.organisation().equals(who.organisation());
                })
        .filter(p -> tier == Tier.NETWORK || p.organisation().equals(lessonOrganisation))
        .count();
  }
}

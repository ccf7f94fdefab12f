package org.practitionersforum.core.internal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.anonymisation.AnonymisationReport;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonTier;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.core.anonymisation.Anonymisers;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.LessonGenerators;
import org.practitionersforum.testkit.TestClock;
import org.practitionersforum.testkit.quicktheories.QuickTheoriesGens;

/**
 * Random sequences of tier commands (consent, revocation as author and with the code,
 * anonymisation, decisions, clearance, publication, finalisation, withdrawal) by every role, on a
 * lesson whose sections hold injected identifiers, compared with a model of consent written here
 * from LS-3 and LS-4: after every step, no tier is published without the author's consent and a
 * clearance, above an unpublished tier, or with text in which the anonymiser finds anything at high
 * confidence or which holds an injected identifier the anonymiser is certain of; and no read
 * returns a lesson at a tier the model says it is not published at, nor anything to a manager at
 * the forum tier.
 */
class LessonTierProperties {
  private static final LessonId ID = LessonId.of("lesson-q");

  /** Identifiers the anonymiser finds at high confidence. */
  private static final List<String> CERTAIN =
      List.of("ana.lopez@example.org", "07700 900123", "duty@example.net");

  /** Identifiers the anonymiser finds only by a heuristic, at low confidence. */
  private static final List<String> DOUBTFUL =
      List.of("Mrs Okafor", "Dr Ben Aldous", "Sam Whitlock");

  private static final Anonymiser CHECK = Anonymisers.builder().build();

  @Test
  void nothingIsPublishedWithoutConsentClearanceOrAnIdentifierLeft() {
    qt().withExamples(30).forAll(QuickTheoriesGens.seeds()).checkAssert(this::run);
    // The sequences reach both sides: tiers published, and above the forum too.
    assertThat(publications).hasSizeGreaterThan(10);
    assertThat(publications).contains(Tier.FORUM, Tier.ORGANISATION);
  }

  private final List<Tier> publications = new ArrayList<>();

  private void run(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TestClock clock = new TestClock(TermsFixture.NOW);
    TermsFixture f = new TermsFixture(4, 1, clock, true, b -> b.referenceCodeIterations(1_000));
    PractitionerId author = f.members.get(0);
    f.colleagues(author, 4);
    Actor asAuthor = Actor.practitioner(author);
    List<String> injected = new ArrayList<>();
    for (String id : CERTAIN) {
      if (random.nextBoolean()) {
        injected.add(id);
      }
    }
    for (String id : DOUBTFUL) {
      if (random.nextBoolean()) {
        injected.add(id);
      }
    }
    f.sdk
        .lessons()
        .draft(
            asAuthor,
            LessonDraft.builder()
                .id(ID)
                .forum(f.forum)
                .kind(LessonKind.SERVICE)
                .sections(LessonGenerators.sectionsWith(random, injected))
                .build());
    ReferenceCode code = f.sdk.lessons().submit(asAuthor, ID).code();
    List<Actor> actors =
        List.of(
            asAuthor,
            asAuthor,
            Actor.practitioner(f.members.get(1)),
            Actor.practitioner(f.volunteers.get(0)),
            Actor.reviewer(PersonId.of("panel-1")),
            Actor.reviewer(PersonId.of("panel-1")),
            Actor.reviewer(PersonId.of("panel-2")),
            Actor.reviewer(f.members.get(2).asPerson()),
            Actor.reviewer(author.asPerson()),
            Actor.manager(TermsFixture.SPONSOR));
    Set<Tier> consented = EnumSet.noneOf(Tier.class);
    Set<Tier> published = EnumSet.noneOf(Tier.class);
    boolean finalised = false;
    boolean withdrawn = false;
    for (int step = 0; step < 120; step++) {
      Actor randomActor = actors.get(random.nextInt(actors.size()));
      boolean guided = random.nextBoolean();
      // Mostly the next tier to publish, so that sequences get far enough to publish.
      Tier next =
          List.of(Tier.values()).stream()
              .filter(t -> !published.contains(t))
              .findFirst()
              .orElse(Tier.NETWORK);
      Tier randomTier =
          random.nextInt(2) == 0 ? Tier.values()[random.nextInt(Tier.values().length)] : next;
      int op = random.nextInt(20);
      if (guided) {
        // Half the steps take the next step towards publishing the next tier, by the right person,
        // so that sequences reach publication; the other half are anything, by anyone.
        Optional<LessonTier> at = stored(f).flatMap(l -> l.tier(next));
        randomTier = next;
        randomActor = actors.get(4);
        if (at.isEmpty()) {
          op = 0;
          randomActor = asAuthor;
        } else if (at.get().anonymisedAt().isEmpty()) {
          op = 4;
        } else if (!at.get().undecided().isEmpty()) {
          op = 7;
        } else if (at.get().clearedAt().isEmpty()) {
          op = 11;
        } else {
          op = 14;
        }
      }
      final Actor actor = randomActor;
      final Tier tier = randomTier;
      try {
        switch (op) {
          case 0, 1 -> {
            f.sdk.lessons().consent(actor, ID, tier);
            assertThat(actor).isEqualTo(asAuthor);
            assertThat(finalised || withdrawn).isFalse();
            assertThat(tier.below().map(consented::contains).orElse(true)).isTrue();
            consented.add(tier);
          }
          case 2 -> {
            if (random.nextInt(3) != 0) {
              break;
            }
            f.sdk.lessons().revokeConsent(actor, ID, tier);
            assertThat(actor).isEqualTo(asAuthor);
            consented.removeIf(t -> t.atLeast(tier));
            published.removeIf(t -> t.atLeast(tier));
          }
          case 3 -> {
            if (random.nextInt(3) != 0) {
              break;
            }
            f.sdk.lessons().revokeConsent(actor, ReferenceCode.parse(code.value()), tier);
            consented.removeIf(t -> t.atLeast(tier));
            published.removeIf(t -> t.atLeast(tier));
          }
          case 4, 5, 6 -> {
            f.sdk.lessons().anonymise(actor, ID, tier);
            assertThat(actor.role()).isEqualTo(Role.REVIEWER);
            assertThat(consented).contains(tier);
          }
          case 7, 8, 9, 10 -> {
            Optional<LessonTier> at = stored(f).flatMap(l -> l.tier(tier));
            int size = at.map(t -> t.findings().size()).orElse(0);
            int undecided =
                at.map(t -> t.findings().indexOf(t.undecided().stream().findFirst().orElse(null)))
                    .orElse(-1);
            int n =
                undecided >= 0 && (guided || random.nextBoolean())
                    ? undecided + 1
                    : 1 + random.nextInt(size + 1);
            FindingDecision d =
                random.nextBoolean() ? FindingDecision.REDACT : FindingDecision.KEEP;
            f.sdk.lessons().decide(actor, ID, tier, n, d);
            assertThat(actor.role()).isEqualTo(Role.REVIEWER);
          }
          case 11, 12, 13 -> {
            f.sdk.lessons().clear(actor, ID, tier);
            assertThat(actor.role()).isEqualTo(Role.REVIEWER);
            assertThat(actor.person()).isNotIn(author.asPerson(), f.members.get(2).asPerson());
            assertThat(finalised).isFalse();
          }
          case 14, 15, 16 -> {
            PublishedLesson p = f.sdk.lessons().publish(actor, ID, tier);
            assertThat(actor.role()).isEqualTo(Role.REVIEWER);
            assertThat(consented).contains(tier);
            assertThat(p.tier()).isEqualTo(tier);
            published.add(tier);
            publications.add(tier);
          }
          case 17 -> {
            PublishedLesson p = f.sdk.lessons().read(actor, ID, tier);
            assertThat(published).contains(tier);
            assertThat(withdrawn).isFalse();
            assertThat(actor.role() == Role.MANAGER && tier == Tier.FORUM).isFalse();
            assertThat(p.sections().asMap().values())
                .noneMatch(text -> CERTAIN.stream().anyMatch(text::contains));
          }
          case 18 -> {
            if (random.nextInt(3) != 0) {
              break;
            }
            f.sdk.lessons().finalise(actor, ID);
            assertThat(actor).isEqualTo(asAuthor);
            finalised = true;
          }
          default -> {
            if (random.nextInt(8) == 0) {
              f.sdk.lessons().withdraw(actor, ReferenceCode.parse(code.value()));
              withdrawn = true;
              consented.clear();
              published.clear();
            }
          }
        }
      } catch (ForumException refused) {
        // Refused: the checks below hold whatever was refused.
        System.err.println(
            "DBG " + op + " " + actor.role() + " " + tier + " " + refused.getMessage());
      }
      Optional<Lesson> lesson = stored(f);
      Set<Tier> storedPublished = EnumSet.noneOf(Tier.class);
      for (LessonTier t : lesson.map(Lesson::tiers).orElse(List.of())) {
        assertThat(consented).as("consent of a stored tier").contains(t.tier());
        if (t.published()) {
          storedPublished.add(t.tier());
          assertThat(t.clearedAt()).isPresent();
          t.tier().below().ifPresent(b -> assertThat(lesson.get().publishedAt(b)).isTrue());
          for (String text : t.anonymised().asMap().values()) {
            AnonymisationReport report = CHECK.anonymise(text).report();
            assertThat(report.findings()).noneMatch(x -> x.confidence() == Confidence.HIGH);
            assertThat(CERTAIN).noneMatch(text::contains);
          }
        }
      }
      assertThat(storedPublished).isEqualTo(published);
    }
  }

  private static Optional<Lesson> stored(TermsFixture f) {
    return f.storage.inTransaction(tx -> ((LessonTransaction) tx).lessons().find(ID));
  }
}

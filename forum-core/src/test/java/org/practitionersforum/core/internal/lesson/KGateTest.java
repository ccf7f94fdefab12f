package org.practitionersforum.core.internal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.LessonPublished;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.Disclosure.Period;
import org.practitionersforum.api.lesson.Disclosure.Place;
import org.practitionersforum.api.lesson.Disclosure.Practice;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.KGateCheck;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonSettings;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.lesson.TierFinding;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/**
 * The k-gate (AN-4) through the lesson service on the in-memory store: the author's attribution
 * captured at submission, a refusal naming the generalisation, a publication at it, the preview,
 * and a later tier refused once colleagues have left.
 */
class KGateTest {
  static final LessonId ID = LessonId.of("lesson-k");
  static final Disclosure LOCALITY =
      new Disclosure(Place.LOCALITY, Practice.SPECIALISM, Period.QUARTER);

  private final TestClock clock = new TestClock(TermsFixture.NOW);
  private final TermsFixture f =
      new TermsFixture(
          4,
          0,
          clock,
          true,
          b ->
              b.referenceCodeIterations(1_000)
                  .defaultLessonSettings(LessonSettings.defaults().withK(4)));
  private final PractitionerId author = f.members.get(0);
  private final Actor asAuthor = Actor.practitioner(author);
  private final Actor reviewer = Actor.reviewer(PersonId.of("reviewer-k"));
  private final List<PractitionerId> atBase = f.colleagues(author, 1);
  private final List<PractitionerId> elsewhere = elsewhereInTheLocality(3);

  /** Colleagues who share all but the base: they work at another base of the same locality. */
  private List<PractitionerId> elsewhereInTheLocality(int count) {
    List<PractitionerId> ids = f.colleagues(author, count);
    f.storage.inTransaction(
        tx -> {
          for (PractitionerId id : ids) {
            PractitionerProfile p = tx.practitioners().find(id).orElseThrow();
            tx.practitioners()
                .update(PractitionerProfile.builder().from(p).base(BaseId.of("base-2")).build());
          }
          return null;
        });
    return ids;
  }

  private void submit() {
    f.sdk
        .lessons()
        .draft(
            asAuthor,
            LessonDraft.builder()
                .id(ID)
                .forum(f.forum)
                .kind(LessonKind.SERVICE)
                .sections(LessonSections.of(LessonTierTest.sections()))
                .build());
    f.sdk.lessons().submit(asAuthor, ID);
  }

  private void clear(Tier tier) {
    clear(tier, Disclosure.exact());
  }

  private void clear(Tier tier, Disclosure atMost) {
    f.sdk.lessons().consent(asAuthor, ID, tier, atMost);
    Lesson run = f.sdk.lessons().anonymise(reviewer, ID, tier);
    List<TierFinding> findings = run.tier(tier).orElseThrow().findings();
    for (int k = 0; k < findings.size(); k++) {
      if (findings.get(k).needsDecision()) {
        f.sdk.lessons().decide(reviewer, ID, tier, k + 1, FindingDecision.REDACT);
      }
    }
    f.sdk.lessons().clear(reviewer, ID, tier);
  }

  private Lesson stored() {
    return f.sdk.lessons().get(reviewer, ID);
  }

  @Test
  void theAuthorsAttributionIsCapturedAtSubmissionAndOutlivesFinalisation() {
    submit();
    Lesson lesson = stored();
    assertThat(lesson.quasiIdentifiers()).isPresent();
    assertThat(lesson.quasiIdentifiers().orElseThrow().base()).isEqualTo(TermsFixture.BASE);
    assertThat(lesson.quasiIdentifiers().orElseThrow().period())
        .isEqualTo(YearMonth.from(TermsFixture.NOW.atZone(ZoneOffset.UTC)));
    clear(Tier.FORUM);
    f.sdk.lessons().finalise(asAuthor, ID);
    assertThat(stored().quasiIdentifiers()).isEqualTo(lesson.quasiIdentifiers());
    PublishedLesson published = f.sdk.lessons().publish(reviewer, ID, Tier.FORUM, LOCALITY);
    assertThat(published.attribution().orElseThrow().locality()).contains(TermsFixture.LOCALITY);
    assertThat(published.attribution().orElseThrow().period()).isEqualTo("2026-Q1");
    // Nothing of the attribution reaches an event.
    for (ForumEvent e : f.events) {
      assertThat(ForumJson.write(e)).doesNotContain(TermsFixture.BASE.value(), "locality-1");
      assertThat(e.toString()).doesNotContain(TermsFixture.BASE.value(), "locality-1");
    }
  }

  @Test
  void aRefusalNamesTheGeneralisationAndChangesNothingThenItPublishes() {
    submit();
    clear(Tier.FORUM);
    Lesson before = stored();
    int events = f.events.size();

    Throwable t = catchThrowable(() -> f.sdk.lessons().publish(reviewer, ID, Tier.FORUM));
    assertThat(t).isInstanceOf(RuleViolationException.class);
    RuleViolationException refused = (RuleViolationException) t;
    assertThat(refused.has(ViolationCode.K_GATE_FAILED)).isTrue();
    assertThat(refused.violations()).hasSize(1);
    assertThat(refused.getMessage())
        .contains("AN-4", "fewer than 4", "generalise the place from base to locality")
        .doesNotContain("2 ", TermsFixture.BASE.value(), author.value());
    assertThat(stored()).isEqualTo(before);
    assertThat(f.events).hasSize(events);

    KGateCheck preview = f.sdk.lessons().checkKGate(reviewer, ID, Tier.FORUM, Disclosure.exact());
    assertThat(preview.passes()).isFalse();
    Disclosure suggested = preview.suggestion().orElseThrow();
    assertThat(suggested.place()).isEqualTo(Place.LOCALITY);
    assertThat(stored()).isEqualTo(before);

    PublishedLesson published = f.sdk.lessons().publish(reviewer, ID, Tier.FORUM, suggested);
    assertThat(published.attribution().orElseThrow().disclosure()).isEqualTo(suggested);
    assertThat(published.attribution().orElseThrow().base()).isEmpty();
    assertThat(stored().tier(Tier.FORUM).orElseThrow().disclosure()).contains(suggested);
    assertThat(f.events).filteredOn(LessonPublished.class::isInstance).hasSize(1);
    assertThat(f.sdk.lessons().read(asAuthor, ID, Tier.FORUM)).isEqualTo(published);
  }

  @Test
  void theAuthorChoosesTheMostTheTierShowsAndNoPublicationOrSuggestionShowsMore() {
    submit();
    Disclosure atMost = new Disclosure(Place.ORGANISATION, Practice.DISCIPLINE, Period.QUARTER);
    clear(Tier.FORUM, atMost);
    assertThat(stored().tier(Tier.FORUM).orElseThrow().consentedDisclosure()).isEqualTo(atMost);
    Lesson before = stored();
    int events = f.events.size();

    // The locality passes the k-gate, but the author agreed to show no more than the organisation.
    Throwable t = catchThrowable(() -> f.sdk.lessons().publish(reviewer, ID, Tier.FORUM, LOCALITY));
    assertThat(t).isInstanceOf(RuleViolationException.class);
    RuleViolationException refused = (RuleViolationException) t;
    assertThat(refused.has(ViolationCode.LESSON_CONSENT)).isTrue();
    assertThat(refused.getMessage())
        .contains("LS-3", "no more than organisation and discipline")
        .doesNotContain(author.value(), TermsFixture.BASE.value());
    assertThat(stored()).isEqualTo(before);
    assertThat(f.events).hasSize(events);

    KGateCheck preview = f.sdk.lessons().checkKGate(reviewer, ID, Tier.FORUM, Disclosure.exact());
    assertThat(preview.passes()).isFalse();
    assertThat(preview.suggestion().orElseThrow().atLeastAsGeneralAs(atMost)).isTrue();

    PublishedLesson published = f.sdk.lessons().publish(reviewer, ID, Tier.FORUM, atMost);
    assertThat(published.attribution().orElseThrow().disclosure()).isEqualTo(atMost);
    assertThat(published.attribution().orElseThrow().locality()).isEmpty();
    assertThat(published.attribution().orElseThrow().base()).isEmpty();
  }

  @Test
  void onlyAReviewerMayCheckTheGate() {
    submit();
    assertThatThrownBy(
            () ->
                f.sdk
                    .lessons()
                    .checkKGate(
                        Actor.manager(TermsFixture.SPONSOR), ID, Tier.FORUM, Disclosure.exact()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () -> f.sdk.lessons().checkKGate(asAuthor, ID, Tier.FORUM, Disclosure.exact()))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void onceColleaguesAreErasedAPublicationAtAHigherTierIsRefused() {
    submit();
    clear(Tier.FORUM);
    f.sdk.lessons().publish(reviewer, ID, Tier.FORUM, LOCALITY);
    Actor admin = Actor.administrator(TermsFixture.ADMIN);
    f.sdk.privacy().erase(admin, elsewhere.get(0));
    f.sdk.privacy().erase(admin, atBase.get(0));
    clear(Tier.ORGANISATION);
    Lesson before = stored();
    RuleViolationException refused =
        (RuleViolationException)
            catchThrowable(
                () -> f.sdk.lessons().publish(reviewer, ID, Tier.ORGANISATION, LOCALITY));
    assertThat(refused.has(ViolationCode.K_GATE_FAILED)).isTrue();
    assertThat(stored()).isEqualTo(before);
    assertThat(stored().publishedAt(Tier.ORGANISATION)).isFalse();
    // Nothing on the ladder passes either: only three in the organisation share even the
    // author's discipline now.
    KGateCheck check =
        f.sdk.lessons().checkKGate(reviewer, ID, Tier.ORGANISATION, Disclosure.exact());
    assertThat(check.passes()).isFalse();
  }

  @Test
  void aLessonSubmittedWithoutItsAuthorsProfileNeverPasses() {
    f.storage.inTransaction(
        tx -> {
          tx.practitioners().delete(tx.practitioners().find(author).orElseThrow());
          return null;
        });
    submit();
    assertThat(stored().quasiIdentifiers()).isEmpty();
    clear(Tier.FORUM);
    Disclosure widest = new Disclosure(Place.ORGANISATION, Practice.DISCIPLINE, Period.YEAR);
    RuleViolationException refused =
        (RuleViolationException)
            catchThrowable(() -> f.sdk.lessons().publish(reviewer, ID, Tier.FORUM, widest));
    assertThat(refused.has(ViolationCode.K_GATE_FAILED)).isTrue();
    assertThat(refused.getMessage()).contains("not recorded when the lesson was submitted");
  }
}

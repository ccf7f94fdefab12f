package org.practitionersforum.core.internal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.NameDirectory;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.LessonAnonymised;
import org.practitionersforum.api.event.LessonCleared;
import org.practitionersforum.api.event.LessonConsentRevoked;
import org.practitionersforum.api.event.LessonConsented;
import org.practitionersforum.api.event.LessonFindingDecided;
import org.practitionersforum.api.event.LessonPublished;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonSettings;
import org.practitionersforum.api.lesson.LessonTier;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.lesson.TierFinding;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.AccessPolicy;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Relationship;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.security.View;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.anonymisation.Anonymisers;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/** Publication tiers (LS-3, LS-4) on the in-memory store: every rule, role and event. */
class LessonTierTest {
  static final LessonId ID = LessonId.of("lesson-t");
  static final String EMAIL = "jane.doe@example.org";
  static final String TITLED = "Mrs Okafor";
  static final String DIRECTORY_NAME = "Priya Raman";

  private final TestClock clock = new TestClock(TermsFixture.NOW);
  private final TermsFixture f = fixture(LessonSettings.defaults());
  private final PractitionerId author = f.members.get(0);
  private final Actor asAuthor = Actor.practitioner(author);
  private final Actor reviewer = Actor.reviewer(PersonId.of("reviewer-t"));
  private final Actor manager = Actor.manager(TermsFixture.SPONSOR);
  private final Actor member = Actor.practitioner(f.members.get(1));
  private final Actor colleague = Actor.practitioner(f.volunteers.get(0));

  /** A forum whose first member's lessons pass the k-gate (AN-4): four colleagues share it all. */
  private TermsFixture fixture(LessonSettings settings) {
    TermsFixture fx = bare(settings);
    fx.colleagues(fx.members.get(0), 4);
    return fx;
  }

  private TermsFixture bare(LessonSettings settings) {
    return new TermsFixture(
        4,
        2,
        clock,
        true,
        b ->
            b.referenceCodeIterations(1_000)
                .defaultLessonSettings(settings)
                .anonymiser(
                    Anonymisers.builder()
                        .directory(
                            NameDirectory.of(
                                List.of(DirectoryEntry.person("d-1", "Priya", "Raman"))))
                        .build()));
  }

  static Map<LessonSection, String> sections() {
    Map<LessonSection, String> out = new EnumMap<>(LessonSection.class);
    for (LessonSection s : LessonSection.values()) {
      out.put(s, "We wrote about " + s.title().toLowerCase() + " here.");
    }
    out.put(
        LessonSection.WHAT_WE_DID,
        "We asked "
            + TITLED
            + " to email "
            + EMAIL
            + " each week, and "
            + DIRECTORY_NAME
            + " ran the rota.");
    return out;
  }

  private ReferenceCode submitted(TermsFixture fx) {
    fx.sdk
        .lessons()
        .draft(
            asAuthor,
            LessonDraft.builder()
                .id(ID)
                .forum(fx.forum)
                .kind(LessonKind.PROCESS)
                .sections(LessonSections.of(sections()))
                .build());
    return fx.sdk.lessons().submit(asAuthor, ID).code();
  }

  /** Anonymises, decides every finding that needs it, and clears: returns the lesson. */
  private Lesson cleared(TermsFixture fx, Tier tier, FindingDecision decision) {
    Lesson lesson = fx.sdk.lessons().anonymise(reviewer, ID, tier);
    List<TierFinding> findings = lesson.tier(tier).orElseThrow().findings();
    for (int k = 0; k < findings.size(); k++) {
      if (findings.get(k).needsDecision()) {
        fx.sdk.lessons().decide(reviewer, ID, tier, k + 1, decision);
      }
    }
    return fx.sdk.lessons().clear(reviewer, ID, tier);
  }

  private PublishedLesson publishedAt(Tier tier) {
    f.sdk.lessons().consent(asAuthor, ID, tier);
    cleared(f, tier, FindingDecision.REDACT);
    return f.sdk.lessons().publish(reviewer, ID, tier);
  }

  private static RuleViolationException refusal(Runnable r) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isInstanceOf(RuleViolationException.class);
    return (RuleViolationException) t;
  }

  private Lesson stored() {
    return f.sdk.lessons().get(reviewer, ID);
  }

  @Test
  void aLessonIsConsentedAnonymisedDecidedClearedAndPublishedAtTheForumTier() {
    submitted(f);
    Lesson consented = f.sdk.lessons().consent(asAuthor, ID, Tier.FORUM);
    assertThat(consented.tier(Tier.FORUM)).isPresent();

    Lesson anonymised = f.sdk.lessons().anonymise(reviewer, ID, Tier.FORUM);
    LessonTier at = anonymised.tier(Tier.FORUM).orElseThrow();
    assertThat(at.anonymised().get(LessonSection.WHAT_WE_DID).orElseThrow())
        .doesNotContain(EMAIL, DIRECTORY_NAME, "Okafor");
    assertThat(at.undecided()).hasSize(1);
    assertThat(ForumJson.write(at.findings())).doesNotContain("Okafor", EMAIL, "Raman");

    RuleViolationException undecided =
        refusal(() -> f.sdk.lessons().clear(reviewer, ID, Tier.FORUM));
    assertThat(undecided.has(ViolationCode.LESSON_FINDING)).isTrue();
    assertThat(stored().tier(Tier.FORUM).orElseThrow().clearedAt()).isEmpty();

    int low = at.findings().indexOf(at.undecided().get(0)) + 1;
    f.sdk.lessons().decide(reviewer, ID, Tier.FORUM, low, FindingDecision.REDACT);
    f.sdk.lessons().clear(reviewer, ID, Tier.FORUM);
    PublishedLesson published = f.sdk.lessons().publish(reviewer, ID, Tier.FORUM);

    String text = published.sections().get(LessonSection.WHAT_WE_DID).orElseThrow();
    assertThat(text).doesNotContain(EMAIL, DIRECTORY_NAME, "Okafor").contains("[EMAIL-1]");
    assertThat(published.forum()).contains(f.forum);
    assertThat(published.toString()).doesNotContain(text);
    assertThat(f.sdk.lessons().read(member, ID, Tier.FORUM)).isEqualTo(published);
    assertThat(f.sdk.lessons().read(asAuthor, ID, Tier.FORUM)).isEqualTo(published);
    assertThat(f.sdk.lessons().read(reviewer, ID, Tier.FORUM)).isEqualTo(published);
    assertThat(f.events)
        .anyMatch(LessonConsented.class::isInstance)
        .anyMatch(LessonAnonymised.class::isInstance)
        .anyMatch(LessonFindingDecided.class::isInstance)
        .anyMatch(LessonCleared.class::isInstance)
        .anyMatch(LessonPublished.class::isInstance);
  }

  @Test
  void aKeptFindingStaysAsWrittenAndAHighConfidenceOneNever() {
    submitted(f);
    f.sdk.lessons().consent(asAuthor, ID, Tier.FORUM);
    cleared(f, Tier.FORUM, FindingDecision.KEEP);
    PublishedLesson published = f.sdk.lessons().publish(reviewer, ID, Tier.FORUM);
    String text = published.sections().get(LessonSection.WHAT_WE_DID).orElseThrow();
    assertThat(text).contains(TITLED).doesNotContain(EMAIL, DIRECTORY_NAME);
  }

  @Test
  void onlyTheTiersReadersReadItAndManagersNeverBelowTheOrganisation() {
    submitted(f);
    publishedAt(Tier.FORUM);
    // A forum-tier lesson: not a colleague outside the forum, never a manager.
    assertThatThrownBy(() -> f.sdk.lessons().read(colleague, ID, Tier.FORUM))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> f.sdk.lessons().read(manager, ID, Tier.FORUM))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> f.sdk.lessons().read(manager, ID, Tier.ORGANISATION))
        .isInstanceOf(NotFoundException.class);
    // Managers never read a lesson under review, nor learn its author.
    assertThatThrownBy(() -> f.sdk.lessons().get(manager, ID))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> f.sdk.lessons().consent(manager, ID, Tier.ORGANISATION))
        .isInstanceOf(PermissionDeniedException.class);

    PublishedLesson org = publishedAt(Tier.ORGANISATION);
    assertThat(org.forum()).isEmpty();
    assertThat(f.sdk.lessons().read(manager, ID, Tier.ORGANISATION)).isEqualTo(org);
    assertThat(f.sdk.lessons().read(colleague, ID, Tier.ORGANISATION)).isEqualTo(org);
    assertThat(org.toString() + ForumJson.write(org)).doesNotContain(author.value());

    Actor outsider = Actor.practitioner(PractitionerId.of("elsewhere-1"));
    f.sdk
        .practitioners()
        .register(
            Actor.administrator(TermsFixture.ADMIN),
            PractitionerProfile.builder()
                .id(PractitionerId.of("elsewhere-1"))
                .discipline(Discipline.NURSING)
                .specialism(Specialism.ADULTS)
                .base(BaseId.of("base-9"))
                .organisation(OrganisationId.of("org-9"))
                .locality(LocalityId.of("locality-9"))
                .build());
    assertThatThrownBy(() -> f.sdk.lessons().read(outsider, ID, Tier.ORGANISATION))
        .isInstanceOf(NotFoundException.class);
    PublishedLesson network = publishedAt(Tier.NETWORK);
    assertThat(f.sdk.lessons().read(outsider, ID, Tier.NETWORK)).isEqualTo(network);
    assertThatThrownBy(
            () -> f.sdk.lessons().read(Actor.administrator(TermsFixture.ADMIN), ID, Tier.NETWORK))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void aLessonMovesOneTierAtATimeAndEachRefusalChangesNothing() {
    submitted(f);
    RuleViolationException early =
        refusal(() -> f.sdk.lessons().consent(asAuthor, ID, Tier.ORGANISATION));
    assertThat(early.has(ViolationCode.LESSON_CONSENT)).isTrue();
    RuleViolationException noConsent =
        refusal(() -> f.sdk.lessons().anonymise(reviewer, ID, Tier.FORUM));
    assertThat(noConsent.has(ViolationCode.LESSON_CONSENT)).isTrue();

    f.sdk.lessons().consent(asAuthor, ID, Tier.FORUM);
    f.sdk.lessons().consent(asAuthor, ID, Tier.ORGANISATION);
    long version = stored().version();
    RuleViolationException below =
        refusal(() -> f.sdk.lessons().anonymise(reviewer, ID, Tier.ORGANISATION));
    assertThat(below.has(ViolationCode.LESSON_TIER_BELOW)).isTrue();
    RuleViolationException twice = refusal(() -> f.sdk.lessons().consent(asAuthor, ID, Tier.FORUM));
    assertThat(twice.has(ViolationCode.LESSON_CONSENT)).isTrue();
    RuleViolationException notAnonymised =
        refusal(() -> f.sdk.lessons().clear(reviewer, ID, Tier.FORUM));
    assertThat(notAnonymised.has(ViolationCode.LESSON_TIER_STEP)).isTrue();
    RuleViolationException notCleared =
        refusal(() -> f.sdk.lessons().publish(reviewer, ID, Tier.FORUM));
    assertThat(notCleared.has(ViolationCode.LESSON_TIER_STEP)).isTrue();
    RuleViolationException noFinding =
        refusal(() -> f.sdk.lessons().decide(reviewer, ID, Tier.FORUM, 1, FindingDecision.KEEP));
    assertThat(noFinding.has(ViolationCode.LESSON_TIER_STEP)).isTrue();
    assertThat(stored().version()).isEqualTo(version);

    Lesson anonymised = f.sdk.lessons().anonymise(reviewer, ID, Tier.FORUM);
    List<TierFinding> findings = anonymised.tier(Tier.FORUM).orElseThrow().findings();
    int high = 0;
    for (int k = 0; k < findings.size(); k++) {
      if (!findings.get(k).needsDecision()) {
        high = k + 1;
      }
    }
    int sure = high;
    RuleViolationException needsNone =
        refusal(() -> f.sdk.lessons().decide(reviewer, ID, Tier.FORUM, sure, FindingDecision.KEEP));
    assertThat(needsNone.has(ViolationCode.LESSON_FINDING)).isTrue();
    RuleViolationException outOfRange =
        refusal(() -> f.sdk.lessons().decide(reviewer, ID, Tier.FORUM, 99, FindingDecision.KEEP));
    assertThat(outOfRange.has(ViolationCode.LESSON_FINDING)).isTrue();
    assertThatThrownBy(() -> f.sdk.lessons().consent(asAuthor, ID, null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aReviewerWhoWroteTheLessonOrSitsInItsForumDoesNotClearIt() {
    submitted(f);
    f.sdk.lessons().consent(asAuthor, ID, Tier.FORUM);
    Actor authorAsReviewer = Actor.reviewer(author.asPerson());
    Actor memberAsReviewer = Actor.reviewer(f.members.get(2).asPerson());
    Lesson lesson = f.sdk.lessons().anonymise(reviewer, ID, Tier.FORUM);
    List<TierFinding> findings = lesson.tier(Tier.FORUM).orElseThrow().findings();
    for (int k = 0; k < findings.size(); k++) {
      if (findings.get(k).needsDecision()) {
        f.sdk.lessons().decide(reviewer, ID, Tier.FORUM, k + 1, FindingDecision.REDACT);
      }
    }
    RuleViolationException self =
        refusal(() -> f.sdk.lessons().clear(authorAsReviewer, ID, Tier.FORUM));
    assertThat(self.has(ViolationCode.LESSON_REVIEWER_IS_AUTHOR)).isTrue();
    assertThat(self.getMessage()).doesNotContain(author.value());
    RuleViolationException inForum =
        refusal(() -> f.sdk.lessons().clear(memberAsReviewer, ID, Tier.FORUM));
    assertThat(inForum.has(ViolationCode.LESSON_REVIEWER_IS_AUTHOR)).isFalse();
    assertThat(inForum.has(ViolationCode.LESSON_REVIEWER_IN_FORUM)).isTrue();
    assertThat(stored().tier(Tier.FORUM).orElseThrow().clearedAt()).isEmpty();
    assertThat(f.sdk.lessons().clear(reviewer, ID, Tier.FORUM).tier(Tier.FORUM))
        .hasValueSatisfying(t -> assertThat(t.clearedAt()).isPresent());
  }

  @Test
  void anOrganisationMayLetAReviewerFromTheForumClear() {
    TermsFixture open = fixture(new LessonSettings(false));
    submitted(open);
    open.sdk.lessons().consent(asAuthor, ID, Tier.FORUM);
    Lesson lesson = open.sdk.lessons().anonymise(reviewer, ID, Tier.FORUM);
    List<TierFinding> findings = lesson.tier(Tier.FORUM).orElseThrow().findings();
    for (int k = 0; k < findings.size(); k++) {
      if (findings.get(k).needsDecision()) {
        open.sdk.lessons().decide(reviewer, ID, Tier.FORUM, k + 1, FindingDecision.REDACT);
      }
    }
    Actor memberAsReviewer = Actor.reviewer(open.members.get(2).asPerson());
    assertThat(open.sdk.lessons().clear(memberAsReviewer, ID, Tier.FORUM).tier(Tier.FORUM))
        .hasValueSatisfying(t -> assertThat(t.clearedAt()).isPresent());
  }

  @Test
  void revokingConsentWithdrawsFromThatTierAndAbove() {
    ReferenceCode code = submitted(f);
    publishedAt(Tier.FORUM);
    publishedAt(Tier.ORGANISATION);
    f.sdk.lessons().revokeConsent(asAuthor, ID, Tier.ORGANISATION);
    assertThatThrownBy(() -> f.sdk.lessons().read(manager, ID, Tier.ORGANISATION))
        .isInstanceOf(NotFoundException.class);
    assertThat(f.sdk.lessons().read(member, ID, Tier.FORUM).tier()).isEqualTo(Tier.FORUM);
    assertThat(f.events)
        .anyMatch(e -> e instanceof LessonConsentRevoked r && r.tier() == Tier.ORGANISATION);

    f.sdk.lessons().finalise(asAuthor, ID);
    assertThatThrownBy(() -> f.sdk.lessons().revokeConsent(asAuthor, ID, Tier.FORUM))
        .isInstanceOf(PermissionDeniedException.class);
    RuleViolationException finalised =
        refusal(() -> f.sdk.lessons().clear(reviewer, ID, Tier.ORGANISATION));
    assertThat(finalised.has(ViolationCode.LESSON_FINALISED)).isTrue();
    f.sdk.lessons().revokeConsent(manager, ReferenceCode.parse(code.value()), Tier.FORUM);
    assertThatThrownBy(() -> f.sdk.lessons().read(member, ID, Tier.FORUM))
        .isInstanceOf(NotFoundException.class);
    assertThat(stored().tiers()).isEmpty();
  }

  @Test
  void withdrawalRemovesTheLessonFromEveryTier() {
    ReferenceCode code = submitted(f);
    publishedAt(Tier.FORUM);
    publishedAt(Tier.ORGANISATION);
    f.sdk.lessons().withdraw(colleague, code);
    for (Tier tier : List.of(Tier.FORUM, Tier.ORGANISATION)) {
      assertThatThrownBy(() -> f.sdk.lessons().read(reviewer, ID, tier))
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(f.storage.everythingAsJson()).noneMatch(t -> t.contains("[EMAIL-1]"));
  }

  @Test
  void everyTierCommandWritesOneAuditRecordWithoutItsAuthor() {
    submitted(f);
    int before = lessonRecords().size();
    publishedAt(Tier.FORUM);
    List<AuditRecord> after = lessonRecords();
    // consent, anonymise, one decision, clear, publish
    assertThat(after).hasSize(before + 5);
    for (AuditRecord r : after) {
      assertThat(ForumJson.write(r) + r).doesNotContain(author.value());
    }
    List<ForumEvent> lessonEvents =
        f.events.stream().filter(e -> e.toString().contains(ID.value())).toList();
    assertThat(lessonEvents).hasSizeGreaterThanOrEqualTo(7);
    for (ForumEvent e : lessonEvents) {
      assertThat(ForumJson.write(e) + e).doesNotContain(author.value(), EMAIL, "Okafor");
    }
  }

  private List<AuditRecord> lessonRecords() {
    return f.sdk
        .audit()
        .query(
            Actor.administrator(TermsFixture.ADMIN),
            AuditQuery.all().aggregate(AggregateRef.lesson(ID)).limit(500))
        .records();
  }

  @Test
  void noPolicyLetsAnyoneButAReviewerClearOrAManagerReadBelowTheOrganisation() {
    assertThatThrownBy(
            () ->
                AccessPolicy.standard().toBuilder()
                    .grant(
                        Role.MANAGER, Operation.LESSON_CLEAR, Relationship.ANY, View.UNATTRIBUTED)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LS-3");
    assertThatThrownBy(
            () ->
                AccessPolicy.standard().toBuilder()
                    .grant(
                        Role.MANAGER, Operation.LESSON_CONSENT, Relationship.ANY, View.UNATTRIBUTED)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LS-2");
  }

  @Test
  void aChangedAnonymiserStopsClearanceAndPublicationOfWhatItWouldNowFind() {
    // A text whose name only a directory knows: the SDK's anonymiser has no directory.
    Map<LessonSection, String> text = new EnumMap<>(sections());
    text.put(LessonSection.WHAT_WE_DID, "We asked Tamsin Oduya to hold the rota.");
    f.sdk
        .lessons()
        .draft(
            asAuthor,
            LessonDraft.builder()
                .id(ID)
                .forum(f.forum)
                .kind(LessonKind.PROCESS)
                .sections(LessonSections.of(text))
                .build());
    f.sdk.lessons().submit(asAuthor, ID);
    f.sdk.lessons().consent(asAuthor, ID, Tier.FORUM);
    ForumSdk plain =
        ForumSdk.builder()
            .storage(f.storage)
            .clock(clock)
            .anonymiser(Anonymisers.builder().build())
            .build();
    ForumSdk knowing =
        ForumSdk.builder()
            .storage(f.storage)
            .clock(clock)
            .anonymiser(
                Anonymisers.builder()
                    .directory(
                        NameDirectory.of(List.of(DirectoryEntry.person("d-2", "Tamsin", "Oduya"))))
                    .build())
            .build();
    Lesson run = plain.lessons().anonymise(reviewer, ID, Tier.FORUM);
    List<TierFinding> findings = run.tier(Tier.FORUM).orElseThrow().findings();
    for (int k = 0; k < findings.size(); k++) {
      if (findings.get(k).needsDecision()) {
        plain.lessons().decide(reviewer, ID, Tier.FORUM, k + 1, FindingDecision.KEEP);
      }
    }
    RuleViolationException changed =
        refusal(() -> knowing.lessons().clear(reviewer, ID, Tier.FORUM));
    assertThat(changed.has(ViolationCode.LESSON_FINDING)).isTrue();
    assertThat(changed.getMessage()).doesNotContain("Oduya");

    plain.lessons().clear(reviewer, ID, Tier.FORUM);
    long version = stored().version();
    RuleViolationException left =
        refusal(() -> knowing.lessons().publish(reviewer, ID, Tier.FORUM));
    assertThat(left.has(ViolationCode.LESSON_IDENTIFIER_LEFT)).isTrue();
    assertThat(left.getMessage()).doesNotContain("Oduya");
    assertThat(stored().version()).isEqualTo(version);
    assertThat(plain.lessons().publish(reviewer, ID, Tier.FORUM).tier()).isEqualTo(Tier.FORUM);
  }

  @Test
  void aLessonWithItsTiersSurvivesJson() {
    submitted(f);
    publishedAt(Tier.FORUM);
    f.sdk.lessons().consent(asAuthor, ID, Tier.ORGANISATION);
    Lesson lesson = stored();
    assertThat(ForumJson.read(ForumJson.write(lesson), Lesson.class)).isEqualTo(lesson);
    PublishedLesson read = f.sdk.lessons().read(member, ID, Tier.FORUM);
    assertThat(ForumJson.read(ForumJson.write(read), PublishedLesson.class)).isEqualTo(read);
    assertThat(lesson.toString()).doesNotContain(EMAIL, "Okafor", "We asked", "We wrote about");
  }
}

package org.practitionersforum.core.internal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.LessonFinalised;
import org.practitionersforum.api.event.LessonQuestionAsked;
import org.practitionersforum.api.event.LessonSubmitted;
import org.practitionersforum.api.event.LessonWithdrawn;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.lesson.Submission;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.privacy.ErasureReceipt;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.core.internal.tx.CoreStoresOnly;
import org.practitionersforum.testkit.TestClock;

/** The lesson service on the in-memory store: LS-1, LS-2 and LS-4 end to end. */
class LessonServiceTest {
  static final PersonId REVIEWER = PersonId.of("reviewer-1");
  static final LessonId ID = LessonId.of("lesson-1");

  private final TestClock clock = new TestClock(TermsFixture.NOW);
  private final TermsFixture f =
      new TermsFixture(4, 0, clock, true, b -> b.referenceCodeIterations(1_000));
  private final PractitionerId author = f.members.get(0);
  private final Actor asAuthor = Actor.practitioner(author);
  private final Actor reviewer = Actor.reviewer(REVIEWER);

  static Map<LessonSection, String> sections(int count) {
    Map<LessonSection, String> out = new EnumMap<>(LessonSection.class);
    for (LessonSection s : LessonSection.values()) {
      if (out.size() < count) {
        out.put(s, "We wrote about " + s.title().toLowerCase() + " here.");
      }
    }
    return out;
  }

  private Lesson draft(int sections) {
    return f.sdk
        .lessons()
        .draft(
            asAuthor,
            LessonDraft.builder()
                .id(ID)
                .forum(f.forum)
                .kind(LessonKind.PROCESS)
                .sections(LessonSections.of(sections(sections)))
                .build());
  }

  private Submission submitted() {
    draft(6);
    return f.sdk.lessons().submit(asAuthor, ID);
  }

  @Test
  void aLessonIsDraftedQuestionedAnsweredFinalisedAndWithdrawnByItsCode() {
    Lesson drafted = draft(3);
    assertThat(drafted.state()).isEqualTo(LessonState.DRAFT);
    Lesson edited = f.sdk.lessons().edit(asAuthor, ID, LessonKind.SYSTEM, sections(6));
    assertThat(edited.kind()).isEqualTo(LessonKind.SYSTEM);
    assertThat(edited.missingSections()).isEmpty();

    Submission submission = f.sdk.lessons().submit(asAuthor, ID);
    assertThat(submission.lesson().state()).isEqualTo(LessonState.SUBMITTED);
    assertThat(submission.code().value()).startsWith("lesson-1.");
    assertThat(submission.code().secret()).hasSizeGreaterThanOrEqualTo(24);
    assertThat(submission.toString()).doesNotContain(submission.code().secret());

    f.sdk.lessons().ask(reviewer, ID, "At what stage did the team first raise concerns?");
    Lesson waiting = f.sdk.lessons().mine(asAuthor).get(0);
    assertThat(waiting.questions()).hasSize(1);
    assertThat(waiting.questions().get(0).answer()).isEmpty();
    assertThat(f.events).anyMatch(LessonQuestionAsked.class::isInstance);

    RuleViolationException unanswered =
        (RuleViolationException) catchThrowable(() -> f.sdk.lessons().finalise(asAuthor, ID));
    assertThat(unanswered.has(ViolationCode.LESSON_QUESTION)).isTrue();

    f.sdk.lessons().answer(asAuthor, ID, 1, "In the second month, at the review meeting.");
    Lesson finalised = f.sdk.lessons().finalise(asAuthor, ID);
    assertThat(finalised.finalised()).isTrue();
    assertThat(f.sdk.lessons().mine(asAuthor)).isEmpty();
    assertThatThrownBy(() -> f.sdk.lessons().get(asAuthor, ID))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(f.sdk.lessons().get(reviewer, ID).questions().get(0).answer()).isPresent();
    RuleViolationException noOneToAsk =
        (RuleViolationException)
            catchThrowable(() -> f.sdk.lessons().ask(reviewer, ID, "Anything else?"));
    assertThat(noOneToAsk.has(ViolationCode.LESSON_FINALISED)).isTrue();

    Lesson proved = f.sdk.lessons().prove(asAuthor, ReferenceCode.parse(submission.code().value()));
    assertThat(proved.id()).isEqualTo(ID);
    f.sdk.lessons().withdraw(Actor.practitioner(f.members.get(2)), submission.code());
    assertThat(f.events).anyMatch(e -> e instanceof LessonWithdrawn w && w.lesson().equals(ID));
    assertThatThrownBy(() -> f.sdk.lessons().get(reviewer, ID))
        .isInstanceOf(NotFoundException.class);
    Lesson shell =
        f.storage
            .inTransaction(
                tx -> ((org.practitionersforum.api.spi.LessonTransaction) tx).lessons().find(ID))
            .orElseThrow();
    assertThat(shell.sections().asMap()).isEmpty();
    assertThat(shell.questions()).isEmpty();
  }

  @Test
  void submittingListsEveryMissingSectionAtOnceAndChangesNothing() {
    draft(2);
    List<Object> before = snapshot();
    RuleViolationException refused =
        (RuleViolationException) catchThrowable(() -> f.sdk.lessons().submit(asAuthor, ID));
    assertThat(refused.violations())
        .extracting(Violation::code)
        .containsExactly(
            ViolationCode.LESSON_SECTION_MISSING,
            ViolationCode.LESSON_SECTION_MISSING,
            ViolationCode.LESSON_SECTION_MISSING,
            ViolationCode.LESSON_SECTION_MISSING);
    assertThat(refused.getMessage()).contains("LS-1");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void badInputIsRefusedWithATypedErrorAndStoresNothing() {
    List<Object> before = snapshot();
    Map<LessonSection, String> oversize = sections(6);
    oversize.put(LessonSection.WHY_IT_FAILED, "x".repeat(Lesson.MAX_SECTION_LENGTH + 1));
    assertThatThrownBy(
            () ->
                f.sdk
                    .lessons()
                    .draft(
                        asAuthor,
                        LessonDraft.builder()
                            .id(ID)
                            .forum(f.forum)
                            .kind(LessonKind.PRODUCT)
                            .sections(LessonSections.of(oversize))
                            .build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("LS-1");
    assertThatThrownBy(() -> ReferenceCode.parse("lesson-1.short"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("LS-2");
    assertThatThrownBy(() -> f.sdk.lessons().ask(reviewer, ID, " "))
        .isInstanceOf(InvalidInputException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void wrongCodesAreCountedPerLessonAndLockItForAWhile() {
    Submission s = submitted();
    ReferenceCode wrong = ReferenceCode.of(ID, "A".repeat(24));
    for (int k = 0; k < ReferenceCodes.FAILURES_BEFORE_LOCK; k++) {
      RuleViolationException e =
          (RuleViolationException) catchThrowable(() -> f.sdk.lessons().withdraw(reviewer, wrong));
      assertThat(e.has(ViolationCode.REFERENCE_CODE_WRONG)).isTrue();
      assertThat(e.getMessage()).doesNotContain(wrong.secret());
    }
    // Now even the right code is refused, and by a second SDK on the same store: the count is
    // stored, not kept in memory.
    ForumSdk other =
        ForumSdk.builder().storage(f.storage).clock(clock).referenceCodeIterations(1_000).build();
    RuleViolationException locked =
        (RuleViolationException) catchThrowable(() -> other.lessons().withdraw(asAuthor, s.code()));
    assertThat(locked.has(ViolationCode.REFERENCE_CODE_LOCKED)).isTrue();
    assertThat(f.sdk.lessons().get(reviewer, ID).state()).isEqualTo(LessonState.SUBMITTED);

    clock.advance(ReferenceCodes.FIRST_LOCK.plus(Duration.ofSeconds(1)));
    other.lessons().withdraw(asAuthor, s.code());
    assertThatThrownBy(() -> f.sdk.lessons().get(reviewer, ID))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theLockDoublesAfterEachFurtherRunOfWrongCodes() {
    submitted();
    ReferenceCode wrong = ReferenceCode.of(ID, "B".repeat(24));
    for (int run = 1; run <= 3; run++) {
      for (int k = 0; k < ReferenceCodes.FAILURES_BEFORE_LOCK; k++) {
        catchThrowable(() -> f.sdk.lessons().prove(reviewer, wrong));
      }
      Duration wait = ReferenceCodes.FIRST_LOCK.multipliedBy(1L << (run - 1));
      clock.advance(wait.minusSeconds(1));
      assertThat(
              ((RuleViolationException)
                      catchThrowable(() -> f.sdk.lessons().prove(reviewer, wrong)))
                  .has(ViolationCode.REFERENCE_CODE_LOCKED))
          .isTrue();
      clock.advance(Duration.ofSeconds(2));
    }
  }

  @Test
  void aCodeForNoStoredLessonIsRefusedLikeAWrongOne() {
    RuleViolationException e =
        (RuleViolationException)
            catchThrowable(
                () ->
                    f.sdk
                        .lessons()
                        .withdraw(reviewer, ReferenceCode.of(LessonId.of("nope"), "C".repeat(24))));
    assertThat(e.has(ViolationCode.REFERENCE_CODE_WRONG)).isTrue();
  }

  @Test
  void afterFinalisationNothingStoredPublishedOrAuditedNamesTheAuthor() {
    Submission s = submitted();
    f.sdk.lessons().ask(reviewer, ID, "Which stage?");
    f.sdk.lessons().answer(asAuthor, ID, 1, "The pilot.");
    f.sdk.lessons().finalise(asAuthor, ID);
    List<String> everything = new ArrayList<>(f.storage.everythingAsJson());
    for (AuditRecord r :
        f.sdk
            .audit()
            .query(Actor.administrator(TermsFixture.ADMIN), AuditQuery.all().limit(500))
            .records()) {
      everything.add(ForumJson.write(r));
      everything.add(r.toString());
    }
    List<String> lessonTexts = new ArrayList<>();
    for (String text : everything) {
      if (text.contains(ID.value())) {
        lessonTexts.add(text);
      }
    }
    assertThat(lessonTexts).isNotEmpty();
    assertThat(lessonTexts).noneMatch(t -> t.contains(author.value()));
    assertThat(everything).noneMatch(t -> t.contains(s.code().secret()));
    for (ForumEvent e : f.events) {
      assertThat(ForumJson.write(e)).doesNotContain(s.code().secret());
      if (e.toString().contains(ID.value())) {
        assertThat(ForumJson.write(e) + e).doesNotContain(author.value());
      }
    }
    assertThat(f.events)
        .anyMatch(LessonSubmitted.class::isInstance)
        .anyMatch(LessonFinalised.class::isInstance);
  }

  @Test
  void managersNeverReachALessonAndReviewersNeverLearnItsAuthor() {
    Submission s = submitted();
    Actor manager = Actor.manager(TermsFixture.SPONSOR);
    List<Runnable> calls =
        List.of(
            () -> f.sdk.lessons().get(manager, ID),
            () -> f.sdk.lessons().ask(manager, ID, "Who wrote this?"),
            () -> f.sdk.lessons().mine(manager),
            () -> f.sdk.lessons().finalise(manager, ID),
            () -> f.sdk.lessons().withdraw(manager, ID),
            () -> f.sdk.lessons().edit(manager, ID, LessonKind.PRODUCT, sections(6)),
            () -> f.sdk.lessons().answer(manager, ID, 1, "No."));
    for (Runnable call : calls) {
      Throwable t = catchThrowable(call::run);
      assertThat(t).isInstanceOf(PermissionDeniedException.class);
      assertThat(t.getMessage()).doesNotContain(author.value());
    }
    Lesson seen = f.sdk.lessons().get(reviewer, ID);
    assertThat(ForumJson.write(seen) + seen).doesNotContain(author.value());
    // A reviewer acting as if author is refused without being told who is.
    Throwable t = catchThrowable(() -> f.sdk.lessons().finalise(reviewer, ID));
    assertThat(t).isInstanceOf(PermissionDeniedException.class);
    assertThat(t.getMessage()).doesNotContain(author.value());
    // Another member of the forum is not the author.
    Actor colleague = Actor.practitioner(f.members.get(1));
    assertThatThrownBy(() -> f.sdk.lessons().withdraw(colleague, ID))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> f.sdk.lessons().get(colleague, ID))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(f.sdk.lessons().mine(colleague)).isEmpty();
    assertThat(s.lesson().toString()).doesNotContain("We wrote");
  }

  @Test
  void reviewersSeeNoDraftAndNoWithdrawnLesson() {
    draft(6);
    assertThatThrownBy(() -> f.sdk.lessons().get(reviewer, ID))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> f.sdk.lessons().ask(reviewer, ID, "Why?"))
        .isInstanceOf(NotFoundException.class);
    f.sdk.lessons().submit(asAuthor, ID);
    f.sdk.lessons().withdraw(asAuthor, ID);
    assertThatThrownBy(() -> f.sdk.lessons().get(reviewer, ID))
        .isInstanceOf(NotFoundException.class);
    assertThat(f.sdk.lessons().mine(asAuthor)).isEmpty();
  }

  @Test
  void onlyAMemberOfTheForumDraftsALessonFromIt() {
    Actor outsider = Actor.practitioner(PractitionerId.of("p-99"));
    assertThatThrownBy(
            () ->
                f.sdk
                    .lessons()
                    .draft(
                        outsider,
                        LessonDraft.builder()
                            .id(ID)
                            .forum(f.forum)
                            .kind(LessonKind.PROCESS)
                            .build()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("LS-1");
  }

  @Test
  void erasureRemovesDraftsAndTheAuthorshipOfSubmittedLessons() {
    submitted();
    f.sdk
        .lessons()
        .draft(
            asAuthor,
            LessonDraft.builder()
                .id(LessonId.of("lesson-2"))
                .forum(f.forum)
                .kind(LessonKind.SERVICE)
                .sections(LessonSections.of(sections(1)))
                .build());
    Actor admin = Actor.administrator(TermsFixture.ADMIN);
    String export = f.sdk.privacy().export(admin, author);
    assertThat(export).contains("\"lessons\"").contains("lesson-1").contains("lesson-2");
    ErasureReceipt receipt = f.sdk.privacy().erase(admin, author);
    assertThat(receipt.toString()).doesNotContain(author.value());
    assertThat(receipt.removed(ErasureCategory.LESSON_DRAFT)).isEqualTo(1);
    assertThat(receipt.removed(ErasureCategory.LESSON_AUTHORSHIP)).isEqualTo(1);
    assertThat(f.sdk.lessons().get(reviewer, ID).state()).isEqualTo(LessonState.SUBMITTED);
    assertThat(f.storage.everythingAsJson()).noneMatch(t -> t.contains(author.value()));
    assertThat(f.storage.everythingAsJson()).noneMatch(t -> t.contains("lesson-2"));
  }

  @Test
  void aStorageWithoutLessonsRefusesThemAndStillErases() {
    ForumStorage plain =
        new ForumStorage() {
          @Override
          public <T> T inTransaction(org.practitionersforum.api.spi.TransactionWork<T> work) {
            return f.storage.inTransaction(tx -> work.execute(new CoreStoresOnly(tx)));
          }
        };
    ForumSdk sdk = ForumSdk.builder().storage(plain).clock(clock).build();
    Throwable t = catchThrowable(() -> sdk.lessons().mine(asAuthor));
    assertThat(t).isInstanceOf(StorageException.class).hasMessageStartingWith("LS-1");
    assertThat(((StorageException) t).retryable()).isFalse();
    sdk.privacy().erase(Actor.administrator(TermsFixture.ADMIN), f.members.get(3));
  }

  private List<Object> snapshot() {
    List<Object> out = new ArrayList<>(f.storage.everythingAsJson());
    out.sort(java.util.Comparator.comparing(Object::toString));
    out.add(List.copyOf(f.events));
    return out;
  }
}

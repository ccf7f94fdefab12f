package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.Operator;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonSettings;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.LessonTier;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.QuasiIdentifiers;
import org.practitionersforum.api.lesson.Question;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.lesson.TierFinding;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.CodeCheck;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.LessonTransaction;

/**
 * The contract of {@link org.practitionersforum.api.spi.LessonStore} and {@link
 * org.practitionersforum.api.spi.AuthorEscrowStore}, for a storage whose transactions are {@link
 * LessonTransaction}s: lessons stored whole with their question threads and read back exactly, with
 * optimistic versions; code checks with versions of their own; the author escrow apart, found by
 * lesson and by author; all of it undone with the unit of work. Skipped for a storage that keeps no
 * lessons. It extends the erasure contract for its every-value scan of the storage: a store that
 * keeps lessons must erase and export them too.
 */
public interface LessonStoreContract extends ErasureContract {

  /**
   * Returns a submitted lesson with every section and a thread of two questions, one answered.
   *
   * @param id the lesson's id
   * @return the lesson, at version 0
   */
  static Lesson sampleLesson(String id) {
    Instant t = Instant.parse("2026-02-03T04:05:06.123456789Z");
    Map<LessonSection, String> sections = new EnumMap<>(LessonSection.class);
    for (LessonSection s : LessonSection.values()) {
      sections.put(s, "Text of " + s.title() + ", with “quotes” and ünïcode.\nSecond line.");
    }
    return Lesson.builder()
        .id(LessonId.of(id))
        .forum(ForumId.of("forum-lessons"))
        .organisation(OrganisationId.of("org-lessons"))
        .kind(LessonKind.STRUCTURE)
        .sections(LessonSections.of(sections))
        .state(LessonState.SUBMITTED)
        .createdAt(t)
        .submittedAt(t.plusSeconds(60))
        .addQuestions(
            Question.builder()
                .number(1)
                .text("When did you first doubt it?")
                .askedAt(t.plusSeconds(120))
                .answer("At the second review.")
                .answeredAt(t.plusSeconds(180))
                .build(),
            Question.builder().number(2).text("Who decided?").askedAt(t.plusSeconds(240)).build())
        .build();
  }

  /**
   * Returns the sample lesson published at the forum tier, with a finding decided and one needing
   * none, and consented to at the organisation tier.
   *
   * @param id the lesson's id
   * @return the lesson, at version 0
   */
  static Lesson sampleLessonWithTiers(String id) {
    Lesson lesson = sampleLesson(id);
    Instant t = lesson.submittedAt().orElseThrow().plusSeconds(600);
    Map<LessonSection, String> anonymised = new EnumMap<>(lesson.sections().asMap());
    anonymised.put(LessonSection.WHAT_WE_DID, "We asked [PERSON-1] to write to [EMAIL-1].");
    LessonTier forum =
        LessonTier.builder()
            .tier(Tier.FORUM)
            .consentedAt(t)
            .anonymisedAt(t.plusSeconds(1))
            .anonymised(LessonSections.of(anonymised))
            .addFindings(
                new TierFinding(
                    LessonSection.WHAT_WE_DID,
                    new Finding(
                        9,
                        19,
                        9,
                        19,
                        IdentifierType.PERSON,
                        "heuristic.title",
                        Confidence.LOW,
                        Operator.PLACEHOLDER,
                        "[PERSON-1]"),
                    false,
                    Optional.of(FindingDecision.REDACT)),
                new TierFinding(
                    LessonSection.WHAT_WE_DID,
                    new Finding(
                        32,
                        52,
                        32,
                        41,
                        IdentifierType.EMAIL,
                        "email",
                        Confidence.HIGH,
                        Operator.PLACEHOLDER,
                        "[EMAIL-1]"),
                    false,
                    Optional.empty()),
                new TierFinding(
                    LessonSection.NEXT_TIME,
                    new Finding(
                        3,
                        7,
                        3,
                        7,
                        IdentifierType.PERSON,
                        "heuristic.name-pair",
                        Confidence.LOW,
                        Operator.PLACEHOLDER,
                        ""),
                    true,
                    Optional.of(FindingDecision.KEEP)))
            .clearedAt(t.plusSeconds(2))
            .publishedAt(t.plusSeconds(3))
            .disclosure(
                new Disclosure(
                    Disclosure.Place.LOCALITY,
                    Disclosure.Practice.DISCIPLINE,
                    Disclosure.Period.QUARTER))
            .build();
    // The author agreed to show no more than the locality and discipline at the organisation tier.
    LessonTier organisation =
        LessonTier.builder()
            .tier(Tier.ORGANISATION)
            .consentedAt(t.plusSeconds(4))
            .consentedDisclosure(
                new Disclosure(
                    Disclosure.Place.LOCALITY,
                    Disclosure.Practice.DISCIPLINE,
                    Disclosure.Period.MONTH))
            .build();
    QuasiIdentifiers author =
        new QuasiIdentifiers(
            Discipline.SOCIAL_WORK,
            Specialism.ADULTS,
            BaseId.of("base-lessons"),
            LocalityId.of("north"),
            OrganisationId.of("org-lessons"),
            YearMonth.of(2026, 2));
    return Lesson.builder()
        .from(lesson)
        .quasiIdentifiers(author)
        .tiers(List.of(forum, organisation))
        .build();
  }

  /**
   * Returns a code check at version 0, as a submission stores it.
   *
   * @return the check
   */
  static CodeCheck sampleCheck() {
    return new CodeCheck("0f".repeat(16), "a1".repeat(32), 1_000, 0, Optional.empty(), 0);
  }

  /** Runs work on the lesson part of a unit of work; skips the test on a storage without it. */
  private <T> T lessons(Function<LessonTransaction, T> work) {
    return storage()
        .inTransaction(
            tx -> {
              assumeTrue(tx instanceof LessonTransaction, "this storage keeps no lessons");
              return work.apply((LessonTransaction) tx);
            });
  }

  private Optional<Lesson> storedLesson(LessonId id) {
    return lessons(tx -> tx.lessons().find(id));
  }

  private Optional<CodeCheck> storedCheck(LessonId id) {
    return lessons(tx -> tx.lessons().findCodeCheck(id));
  }

  private Optional<PractitionerId> storedAuthor(LessonId id) {
    return lessons(tx -> tx.authorEscrow().findAuthor(id));
  }

  private List<LessonId> authored(PractitionerId author) {
    return lessons(tx -> tx.authorEscrow().findLessons(author));
  }

  private boolean erased(LessonId id) {
    return lessons(tx -> tx.authorEscrow().delete(id));
  }

  /**
   * A lesson's tiers are stored whole with it, findings and decisions included, read back exactly,
   * replaced by an update and deleted with the lesson.
   */
  @Test
  default void lessonStoreKeepsTiersWithTheirFindingsAndDecisions() {
    String ns = StorageFixtures.namespace();
    Lesson lesson = sampleLessonWithTiers(ns + "tiered");
    Lesson stored = lessons(tx -> tx.lessons().insert(lesson));
    assertThat(storedLesson(lesson.id())).contains(stored);
    assertThat(stored.tiers()).isEqualTo(lesson.tiers());

    Lesson fewer = Lesson.builder().from(stored).tiers(List.of(stored.tiers().get(0))).build();
    Lesson updated = lessons(tx -> tx.lessons().update(fewer));
    assertThat(storedLesson(lesson.id())).contains(updated);
    assertThat(updated.tier(Tier.ORGANISATION)).isEmpty();

    Lesson none = Lesson.builder().from(updated).tiers(List.of()).build();
    Lesson cleared = lessons(tx -> tx.lessons().update(none));
    assertThat(storedLesson(lesson.id())).contains(cleared);
    Lesson again =
        lessons(
            tx ->
                tx.lessons().update(Lesson.builder().from(cleared).tiers(stored.tiers()).build()));
    lessons(
        tx -> {
          tx.lessons().delete(again);
          return null;
        });
    assertThat(storedLesson(lesson.id())).isEmpty();
  }

  /**
   * Through the SDK on this storage: a lesson consented, anonymised, decided, cleared and published
   * at the forum tier, read by its forum's member without the identifier it held, then finalised
   * (no row holding the lesson holds its author) and withdrawn by its code: no tier reads it.
   */
  @Test
  default void lessonsArePublishedAtATierAndWithdrawnFromItOnThisStorage() {
    boolean keeps = storage().inTransaction(tx -> tx instanceof LessonTransaction);
    assumeTrue(keeps, "this storage keeps no lessons");
    LessonWorld w = new LessonWorld(storage());
    w.colleagues(LessonSettings.DEFAULT_K - 1);
    ReferenceCode code = w.submit();
    w.clearFor(Tier.FORUM);
    PublishedLesson published = w.sdk.lessons().publish(w.reviewer, w.lesson, Tier.FORUM);
    assertThat(published.attribution().orElseThrow().disclosure()).isEqualTo(Disclosure.exact());
    PublishedLesson read = w.sdk.lessons().read(Actor.practitioner(w.author), w.lesson, Tier.FORUM);
    assertThat(read).isEqualTo(published);
    assertThat(read.sections().get(LessonSection.WHAT_WE_DID).orElseThrow())
        .doesNotContain(LessonWorld.EMAIL)
        .contains("[EMAIL-1]");
    assertThatThrownBy(
            () -> w.sdk.lessons().read(Actor.manager(w.reviewer.person()), w.lesson, Tier.FORUM))
        .isInstanceOf(NotFoundException.class);

    w.sdk.lessons().finalise(Actor.practitioner(w.author), w.lesson);
    everythingStored()
        .ifPresent(
            text -> {
              for (String row : text.split("\n")) {
                if (row.contains(w.lesson.value())) {
                  assertThat(row).as("a row holding the lesson").doesNotContain(w.author.value());
                }
              }
              assertThat(text).doesNotContain(code.secret());
            });
    w.sdk.lessons().withdraw(w.reviewer, code);
    for (Tier tier : Tier.values()) {
      assertThatThrownBy(() -> w.sdk.lessons().read(w.reviewer, w.lesson, tier))
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(storedLesson(w.lesson).orElseThrow().tiers()).isEmpty();
  }

  /** Inserted lessons are stored at version 1 and read back exactly, thread and all. */
  @Test
  default void lessonStoreInsertsAtVersionOneAndReadsBackExactly() {
    String ns = StorageFixtures.namespace();
    Lesson lesson = sampleLesson(ns + "lesson-insert");
    Lesson expected = Lesson.builder().from(lesson).version(1).build();
    Lesson stored =
        lessons(
            tx -> {
              Lesson s = tx.lessons().insert(lesson);
              assertThat(tx.lessons().find(lesson.id())).contains(expected);
              return s;
            });
    assertThat(stored).isEqualTo(expected);
    assertThat(storedLesson(lesson.id())).contains(expected);
    assertThat(storedLesson(LessonId.of(ns + "no-such-lesson"))).isEmpty();
    Lesson draft =
        Lesson.builder()
            .from(lesson)
            .id(LessonId.of(ns + "lesson-draft"))
            .state(LessonState.DRAFT)
            .sections(LessonSections.empty())
            .submittedAt(Optional.empty())
            .questions(List.of())
            .build();
    lessons(tx -> tx.lessons().insert(draft));
    assertThat(storedLesson(draft.id())).contains(Lesson.builder().from(draft).version(1).build());
  }

  /** A lesson not at version 0 cannot be inserted, and an id is inserted once. */
  @Test
  default void lessonStoreRefusesBadInserts() {
    String ns = StorageFixtures.namespace();
    Lesson lesson = sampleLesson(ns + "lesson-dup");
    assertThatThrownBy(
            () ->
                lessons(
                    tx -> tx.lessons().insert(Lesson.builder().from(lesson).version(2).build())))
        .isInstanceOf(IllegalArgumentException.class);
    lessons(tx -> tx.lessons().insert(lesson));
    assertThatThrownBy(() -> lessons(tx -> tx.lessons().insert(lesson)))
        .isInstanceOf(DuplicateException.class);
  }

  /** Updates replace the lesson and its thread at the next version; stale and missing refused. */
  @Test
  default void lessonStoreUpdatesWithOptimisticVersions() {
    String ns = StorageFixtures.namespace();
    Lesson v1 = lessons(tx -> tx.lessons().insert(sampleLesson(ns + "lesson-update")));
    Instant t = Instant.parse("2026-02-05T00:00:00Z");
    Lesson withdrawn =
        Lesson.builder()
            .from(v1)
            .state(LessonState.WITHDRAWN)
            .withdrawnAt(t)
            .finalised(true)
            .sections(LessonSections.empty())
            .questions(List.of())
            .build();
    Lesson v2 = lessons(tx -> tx.lessons().update(withdrawn));
    assertThat(v2).isEqualTo(Lesson.builder().from(withdrawn).version(2).build());
    assertThat(storedLesson(v1.id())).contains(v2);
    assertThatThrownBy(() -> lessons(tx -> tx.lessons().update(v1)))
        .isInstanceOf(ConcurrentUpdateException.class);
    Lesson missing = Lesson.builder().from(v1).id(LessonId.of(ns + "lesson-missing")).build();
    assertThatThrownBy(() -> lessons(tx -> tx.lessons().update(missing)))
        .isInstanceOf(NotFoundException.class);
  }

  /** Code checks are inserted at version 1, updated with versions, and go with their lesson. */
  @Test
  default void lessonStoreKeepsCodeChecksWithVersions() {
    String ns = StorageFixtures.namespace();
    Lesson lesson = lessons(tx -> tx.lessons().insert(sampleLesson(ns + "lesson-code")));
    assertThat(storedCheck(lesson.id())).isEmpty();
    CodeCheck v1 = lessons(tx -> tx.lessons().saveCodeCheck(lesson.id(), sampleCheck()));
    assertThat(v1).isEqualTo(sampleCheck().withVersion(1));
    assertThat(storedCheck(lesson.id())).contains(v1);
    CodeCheck failed =
        v1.withFailures(5, Optional.of(Instant.parse("2026-02-05T00:15:00.000000001Z")));
    CodeCheck v2 = lessons(tx -> tx.lessons().saveCodeCheck(lesson.id(), failed));
    assertThat(v2).isEqualTo(failed.withVersion(2));
    assertThat(storedCheck(lesson.id())).contains(v2);
    assertThatThrownBy(() -> lessons(tx -> tx.lessons().saveCodeCheck(lesson.id(), v1)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> lessons(tx -> tx.lessons().saveCodeCheck(lesson.id(), sampleCheck())))
        .isInstanceOf(DuplicateException.class);
    assertThatThrownBy(
            () ->
                lessons(
                    tx -> tx.lessons().saveCodeCheck(LessonId.of(ns + "nowhere"), sampleCheck())))
        .isInstanceOf(NotFoundException.class);
    lessons(
        tx -> {
          tx.lessons().delete(tx.lessons().find(lesson.id()).orElseThrow());
          assertThat(tx.lessons().find(lesson.id())).isEmpty();
          return null;
        });
    assertThat(storedLesson(lesson.id())).isEmpty();
    assertThat(storedCheck(lesson.id())).isEmpty();
  }

  /** The escrow holds one author per lesson, finds by lesson and by author, and erases. */
  @Test
  default void authorEscrowHoldsFindsAndErasesAuthors() {
    String ns = StorageFixtures.namespace();
    PractitionerId author = PractitionerId.of(ns + "p-author");
    PractitionerId other = PractitionerId.of(ns + "p-other");
    lessons(
        tx -> {
          tx.authorEscrow().insert(LessonId.of(ns + "lesson-b"), author);
          tx.authorEscrow().insert(LessonId.of(ns + "lesson-a"), author);
          tx.authorEscrow().insert(LessonId.of(ns + "lesson-c"), other);
          assertThat(tx.authorEscrow().findLessons(author))
              .containsExactly(LessonId.of(ns + "lesson-a"), LessonId.of(ns + "lesson-b"));
          return null;
        });
    assertThat(storedAuthor(LessonId.of(ns + "lesson-c"))).contains(other);
    assertThatThrownBy(
            () ->
                lessons(
                    tx -> {
                      tx.authorEscrow().insert(LessonId.of(ns + "lesson-a"), other);
                      return null;
                    }))
        .isInstanceOf(DuplicateException.class);
    assertThat(erased(LessonId.of(ns + "lesson-a"))).isTrue();
    assertThat(erased(LessonId.of(ns + "lesson-a"))).isFalse();
    assertThat(storedAuthor(LessonId.of(ns + "lesson-a"))).isEmpty();
    assertThat(authored(author)).containsExactly(LessonId.of(ns + "lesson-b"));
  }

  /** A unit of work that fails stores none of its lessons, checks or authors. */
  @Test
  default void lessonWritesAreUndoneWithTheirUnitOfWork() {
    String ns = StorageFixtures.namespace();
    Lesson lesson = sampleLesson(ns + "lesson-rollback");
    Throwable t =
        catchThrowable(
            () ->
                lessons(
                    tx -> {
                      tx.lessons().insert(lesson);
                      tx.lessons().saveCodeCheck(lesson.id(), sampleCheck());
                      tx.authorEscrow().insert(lesson.id(), PractitionerId.of("p-1"));
                      throw new IllegalStateException("the work fails");
                    }));
    assertThat(t).isInstanceOf(IllegalStateException.class);
    assertThat(storedLesson(lesson.id())).isEmpty();
    assertThat(storedCheck(lesson.id())).isEmpty();
    assertThat(storedAuthor(lesson.id())).isEmpty();
  }

  /**
   * Through the SDK on this storage: a lesson drafted, questioned, answered, finalised; wrong
   * reference codes counted in the store until the lesson accepts none; then withdrawn by its code
   * after the wait, and no read returns it.
   */
  @Test
  default void lessonsRunEndToEndOnThisStorage() {
    String ns = StorageFixtures.namespace();
    boolean keeps = storage().inTransaction(tx -> tx instanceof LessonTransaction);
    assumeTrue(keeps, "this storage keeps no lessons");
    LessonWorld w = new LessonWorld(storage());
    ReferenceCode code = w.submitFinalised();
    ReferenceCode wrong = ReferenceCode.of(code.lesson(), "W".repeat(24));
    for (int k = 0; k < 5; k++) {
      Throwable e = catchThrowable(() -> w.sdk.lessons().withdraw(w.reviewer, wrong));
      assertThat(((RuleViolationException) e).has(ViolationCode.REFERENCE_CODE_WRONG)).isTrue();
    }
    Throwable locked = catchThrowable(() -> w.sdk.lessons().withdraw(w.reviewer, code));
    assertThat(((RuleViolationException) locked).has(ViolationCode.REFERENCE_CODE_LOCKED)).isTrue();
    w.clock.advance(java.time.Duration.ofMinutes(16));
    w.sdk.lessons().withdraw(w.reviewer, code);
    assertThatThrownBy(() -> w.sdk.lessons().get(w.reviewer, code.lesson()))
        .isInstanceOf(NotFoundException.class);
    assertThat(authored(w.author)).isEmpty();
  }

  /**
   * After the author finalises a lesson, no row of any table that holds the lesson's id holds the
   * author's id, the author escrow holds nothing of the lesson, and the reference code's secret is
   * nowhere: checked on every value the storage holds, where the test supplies {@link
   * #everythingStored()}, and on what the services read otherwise.
   */
  @Test
  default void afterFinalisationNoRowLinksTheLessonToItsAuthor() {
    boolean keeps = storage().inTransaction(tx -> tx instanceof LessonTransaction);
    assumeTrue(keeps, "this storage keeps no lessons");
    LessonWorld w = new LessonWorld(storage());
    ReferenceCode code = w.submitFinalised();
    assertThat(storedAuthor(w.lesson)).isEmpty();
    assertThat(authored(w.author)).isEmpty();
    Optional<String> everything = everythingStored();
    everything.ifPresent(
        text -> {
          assertThat(text).contains(w.lesson.value()).contains(w.author.value());
          for (String row : text.split("\n")) {
            if (row.contains(w.lesson.value())) {
              assertThat(row).as("a row holding the lesson").doesNotContain(w.author.value());
            }
          }
          assertThat(text).doesNotContain(code.secret());
        });
  }
}

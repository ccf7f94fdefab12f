package org.practitionersforum.tck;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
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
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.testkit.TestClock;

/**
 * A practitioner in a forum of their own, with ids of their own namespace, writing a lesson through
 * the services on a storage under test, for {@link LessonStoreContract}.
 */
final class LessonWorld {
  final String ns = StorageFixtures.namespace();
  final TestClock clock = new TestClock(StorageFixtures.T0);
  final ForumSdk sdk;
  final PractitionerId author = PractitionerId.of(ns + "author");
  final Actor reviewer = Actor.reviewer(PersonId.of(ns + "reviewer"));
  final ForumId forum = ForumId.of(ns + "forum");
  final LessonId lesson = LessonId.of(ns + "lesson");

  private final ForumStorage storage;

  LessonWorld(ForumStorage storage) {
    this.storage = storage;
    sdk = ForumSdk.builder().storage(storage).clock(clock).referenceCodeIterations(1_000).build();
    Actor admin = Actor.administrator(PersonId.of("admin"));
    OrganisationId org = OrganisationId.of(ns + "org");
    BaseId base = BaseId.of(ns + "base");
    sdk.practitioners()
        .register(
            admin,
            PractitionerProfile.builder()
                .id(author)
                .discipline(Discipline.SOCIAL_WORK)
                .specialism(Specialism.ADULTS)
                .base(base)
                .organisation(org)
                .locality(LocalityId.of(ns + "north"))
                .build());
    sdk.forums()
        .propose(
            admin,
            ForumProposal.builder()
                .id(forum)
                .name("Forum of lessons")
                .organisation(org)
                .base(base)
                .locality(LocalityId.of(ns + "north"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    sdk.forums().join(Actor.practitioner(author), forum, author);
  }

  /**
   * Registers practitioners who share every attribute of the author's (AN-4), so that the author's
   * lesson passes a k-gate of up to {@code count + 1} at its most precise disclosure.
   */
  void colleagues(int count) {
    register("colleague-", "base", count);
  }

  /**
   * Registers practitioners who share every attribute of the author's but the base: they work at
   * another base of the same locality.
   */
  void localColleagues(int count) {
    register("local-", "other-base", count);
  }

  /** Deletes the profiles of the first {@code count} local colleagues, as if they had left. */
  void unregisterLocalColleagues(int count) {
    storage.inTransaction(
        tx -> {
          for (int i = 0; i < count; i++) {
            tx.practitioners()
                .delete(
                    tx.practitioners().find(PractitionerId.of(ns + "local-" + i)).orElseThrow());
          }
          return null;
        });
  }

  /** The lesson as stored, read by the reviewer. */
  Lesson stored() {
    return sdk.lessons().get(reviewer, lesson);
  }

  private void register(String prefix, String base, int count) {
    Actor admin = Actor.administrator(PersonId.of("admin"));
    for (int i = 0; i < count; i++) {
      sdk.practitioners()
          .register(
              admin,
              PractitionerProfile.builder()
                  .id(PractitionerId.of(ns + prefix + i))
                  .discipline(Discipline.SOCIAL_WORK)
                  .specialism(Specialism.ADULTS)
                  .base(BaseId.of(ns + base))
                  .organisation(OrganisationId.of(ns + "org"))
                  .locality(LocalityId.of(ns + "north"))
                  .build());
    }
  }

  /** An identifier the anonymiser finds at high confidence, written into one section. */
  static final String EMAIL = "duty.desk@example.org";

  /** Drafts, submits, has a question asked and answered, and finalises; returns the code. */
  ReferenceCode submitFinalised() {
    ReferenceCode code = submit();
    Actor me = Actor.practitioner(author);
    clock.advance(Duration.ofMinutes(1));
    sdk.lessons().ask(reviewer, lesson, "How long did the trial run?");
    clock.advance(Duration.ofMinutes(1));
    sdk.lessons().answer(me, lesson, 1, "Three months.");
    clock.advance(Duration.ofMinutes(1));
    sdk.lessons().finalise(me, lesson);
    return code;
  }

  /** Drafts and submits, one section holding {@link #EMAIL}; returns the code. */
  ReferenceCode submit() {
    Actor me = Actor.practitioner(author);
    Map<LessonSection, String> sections = new EnumMap<>(LessonSection.class);
    for (LessonSection s : LessonSection.values()) {
      sections.put(s, "What happened: " + s.title() + ".");
    }
    sections.put(LessonSection.WHAT_WE_DID, "We sent every referral to " + EMAIL + " at once.");
    clock.advance(Duration.ofMinutes(1));
    sdk.lessons()
        .draft(
            me,
            LessonDraft.builder()
                .id(lesson)
                .forum(forum)
                .kind(LessonKind.SERVICE)
                .sections(LessonSections.of(sections))
                .build());
    clock.advance(Duration.ofMinutes(1));
    return sdk.lessons().submit(me, lesson).code();
  }

  /**
   * The author consents to a tier; a reviewer anonymises, redacts every doubtful finding, clears.
   */
  void clearFor(Tier tier) {
    Actor me = Actor.practitioner(author);
    clock.advance(Duration.ofMinutes(1));
    sdk.lessons().consent(me, lesson, tier);
    clock.advance(Duration.ofMinutes(1));
    Lesson run = sdk.lessons().anonymise(reviewer, lesson, tier);
    List<TierFinding> findings = run.tier(tier).orElseThrow().findings();
    for (int k = 0; k < findings.size(); k++) {
      if (findings.get(k).needsDecision()) {
        sdk.lessons().decide(reviewer, lesson, tier, k + 1, FindingDecision.REDACT);
      }
    }
    clock.advance(Duration.ofMinutes(1));
    sdk.lessons().clear(reviewer, lesson, tier);
  }
}

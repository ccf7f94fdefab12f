package org.practitionersforum.core.internal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;
import org.practitionersforum.testkit.quicktheories.QuickTheoriesGens;

/**
 * Random sequences of lesson commands by every role, compared with a model written here from LS-2
 * and LS-4: a command by the author, finalising and withdrawing succeed exactly when the model says
 * they may; reads never return a withdrawn lesson, a draft to anyone but its author, or anything to
 * a manager; a finalised or withdrawn lesson's author is held nowhere; and no audit record of a
 * lesson names a practitioner.
 */
class LessonProperties {
  private static final List<LessonId> IDS =
      List.of(LessonId.of("l-0"), LessonId.of("l-1"), LessonId.of("l-2"));

  /** What the model knows of one lesson. */
  private static final class Model {
    PractitionerId author;
    LessonState state = LessonState.DRAFT;
    int sections;
    boolean finalised;
    int questions;
    int answered;
    ReferenceCode code;
    int failures;
    java.time.Instant lockedUntil = java.time.Instant.MIN;
  }

  @Test
  void randomSequencesKeepTheAuthorApartAndFollowTheModel() {
    qt().withExamples(40).forAll(QuickTheoriesGens.seeds()).checkAssert(this::run);
  }

  private void run(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TestClock clock = new TestClock(TermsFixture.NOW);
    TermsFixture f = new TermsFixture(4, 0, clock, true, b -> b.referenceCodeIterations(1_000));
    Map<LessonId, Model> models = new HashMap<>();
    List<Actor> actors = new ArrayList<>();
    for (PractitionerId m : f.members) {
      actors.add(Actor.practitioner(m));
    }
    actors.add(Actor.reviewer(PersonId.of("reviewer-1")));
    actors.add(Actor.manager(TermsFixture.SPONSOR));
    actors.add(Actor.administrator(TermsFixture.ADMIN));
    for (int step = 0; step < 40; step++) {
      Actor actor = actors.get(random.nextInt(actors.size()));
      LessonId id = IDS.get(random.nextInt(IDS.size()));
      Model m = models.get(id);
      boolean isAuthor =
          m != null && m.author != null && actor.isPractitioner(m.author) && !m.finalised;
      boolean live = m != null && m.state != LessonState.WITHDRAWN;
      int op = random.nextInt(10);
      try {
        switch (op) {
          case 0 -> {
            int n = random.nextInt(7);
            f.sdk
                .lessons()
                .draft(
                    actor,
                    LessonDraft.builder()
                        .id(id)
                        .forum(f.forum)
                        .kind(LessonKind.PROCESS)
                        .sections(LessonSections.of(sections(n)))
                        .build());
            assertThat(m).as("a lesson id is drafted once").isNull();
            assertThat(actor.role()).isEqualTo(Role.PRACTITIONER);
            Model fresh = new Model();
            fresh.author = actor.person().asPractitioner();
            fresh.sections = n;
            models.put(id, fresh);
          }
          case 1 -> {
            int n = random.nextInt(7);
            f.sdk.lessons().edit(actor, id, LessonKind.SERVICE, sections(n));
            assertThat(isAuthor && live && m.state == LessonState.DRAFT).isTrue();
            m.sections = n;
          }
          case 2 -> {
            ReferenceCode code = f.sdk.lessons().submit(actor, id).code();
            assertThat(isAuthor && live && m.state == LessonState.DRAFT && m.sections == 6)
                .isTrue();
            m.state = LessonState.SUBMITTED;
            m.code = code;
          }
          case 3 -> {
            f.sdk.lessons().ask(actor, id, "Question " + step + "?");
            assertThat(actor.role()).isEqualTo(Role.REVIEWER);
            assertThat(live && m.state == LessonState.SUBMITTED && !m.finalised).isTrue();
            m.questions++;
          }
          case 4 -> {
            int n = m == null ? 1 : m.answered + 1;
            f.sdk.lessons().answer(actor, id, n, "Answer " + step + ".");
            assertThat(isAuthor && live && m.state == LessonState.SUBMITTED && n <= m.questions)
                .isTrue();
            m.answered++;
          }
          case 5 -> {
            f.sdk.lessons().finalise(actor, id);
            assertThat(
                    isAuthor
                        && live
                        && m.state == LessonState.SUBMITTED
                        && m.answered == m.questions)
                .isTrue();
            m.finalised = true;
          }
          case 6 -> {
            f.sdk.lessons().withdraw(actor, id);
            assertThat(isAuthor && live).isTrue();
            m.state = LessonState.WITHDRAWN;
          }
          case 7 -> {
            boolean right = random.nextBoolean() && m != null && m.code != null;
            ReferenceCode code = right ? m.code : ReferenceCode.of(id, "Z".repeat(24));
            boolean locked = m != null && clock.instant().isBefore(m.lockedUntil);
            try {
              f.sdk.lessons().withdraw(actor, code);
            } catch (ForumException e) {
              if (m != null && m.code != null && !right && !locked) {
                m.failures++;
                if (m.failures % 5 == 0) {
                  m.lockedUntil =
                      clock
                          .instant()
                          .plus(
                              ReferenceCodes.FIRST_LOCK.multipliedBy(
                                  1L << Math.min(6, m.failures / 5 - 1)));
                }
              }
              throw e;
            }
            assertThat(right && live && !locked).isTrue();
            m.failures = 0;
            m.state = LessonState.WITHDRAWN;
          }
          case 8 -> {
            Lesson seen = f.sdk.lessons().get(actor, id);
            assertThat(live).isTrue();
            assertThat(actor.role()).isIn(Role.PRACTITIONER, Role.REVIEWER);
            if (m.state == LessonState.DRAFT) {
              assertThat(isAuthor).isTrue();
            }
            assertThat(seen.state()).isNotEqualTo(LessonState.WITHDRAWN);
          }
          default -> clock.advance(Duration.ofMinutes(random.nextInt(40)));
        }
      } catch (ForumException refused) {
        // Refused: the model's state is unchanged, and the checks below still hold.
        assertThat(refused.getMessage()).doesNotContain("p-0", "p-1", "p-2", "p-3");
      }
      checkInvariants(f, models);
    }
  }

  private static void checkInvariants(TermsFixture f, Map<LessonId, Model> models) {
    f.storage.inTransaction(
        tx -> {
          LessonTransaction lt = (LessonTransaction) tx;
          for (Map.Entry<LessonId, Model> e : models.entrySet()) {
            Model m = e.getValue();
            Lesson stored = lt.lessons().find(e.getKey()).orElseThrow();
            assertThat(stored.state()).isEqualTo(m.state);
            assertThat(stored.finalised()).isEqualTo(m.finalised);
            boolean held = lt.authorEscrow().findAuthor(e.getKey()).isPresent();
            assertThat(held).isEqualTo(!m.finalised && m.state != LessonState.WITHDRAWN);
          }
          return null;
        });
    for (AuditRecord r :
        f.sdk
            .audit()
            .query(Actor.administrator(TermsFixture.ADMIN), AuditQuery.all().limit(500))
            .records()) {
      if (r.aggregate().kind() == AggregateRef.Kind.LESSON) {
        for (PractitionerId p : f.members) {
          assertThat(r.toString() + r.actor()).doesNotContain(p.value());
        }
      }
    }
  }

  private static Map<LessonSection, String> sections(int n) {
    Map<LessonSection, String> out = new EnumMap<>(LessonSection.class);
    for (LessonSection s : LessonSection.values()) {
      if (out.size() < n) {
        out.put(s, "About " + s.title().toLowerCase() + ".");
      }
    }
    return out;
  }
}

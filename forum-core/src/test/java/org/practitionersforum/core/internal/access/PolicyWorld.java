package org.practitionersforum.core.internal.access;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.practitionersforum.api.cpd.NoteContent;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/**
 * A forum of four members on the in-memory store, brought to the stage an operation needs: forming;
 * facilitated; active with terms in force and two sessions held; with an amendment drafted or open
 * for agreement; or with a practitioner invited. Everyone the policy tests act as has a name here.
 */
final class PolicyWorld {
  static final PersonId OUTSIDER = PersonId.of("p-5");
  static final PersonId SECOND_SPONSOR = PersonId.of("sponsor-2");
  static final PractitionerId NEWCOMER = PractitionerId.of("p-new");
  static final Instant T0 = TermsFixture.NOW;

  /** How far the world is brought before the operation under test. */
  enum Stage {
    FORMING,
    INVITED,
    FACILITATED,
    ACTIVE,
    AMENDMENT_DRAFTED,
    AMENDMENT_OPEN,
    /**
     * Active, and the first member has a lesson drafted, one submitted with a reviewer's question
     * waiting, and one submitted without questions, and a private note on the consultative session.
     */
    LESSON
  }

  static final LessonId DRAFTED = LessonId.of("lesson-d");
  static final LessonId QUESTIONED = LessonId.of("lesson-q");
  static final LessonId SUBMITTED = LessonId.of("lesson-s");
  static final PersonId REVIEWER = PersonId.of("reviewer-1");

  /** The reference code of {@link #SUBMITTED}, at stage {@link Stage#LESSON}. */
  ReferenceCode code;

  /** The first member's private note on the consultative session, at stage {@link Stage#LESSON}. */
  ReflectiveNote note;

  final TermsFixture f;
  final TestClock clock;
  final ContentHash inForce;
  final ContentHash amendment;
  final AgreementReceipt receipt;
  final Session consultative;
  final Session reflective;

  private PolicyWorld(
      TermsFixture f,
      TestClock clock,
      ContentHash inForce,
      ContentHash amendment,
      AgreementReceipt receipt,
      Session consultative,
      Session reflective) {
    this.f = f;
    this.clock = clock;
    this.inForce = inForce;
    this.amendment = amendment;
    this.receipt = receipt;
    this.consultative = consultative;
    this.reflective = reflective;
  }

  /**
   * Builds a world at a stage, with an SDK the customiser may give an organisation's policy.
   *
   * @param stage how far to bring the forum
   * @param sdk adds to the SDK's builder
   * @return the world
   */
  static PolicyWorld at(Stage stage, UnaryOperator<ForumSdk.Builder> sdk) {
    TestClock clock = new TestClock(T0);
    TermsFixture f =
        new TermsFixture(4, 2, clock, true, b -> sdk.apply(b.referenceCodeIterations(1_000)));
    Actor admin = Actor.administrator(TermsFixture.ADMIN);
    if (stage == Stage.FORMING) {
      return new PolicyWorld(f, clock, null, null, null, null, null);
    }
    if (stage == Stage.INVITED) {
      f.sdk.forums().invite(admin, f.forum, f.volunteers.get(0));
      return new PolicyWorld(f, clock, null, null, null, null, null);
    }
    f.sdk.forums().startFacilitation(admin, f.forum, TermsFixture.FACILITATOR);
    if (stage == Stage.FACILITATED) {
      return new PolicyWorld(f, clock, null, null, null, null, null);
    }
    ContentHash hash = f.open(TermsFixture.template());
    List<AgreementReceipt> receipts = new ArrayList<>();
    f.sdk
        .terms()
        .parties(Actor.system(), f.forum)
        .forEach(
            (p, role) ->
                receipts.add(
                    f.sdk.terms().agree(TermsFixture.actorFor(p, role), f.forum, p, hash)));
    f.sdk.forums().transition(admin, f.forum, ForumState.ACTIVE, "our terms are agreed");
    clock.advance(Duration.ofDays(5));
    Session consultative =
        f.sdk
            .sessions()
            .hold(
                f.member(0),
                f.forum,
                request(f, "c1", SessionMode.CONSULTATIVE, 1)
                    .minutes("We agreed a response on the duty rota.")
                    .build());
    Session reflective =
        f.sdk
            .sessions()
            .hold(f.member(0), f.forum, request(f, "r1", SessionMode.REFLECTIVE, 2).build());
    TermsContent amended = amended();
    ContentHash amendment = ContentHash.of(amended);
    if (stage == Stage.AMENDMENT_DRAFTED || stage == Stage.AMENDMENT_OPEN) {
      f.sdk.terms().draft(f.member(0), f.forum, amended);
    }
    if (stage == Stage.AMENDMENT_OPEN) {
      f.sdk.terms().propose(f.member(0), f.forum, amendment);
    }
    PolicyWorld w =
        new PolicyWorld(f, clock, hash, amendment, receipts.get(0), consultative, reflective);
    if (stage == Stage.LESSON) {
      Actor author = f.member(0);
      for (LessonId id : List.of(DRAFTED, QUESTIONED, SUBMITTED)) {
        f.sdk.lessons().draft(author, lessonDraft(f, id));
      }
      f.sdk.lessons().submit(author, QUESTIONED);
      f.sdk.lessons().ask(Actor.reviewer(REVIEWER), QUESTIONED, "What did you try first?");
      w.code = f.sdk.lessons().submit(author, SUBMITTED).code();
      w.note = f.sdk.notes().write(author, consultative.id(), noteContent());
    }
    return w;
  }

  static NoteContent noteContent() {
    return NoteContent.builder().learnt("How the rota lands on the team.").build();
  }

  static LessonDraft lessonDraft(TermsFixture f, LessonId id) {
    Map<LessonSection, String> sections = new EnumMap<>(LessonSection.class);
    for (LessonSection s : LessonSection.values()) {
      sections.put(s, "Some words on " + s.title().toLowerCase() + ".");
    }
    return LessonDraft.builder()
        .id(id)
        .forum(f.forum)
        .kind(LessonKind.PROCESS)
        .sections(LessonSections.of(sections))
        .build();
  }

  /** A session request of the forum's first three members, starting a number of days after T0. */
  SessionRequest.Builder request(String id, SessionMode mode, int day) {
    return request(f, id, mode, day);
  }

  private static SessionRequest.Builder request(
      TermsFixture f, String id, SessionMode mode, int day) {
    return SessionRequest.builder()
        .id(SessionId.of(id))
        .mode(mode)
        .startedAt(T0.plus(Duration.ofDays(day)))
        .duration(Duration.ofHours(1))
        .present(f.members.subList(0, 3));
  }

  static TermsContent amended() {
    return TermsContent.builder()
        .from(TermsFixture.template())
        .reviewDate(LocalDate.of(2027, 9, 1))
        .build();
  }

  Forum forum() {
    return f.storedForum();
  }

  /** Everything stored and published that an operation could change, for comparing. */
  List<Object> snapshot() {
    List<Object> out = new ArrayList<>();
    f.storage.inTransaction(
        tx -> {
          out.add(tx.forums().findByBase(TermsFixture.BASE));
          out.add(tx.terms().find(f.forum));
          out.add(tx.sessions().findByForum(f.forum));
          List<PractitionerId> ids = new ArrayList<>(f.members);
          ids.addAll(f.volunteers);
          ids.add(NEWCOMER);
          out.add(tx.practitioners().findAll(ids));
          LessonTransaction lessons = (LessonTransaction) tx;
          for (LessonId id : List.of(DRAFTED, QUESTIONED, SUBMITTED)) {
            out.add(lessons.lessons().find(id));
            out.add(lessons.lessons().findCodeCheck(id));
            out.add(lessons.authorEscrow().findAuthor(id));
          }
          return null;
        });
    out.add(List.copyOf(f.events));
    return out;
  }
}

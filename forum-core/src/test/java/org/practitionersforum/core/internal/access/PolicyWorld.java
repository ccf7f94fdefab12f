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
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.lesson.TierFinding;
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
    LESSON,
    /**
     * Active, with three rounds inviting the forum: one answered, disposed and past its close date;
     * one answered and awaiting dispositions; one open with a response drafted and not yet agreed.
     */
    CONSULTATION
  }

  static final org.practitionersforum.api.consultation.MeetingId MEETING =
      org.practitionersforum.api.consultation.MeetingId.of("meeting-1");
  static final org.practitionersforum.api.consultation.RoundId ROUND_DONE =
      org.practitionersforum.api.consultation.RoundId.of("round-done");
  static final org.practitionersforum.api.consultation.RoundId ROUND_ANSWERED =
      org.practitionersforum.api.consultation.RoundId.of("round-answered");
  static final org.practitionersforum.api.consultation.RoundId ROUND_OPEN =
      org.practitionersforum.api.consultation.RoundId.of("round-open");
  static final org.practitionersforum.api.consultation.ResponseContent RESPONSE =
      org.practitionersforum.api.consultation.ResponseContent.of(
          "Our view, agreed at a consultative session.", List.of("Keep Fridays free."));

  static final LessonId DRAFTED = LessonId.of("lesson-d");
  static final LessonId QUESTIONED = LessonId.of("lesson-q");
  static final LessonId SUBMITTED = LessonId.of("lesson-s");
  static final LessonId PUBLISHED = LessonId.of("lesson-p");
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
      // SUBMITTED: consented to, anonymised, decided and cleared at the forum tier.
      f.sdk.lessons().consent(author, SUBMITTED, Tier.FORUM);
      clear(f, SUBMITTED, Tier.FORUM);
      // PUBLISHED: published at every tier, for readers of the network tier; the author's
      // colleagues in the store let it pass the k-gate (AN-4).
      f.colleagues(f.members.get(0), 4);
      f.sdk.lessons().draft(author, lessonDraft(f, PUBLISHED));
      f.sdk.lessons().submit(author, PUBLISHED);
      for (Tier tier : Tier.values()) {
        f.sdk.lessons().consent(author, PUBLISHED, tier);
        clear(f, PUBLISHED, tier);
        f.sdk.lessons().publish(Actor.reviewer(REVIEWER), PUBLISHED, tier);
      }
    }
    if (stage == Stage.CONSULTATION) {
      Actor manager = Actor.manager(PersonId.of("manager-c"));
      for (var round : List.of(ROUND_DONE, ROUND_ANSWERED)) {
        f.sdk.consultations().open(manager, round(w, round).build());
        f.sdk.consultations().respond(f.member(0), round, f.forum, RESPONSE);
        for (int i = 0; i < f.members.size(); i++) {
          f.sdk.consultations().agree(f.member(i), round, f.forum, RESPONSE.hash());
        }
      }
      f.sdk
          .consultations()
          .dispose(
              manager,
              ROUND_DONE,
              new org.practitionersforum.api.consultation.RecommendationId(ROUND_DONE, f.forum, 1),
              org.practitionersforum.api.consultation.Disposition.adopted());
      clock.advance(Duration.ofDays(29));
      f.sdk.consultations().open(manager, round(w, ROUND_OPEN).build());
      f.sdk.consultations().respond(f.member(0), ROUND_OPEN, f.forum, RESPONSE);
      // CR-7: the second member represents the forum and attended central meeting m-1.
      LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
      f.sdk
          .consultations()
          .mandate(
              Actor.facilitator(TermsFixture.FACILITATOR),
              f.forum,
              f.members.get(1),
              "The duty rota",
              today.plusDays(365));
      f.sdk
          .consultations()
          .recordCentralMeeting(
              manager,
              new org.practitionersforum.api.consultation.CentralMeeting(
                  MEETING,
                  TermsFixture.ORG,
                  today,
                  List.of(
                      new org.practitionersforum.api.consultation.CentralMeeting.Attendee(
                          f.forum, f.members.get(1)))));
    }
    return w;
  }

  /** A four-week round from today inviting the forum. */
  org.practitionersforum.api.consultation.RoundRequest.Builder round(
      org.practitionersforum.api.consultation.RoundId id) {
    return round(this, id);
  }

  private static org.practitionersforum.api.consultation.RoundRequest.Builder round(
      PolicyWorld w, org.practitionersforum.api.consultation.RoundId id) {
    LocalDate today = LocalDate.ofInstant(w.clock.instant(), java.time.ZoneOffset.UTC);
    org.practitionersforum.api.consultation.RoundRequest.Builder b =
        org.practitionersforum.api.consultation.RoundRequest.builder();
    b.id(id)
        .organisation(TermsFixture.ORG)
        .topic("The duty rota")
        .purpose(org.practitionersforum.api.consultation.Purpose.PLANNING)
        .addQuestions("What would make it fairer?")
        .addInvitedForums(w.f.forum)
        .opensOn(today)
        .closesOn(today.plusDays(28))
        .formative(true);
    return b;
  }

  /** A reviewer anonymises a lesson for a tier, redacts every doubtful finding and clears it. */
  private static void clear(TermsFixture f, LessonId id, Tier tier) {
    Actor reviewer = Actor.reviewer(REVIEWER);
    f.sdk.lessons().anonymise(reviewer, id, tier);
    f.sdk.lessons().decide(reviewer, id, tier, doubtful(f, id, tier), FindingDecision.REDACT);
    f.sdk.lessons().clear(reviewer, id, tier);
  }

  /** The number of the first finding of a tier that needs a reviewer's decision. */
  static int doubtful(TermsFixture f, LessonId id, Tier tier) {
    List<TierFinding> findings =
        f.sdk.lessons().get(Actor.reviewer(REVIEWER), id).tier(tier).orElseThrow().findings();
    for (int k = 0; k < findings.size(); k++) {
      if (findings.get(k).needsDecision()) {
        return k + 1;
      }
    }
    throw new IllegalStateException("no finding needs a decision");
  }

  static NoteContent noteContent() {
    return NoteContent.builder().learnt("How the rota lands on the team.").build();
  }

  static LessonDraft lessonDraft(TermsFixture f, LessonId id) {
    Map<LessonSection, String> sections = new EnumMap<>(LessonSection.class);
    for (LessonSection s : LessonSection.values()) {
      sections.put(s, "Some words on " + s.title().toLowerCase() + ".");
    }
    sections.put(LessonSection.WHAT_WE_DID, "We asked Mrs Okafor to keep the rota.");
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
          var rounds = (org.practitionersforum.api.spi.ConsultationTransaction) tx;
          for (var round :
              List.of(
                  ROUND_DONE,
                  ROUND_ANSWERED,
                  ROUND_OPEN,
                  org.practitionersforum.api.consultation.RoundId.of("round-n"))) {
            out.add(rounds.consultations().find(round));
          }
          out.add(
              ((org.practitionersforum.api.spi.RepresentationTransaction) tx)
                  .representations()
                  .find(f.forum));
          for (LessonId id : List.of(DRAFTED, QUESTIONED, SUBMITTED, PUBLISHED)) {
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

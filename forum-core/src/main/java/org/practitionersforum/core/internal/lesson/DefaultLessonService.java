package org.practitionersforum.core.internal.lesson;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.event.LessonAnonymised;
import org.practitionersforum.api.event.LessonCleared;
import org.practitionersforum.api.event.LessonConsentRevoked;
import org.practitionersforum.api.event.LessonConsented;
import org.practitionersforum.api.event.LessonDrafted;
import org.practitionersforum.api.event.LessonEdited;
import org.practitionersforum.api.event.LessonFinalised;
import org.practitionersforum.api.event.LessonFindingDecided;
import org.practitionersforum.api.event.LessonPublished;
import org.practitionersforum.api.event.LessonQuestionAnswered;
import org.practitionersforum.api.event.LessonQuestionAsked;
import org.practitionersforum.api.event.LessonSubmitted;
import org.practitionersforum.api.event.LessonWithdrawn;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.lesson.DigestFormat;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.FeedCursor;
import org.practitionersforum.api.lesson.FeedPage;
import org.practitionersforum.api.lesson.FeedQuery;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.KGateCheck;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonService;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.QuasiIdentifiers;
import org.practitionersforum.api.lesson.Question;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.lesson.Submission;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.CodeCheck;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.api.spi.PractitionerStore;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.AuditedAs;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Lessons as a service (LS-1, LS-2, LS-4). The author is decided from the author escrow inside each
 * unit of work, as the person the operation concerns, so the access policy's {@code SELF} rows say
 * who may act as the author. Commands by the author are audited as {@link AuditedAs#LESSON_AUTHOR},
 * and commands with a reference code as {@link AuditedAs#CODE_HOLDER}: the audit trail never links
 * a person to a lesson they wrote. Thread-safe.
 */
final class DefaultLessonService implements LessonService {
  /**
   * How many lessons the feed reads from the store at a time when it sifts them (a text filter, or
   * the network feed, whose lessons come under several organisations' policies).
   */
  static final int FEED_WINDOW = 100;

  private final Transactor transactor;
  private final Access access;
  private final ReferenceCodes codes;
  private final SubmissionPolicy submission = new SubmissionPolicy();
  private final TierPolicy tiers;

  DefaultLessonService(
      Transactor transactor, Access access, ReferenceCodes codes, TierPolicy tiers) {
    this.transactor = transactor;
    this.access = access;
    this.codes = codes;
    this.tiers = tiers;
  }

  /** The lesson part of a unit of work, or a refusal on a storage that keeps no lessons. */
  static LessonTransaction lessons(StorageTransaction tx) {
    if (tx instanceof LessonTransaction l) {
      return l;
    }
    throw new StorageException("LS-1: this storage does not store lessons", false, null);
  }

  @Override
  public Lesson draft(Actor author, LessonDraft draft) {
    Checks.notNull(author, "actor");
    Checks.notNull(draft, "lesson draft");
    access.precheck(author, Operation.LESSON_DRAFT, Subject.none());
    return transactor.write(
        author,
        Operation.LESSON_DRAFT,
        AggregateRef.lesson(draft.id()),
        unit -> {
          LessonTransaction tx = lessons(unit.tx());
          Forum forum =
              unit.tx()
                  .forums()
                  .findCurrent(draft.forum())
                  .orElseThrow(() -> new NotFoundException("no forum has this id"));
          access.require(author, Operation.LESSON_DRAFT, Subject.of(forum));
          if (forum.state() == ForumState.CLOSED) {
            throw new RuleViolationException(
                ViolationCode.FORUM_CLOSED, "the forum is closed; nothing more can happen in it");
          }
          if (tx.lessons().find(draft.id()).isPresent()) {
            throw new DuplicateException("a lesson with this id already exists");
          }
          Lesson stored =
              tx.lessons()
                  .insert(
                      Lesson.builder()
                          .id(draft.id())
                          .forum(forum.id())
                          .organisation(forum.organisation())
                          .kind(draft.kind())
                          .sections(draft.sections())
                          .state(LessonState.DRAFT)
                          .createdAt(unit.now())
                          .build());
          tx.authorEscrow().insert(draft.id(), author.person().asPractitioner());
          unit.auditActor(AuditedAs.lessonAuthor());
          unit.emit(new LessonDrafted(stored.forum(), stored.id(), unit.now()));
          return stored;
        });
  }

  @Override
  public Lesson edit(
      Actor author, LessonId id, LessonKind kind, Map<LessonSection, String> sections) {
    Checks.notNull(author, "actor");
    Checks.notNull(id, "lesson id");
    Checks.notNull(kind, "lesson kind");
    Checks.notNull(sections, "sections");
    LessonSections copy = LessonSections.of(sections);
    return asAuthor(
        author,
        Operation.LESSON_EDIT,
        id,
        (unit, tx, lesson) -> {
          submission.requireDraft(lesson);
          Lesson stored =
              tx.lessons().update(Lesson.builder().from(lesson).kind(kind).sections(copy).build());
          unit.emit(new LessonEdited(stored.forum(), stored.id(), unit.now()));
          return stored;
        });
  }

  @Override
  public Submission submit(Actor author, LessonId id) {
    Checks.notNull(author, "actor");
    Checks.notNull(id, "lesson id");
    access.precheck(author, Operation.LESSON_SUBMIT, Subject.person(author.person()));
    // The slow hash is made once, before the unit of work, and not kept open across it.
    ReferenceCodes.Issued issued = codes.issue(id);
    Lesson stored =
        asAuthor(
            author,
            Operation.LESSON_SUBMIT,
            id,
            (unit, tx, lesson) -> {
              submission.requireSubmittable(lesson);
              // AN-4: the author's quasi-identifiers, read now, outlive the escrow's erasure.
              YearMonth period = YearMonth.from(unit.now().atZone(ZoneOffset.UTC));
              Optional<QuasiIdentifiers> who =
                  unit.tx()
                      .practitioners()
                      .find(author.person().asPractitioner())
                      .map(p -> QuasiIdentifiers.of(p, period));
              Lesson submitted =
                  tx.lessons()
                      .update(
                          Lesson.builder()
                              .from(lesson)
                              .state(LessonState.SUBMITTED)
                              .submittedAt(unit.now())
                              .quasiIdentifiers(who)
                              .build());
              tx.lessons().saveCodeCheck(id, issued.check());
              unit.emit(new LessonSubmitted(submitted.forum(), submitted.id(), unit.now()));
              return submitted;
            });
    return new Submission(stored, issued.code());
  }

  @Override
  public Lesson ask(Actor reviewer, LessonId id, String question) {
    Checks.notNull(reviewer, "actor");
    Checks.notNull(id, "lesson id");
    String text = Checks.text(question, "question", Question.MAX_QUESTION_LENGTH);
    access.precheck(reviewer, Operation.LESSON_ASK, Subject.none());
    return transactor.write(
        reviewer,
        Operation.LESSON_ASK,
        AggregateRef.lesson(id),
        unit -> {
          LessonTransaction tx = lessons(unit.tx());
          Lesson lesson =
              visible(tx, id)
                  .filter(l -> l.state() != LessonState.DRAFT)
                  .orElseThrow(DefaultLessonService::noLesson);
          access.require(reviewer, Operation.LESSON_ASK, Subject.in(lesson.organisation()));
          List<Violation> violations = new ArrayList<>();
          if (lesson.finalised()) {
            violations.add(
                Violation.of(
                    ViolationCode.LESSON_FINALISED,
                    "the lesson is finalised: its author's identity is erased, so nobody can"
                        + " answer"));
          }
          if (lesson.questions().size() >= Lesson.MAX_QUESTIONS) {
            violations.add(
                Violation.of(
                    ViolationCode.LESSON_QUESTION,
                    "the lesson's thread already holds " + Lesson.MAX_QUESTIONS + " questions"));
          }
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          int number = lesson.questions().size() + 1;
          Lesson stored =
              tx.lessons()
                  .update(
                      Lesson.builder()
                          .from(lesson)
                          .addQuestions(
                              Question.builder()
                                  .number(number)
                                  .text(text)
                                  .askedAt(unit.now())
                                  .build())
                          .build());
          unit.emit(new LessonQuestionAsked(stored.forum(), stored.id(), number, unit.now()));
          return stored;
        });
  }

  @Override
  public Lesson answer(Actor author, LessonId id, int number, String answer) {
    Checks.notNull(author, "actor");
    Checks.notNull(id, "lesson id");
    String text = Checks.text(answer, "answer", Question.MAX_ANSWER_LENGTH);
    return asAuthor(
        author,
        Operation.LESSON_ANSWER,
        id,
        (unit, tx, lesson) -> {
          List<Violation> violations = new ArrayList<>(submission.submittedOnly(lesson));
          Optional<Question> asked =
              lesson.questions().stream().filter(q -> q.number() == number).findFirst();
          if (asked.isEmpty()) {
            violations.add(
                Violation.of(ViolationCode.LESSON_QUESTION, "the thread has no such question"));
          } else if (asked.get().answer().isPresent()) {
            violations.add(
                Violation.of(ViolationCode.LESSON_QUESTION, "this question is answered already"));
          }
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          List<Question> thread = new ArrayList<>(lesson.questions());
          thread.set(
              number - 1,
              Question.builder().from(asked.get()).answer(text).answeredAt(unit.now()).build());
          Lesson stored =
              tx.lessons().update(Lesson.builder().from(lesson).questions(thread).build());
          unit.emit(new LessonQuestionAnswered(stored.forum(), stored.id(), number, unit.now()));
          return stored;
        });
  }

  @Override
  public Lesson finalise(Actor author, LessonId id) {
    Checks.notNull(author, "actor");
    Checks.notNull(id, "lesson id");
    return asAuthor(
        author,
        Operation.LESSON_FINALISE,
        id,
        (unit, tx, lesson) -> {
          submission.requireFinalisable(lesson);
          Lesson stored =
              tx.lessons().update(Lesson.builder().from(lesson).finalised(true).build());
          tx.authorEscrow().delete(id);
          unit.emit(new LessonFinalised(stored.forum(), stored.id(), unit.now()));
          return stored;
        });
  }

  @Override
  public void withdraw(Actor author, LessonId id) {
    Checks.notNull(author, "actor");
    Checks.notNull(id, "lesson id");
    asAuthor(
        author, Operation.LESSON_WITHDRAW, id, (unit, tx, lesson) -> withdrawn(unit, tx, lesson));
  }

  @Override
  public void withdraw(Actor actor, ReferenceCode code) {
    Checks.notNull(actor, "actor");
    Checks.notNull(code, "reference code");
    withCode(
        actor,
        Operation.LESSON_WITHDRAW_WITH_CODE,
        code,
        (unit, tx, lesson) -> {
          if (lesson.state() == LessonState.WITHDRAWN) {
            throw new RuleViolationException(
                ViolationCode.LESSON_WITHDRAWN, "the lesson is withdrawn already");
          }
          return withdrawn(unit, tx, lesson);
        });
  }

  @Override
  public Lesson prove(Actor actor, ReferenceCode code) {
    Checks.notNull(actor, "actor");
    Checks.notNull(code, "reference code");
    return withCode(
        actor,
        Operation.LESSON_PROVE,
        code,
        (unit, tx, lesson) -> {
          if (lesson.state() == LessonState.WITHDRAWN) {
            throw new RuleViolationException(
                ViolationCode.LESSON_WITHDRAWN, "the lesson is withdrawn");
          }
          return lesson;
        });
  }

  @Override
  public Lesson get(Actor actor, LessonId id) {
    Checks.notNull(actor, "actor");
    Checks.notNull(id, "lesson id");
    access.precheck(actor, Operation.LESSON_GET, Subject.person(actor.person()));
    return transactor.read(
        stx -> {
          LessonTransaction tx = lessons(stx);
          Lesson lesson = visible(tx, id).orElseThrow(DefaultLessonService::noLesson);
          Optional<PractitionerId> author = tx.authorEscrow().findAuthor(id);
          access.require(actor, Operation.LESSON_GET, concerning(author, lesson));
          boolean isAuthor = author.filter(actor::isPractitioner).isPresent();
          if (lesson.state() == LessonState.DRAFT && !isAuthor) {
            throw noLesson();
          }
          return lesson;
        });
  }

  @Override
  public List<Lesson> mine(Actor author) {
    Checks.notNull(author, "actor");
    access.precheck(author, Operation.LESSON_MINE, Subject.person(author.person()));
    PractitionerId me = author.person().asPractitioner();
    return transactor.read(
        stx -> {
          LessonTransaction tx = lessons(stx);
          access.require(author, Operation.LESSON_MINE, Subject.practitioner(stx, me));
          List<Lesson> out = new ArrayList<>();
          for (LessonId id : tx.authorEscrow().findLessons(me)) {
            visible(tx, id).ifPresent(out::add);
          }
          return List.copyOf(out);
        });
  }

  @Override
  public Lesson consent(Actor author, LessonId id, Tier tier) {
    return consent(author, id, tier, Disclosure.exact());
  }

  @Override
  public Lesson consent(Actor author, LessonId id, Tier tier, Disclosure atMost) {
    Checks.notNull(author, "actor");
    Checks.notNull(id, "lesson id");
    Checks.notNull(tier, "tier");
    Checks.notNull(atMost, "disclosure");
    return asAuthor(
        author,
        Operation.LESSON_CONSENT,
        id,
        (unit, tx, lesson) -> {
          Lesson stored = tx.lessons().update(tiers.consent(lesson, tier, atMost, unit.now()));
          unit.emit(new LessonConsented(stored.forum(), stored.id(), tier, unit.now()));
          return stored;
        });
  }

  @Override
  public Lesson revokeConsent(Actor author, LessonId id, Tier tier) {
    Checks.notNull(author, "actor");
    Checks.notNull(id, "lesson id");
    Checks.notNull(tier, "tier");
    return asAuthor(
        author,
        Operation.LESSON_REVOKE_CONSENT,
        id,
        (unit, tx, lesson) -> revoked(unit, tx, lesson, tier));
  }

  @Override
  public void revokeConsent(Actor actor, ReferenceCode code, Tier tier) {
    Checks.notNull(actor, "actor");
    Checks.notNull(code, "reference code");
    Checks.notNull(tier, "tier");
    withCode(
        actor,
        Operation.LESSON_REVOKE_CONSENT_WITH_CODE,
        code,
        (unit, tx, lesson) -> revoked(unit, tx, lesson, tier));
  }

  @Override
  public Lesson anonymise(Actor reviewer, LessonId id, Tier tier) {
    Checks.notNull(tier, "tier");
    return asReviewer(
        reviewer,
        Operation.LESSON_ANONYMISE,
        id,
        (unit, tx, lesson) -> {
          Lesson stored = tx.lessons().update(tiers.anonymise(lesson, tier, unit.now()));
          unit.emit(new LessonAnonymised(stored.forum(), stored.id(), tier, unit.now()));
          return stored;
        });
  }

  @Override
  public Lesson decide(
      Actor reviewer, LessonId id, Tier tier, int finding, FindingDecision decision) {
    Checks.notNull(tier, "tier");
    Checks.notNull(decision, "decision");
    return asReviewer(
        reviewer,
        Operation.LESSON_DECIDE,
        id,
        (unit, tx, lesson) -> {
          Lesson stored = tx.lessons().update(tiers.decide(lesson, tier, finding, decision));
          unit.emit(
              new LessonFindingDecided(stored.forum(), stored.id(), tier, finding, unit.now()));
          return stored;
        });
  }

  @Override
  public Lesson clear(Actor reviewer, LessonId id, Tier tier) {
    Checks.notNull(tier, "tier");
    return asReviewer(
        reviewer,
        Operation.LESSON_CLEAR,
        id,
        (unit, tx, lesson) -> {
          PractitionerId me = reviewer.person().asPractitioner();
          // Asked of the escrow inside the unit of work; the answer is only ever "is it me".
          boolean isAuthor = tx.authorEscrow().findAuthor(id).filter(me::equals).isPresent();
          boolean inForum =
              unit.tx()
                  .forums()
                  .findCurrent(lesson.forum())
                  .filter(f -> f.isMember(me))
                  .isPresent();
          Lesson stored =
              tx.lessons().update(tiers.clear(lesson, tier, isAuthor, inForum, unit.now()));
          unit.emit(new LessonCleared(stored.forum(), stored.id(), tier, unit.now()));
          return stored;
        });
  }

  @Override
  public PublishedLesson publish(Actor reviewer, LessonId id, Tier tier) {
    return publish(reviewer, id, tier, Disclosure.exact());
  }

  @Override
  public PublishedLesson publish(Actor reviewer, LessonId id, Tier tier, Disclosure disclosure) {
    Checks.notNull(tier, "tier");
    Checks.notNull(disclosure, "disclosure");
    Lesson stored =
        asReviewer(
            reviewer,
            Operation.LESSON_PUBLISH,
            id,
            (unit, tx, lesson) -> {
              PractitionerStore people = unit.tx().practitioners();
              Lesson published =
                  tx.lessons()
                      .update(
                          tiers.publish(
                              lesson, tier, disclosure, people::countSharing, unit.now()));
              unit.emit(new LessonPublished(published.forum(), published.id(), tier, unit.now()));
              return published;
            });
    return published(stored, tier);
  }

  @Override
  public KGateCheck checkKGate(Actor reviewer, LessonId id, Tier tier, Disclosure disclosure) {
    Checks.notNull(reviewer, "actor");
    Checks.notNull(id, "lesson id");
    Checks.notNull(tier, "tier");
    Checks.notNull(disclosure, "disclosure");
    access.precheck(reviewer, Operation.LESSON_PUBLISH, Subject.none());
    return transactor.read(
        stx -> {
          LessonTransaction tx = lessons(stx);
          Lesson lesson =
              visible(tx, id)
                  .filter(l -> l.state() != LessonState.DRAFT)
                  .orElseThrow(DefaultLessonService::noLesson);
          access.require(reviewer, Operation.LESSON_PUBLISH, Subject.in(lesson.organisation()));
          PractitionerStore people = stx.practitioners();
          return tiers.kGate(lesson, tier, disclosure, people::countSharing);
        });
  }

  @Override
  public PublishedLesson read(Actor actor, LessonId id, Tier tier) {
    Checks.notNull(actor, "actor");
    Checks.notNull(id, "lesson id");
    Checks.notNull(tier, "tier");
    access.precheck(actor, Operation.LESSON_READ, Subject.none());
    return transactor.read(
        stx -> {
          LessonTransaction tx = lessons(stx);
          Lesson lesson =
              visible(tx, id)
                  .filter(l -> l.publishedAt(tier))
                  .orElseThrow(DefaultLessonService::noLesson);
          access.require(actor, Operation.LESSON_READ, Subject.in(lesson.organisation()));
          if (!reads(stx, actor, lesson, tier)) {
            throw noLesson();
          }
          return published(lesson, tier);
        });
  }

  /** Whether an actor is among a tier's readers, as the access decision point says. */
  private boolean reads(StorageTransaction stx, Actor actor, Lesson lesson, Tier tier) {
    return reads(stx, actor, tier, Optional.of(lesson.forum()), lesson.organisation());
  }

  /** Whether an actor is among a tier's readers in a forum or an organisation. */
  private boolean reads(
      StorageTransaction stx,
      Actor actor,
      Tier tier,
      Optional<ForumId> forum,
      OrganisationId organisation) {
    return access.readsLessonAt(
        actor, tier, memberOf(stx, actor, forum), inOrganisation(stx, actor, organisation));
  }

  private static java.util.function.BooleanSupplier memberOf(
      StorageTransaction stx, Actor actor, Optional<ForumId> forum) {
    PractitionerId me = actor.person().asPractitioner();
    return () ->
        forum.flatMap(f -> stx.forums().findCurrent(f)).filter(f -> f.isMember(me)).isPresent();
  }

  private static java.util.function.BooleanSupplier inOrganisation(
      StorageTransaction stx, Actor actor, OrganisationId organisation) {
    PractitionerId me = actor.person().asPractitioner();
    return () ->
        stx.practitioners().find(me).filter(p -> p.organisation().equals(organisation)).isPresent();
  }

  @Override
  public FeedPage feed(Actor actor, FeedQuery query) {
    Checks.notNull(actor, "actor");
    Checks.notNull(query, "feed query");
    access.precheck(actor, Operation.LESSON_READ, Subject.none());
    return transactor.read(stx -> feed(stx, actor, query));
  }

  @Override
  public String digest(Actor actor, FeedQuery query, DigestFormat format) {
    Checks.notNull(format, "digest format");
    FeedPage page = feed(actor, query);
    return switch (format) {
      case JSON -> LessonDigest.json(query, page);
      case MARKDOWN -> LessonDigest.markdown(query, page);
    };
  }

  /**
   * Reads a feed page inside a unit of work: decides access for the query's scope once, then reads
   * windows of the store's keyset feed, keeping what the actor may read and what matches the text,
   * until the page and one lesson more are found or the store has no more.
   */
  private FeedPage feed(StorageTransaction stx, Actor actor, FeedQuery query) {
    LessonTransaction tx = lessons(stx);
    Optional<OrganisationId> scope = query.organisation();
    if (query.forum().isPresent()) {
      Forum forum =
          stx.forums()
              .findCurrent(query.forum().get())
              .orElseThrow(() -> new NotFoundException("no forum has this id"));
      scope = Optional.of(forum.organisation());
    }
    if (scope.isPresent()) {
      access.require(actor, Operation.LESSON_READ, Subject.in(scope.get()));
    }
    access.requireReadsLessonsAt(
        actor,
        query.tier(),
        memberOf(stx, actor, query.forum()),
        inOrganisation(stx, actor, scope.orElse(null)));
    Map<OrganisationId, Boolean> granted = new HashMap<>();
    Optional<String> text = query.text().map(t -> t.toLowerCase(Locale.ROOT));
    boolean sifted = text.isPresent() || scope.isEmpty();
    int wanted = query.pageSize() + 1;
    int window = sifted ? Math.max(wanted, FEED_WINDOW) : wanted;
    List<PublishedLesson> out = new ArrayList<>();
    Optional<FeedCursor> after = query.after();
    while (out.size() < wanted) {
      List<PublishedLesson> got =
          tx.lessons()
              .findPublished(
                  query.tier(), query.forum(), query.organisation(), query.kind(), after, window);
      for (PublishedLesson p : got) {
        boolean mayRead =
            granted.computeIfAbsent(
                p.organisation(),
                o -> access.granted(actor, Operation.LESSON_READ, Subject.in(o)).isPresent());
        if (mayRead && text.map(t -> contains(p, t)).orElse(true)) {
          out.add(p);
          if (out.size() == wanted) {
            break;
          }
        }
      }
      if (got.size() < window) {
        break;
      }
      PublishedLesson last = got.get(got.size() - 1);
      after = Optional.of(new FeedCursor(last.publishedAt(), last.id()));
    }
    if (out.size() < wanted) {
      return new FeedPage(out, Optional.empty());
    }
    List<PublishedLesson> items = out.subList(0, query.pageSize());
    PublishedLesson last = items.get(items.size() - 1);
    return new FeedPage(items, Optional.of(new FeedCursor(last.publishedAt(), last.id())));
  }

  /** Whether a lesson's published text contains a lower-case text, ignoring case. */
  private static boolean contains(PublishedLesson lesson, String lowerCase) {
    for (String section : lesson.sections().asMap().values()) {
      if (section.toLowerCase(Locale.ROOT).contains(lowerCase)) {
        return true;
      }
    }
    return false;
  }

  /** A lesson as its readers at a tier see it. */
  private static PublishedLesson published(Lesson lesson, Tier tier) {
    if (!lesson.publishedAt(tier)) {
      throw noLesson();
    }
    return PublishedLesson.of(lesson, tier);
  }

  /** Revokes consent to a tier and above; hosts are told to remove their copies there. */
  private Lesson revoked(Transactor.Unit unit, LessonTransaction tx, Lesson lesson, Tier tier) {
    Lesson stored = tx.lessons().update(tiers.revoke(lesson, tier));
    unit.emit(new LessonConsentRevoked(stored.forum(), stored.id(), tier, unit.now()));
    return stored;
  }

  /**
   * Runs a reviewer's command on a lesson under review: it must exist, not be a draft or withdrawn,
   * and the organisation's policy must let the actor perform the operation.
   */
  private <T> T asReviewer(Actor reviewer, Operation op, LessonId id, AuthorCommand<T> command) {
    Checks.notNull(reviewer, "actor");
    Checks.notNull(id, "lesson id");
    access.precheck(reviewer, op, Subject.none());
    return transactor.write(
        reviewer,
        op,
        AggregateRef.lesson(id),
        unit -> {
          LessonTransaction tx = lessons(unit.tx());
          Lesson lesson =
              visible(tx, id)
                  .filter(l -> l.state() != LessonState.DRAFT)
                  .orElseThrow(DefaultLessonService::noLesson);
          access.require(reviewer, op, Subject.in(lesson.organisation()));
          return command.run(unit, tx, lesson);
        });
  }

  /** A command on a lesson that only its author performs. */
  @FunctionalInterface
  private interface AuthorCommand<T> {
    T run(Transactor.Unit unit, LessonTransaction tx, Lesson lesson);
  }

  /**
   * Runs a command as the lesson's author: the lesson must exist and not be withdrawn, and the
   * actor must be the author the escrow holds. Audited as {@link AuditedAs#LESSON_AUTHOR}.
   */
  private <T> T asAuthor(Actor author, Operation op, LessonId id, AuthorCommand<T> command) {
    access.precheck(author, op, Subject.person(author.person()));
    return transactor.write(
        author,
        op,
        AggregateRef.lesson(id),
        unit -> {
          LessonTransaction tx = lessons(unit.tx());
          Lesson lesson = visible(tx, id).orElseThrow(DefaultLessonService::noLesson);
          access.require(author, op, concerning(tx.authorEscrow().findAuthor(id), lesson));
          unit.auditActor(AuditedAs.lessonAuthor());
          return command.run(unit, tx, lesson);
        });
  }

  /** What a wrong or locked code gives instead of the command's result. */
  private record Outcome<T>(T result, Violation refused) {}

  /**
   * Runs a command with a reference code. The code is hashed once, outside the unit of work; inside
   * it, a lesson that accepts no code for now refuses, a wrong code is counted (and the count
   * committed) before the refusal is thrown, and a right one resets the count and runs the command.
   * Audited as {@link AuditedAs#CODE_HOLDER}.
   */
  private <T> T withCode(Actor actor, Operation op, ReferenceCode code, AuthorCommand<T> command) {
    access.precheck(actor, op, Subject.none());
    LessonId id = code.lesson();
    Optional<CodeCheck> read = transactor.read(stx -> lessons(stx).lessons().findCodeCheck(id));
    if (read.isEmpty()) {
      codes.spendOneHash(code);
      throw wrongCode();
    }
    Instant now = transactor.clock().instant();
    if (ReferenceCodes.locked(read.get(), now)) {
      throw new RuleViolationException(List.of(lockedViolation()));
    }
    byte[] hash = ReferenceCodes.hashFor(code, read.get());
    Outcome<T> outcome =
        transactor.write(
            actor,
            op,
            AggregateRef.lesson(id),
            unit -> {
              LessonTransaction tx = lessons(unit.tx());
              unit.auditActor(AuditedAs.codeHolder(actor));
              Lesson lesson = tx.lessons().find(id).orElseThrow(DefaultLessonService::wrongCode);
              access.require(actor, op, Subject.in(lesson.organisation()));
              CodeCheck check =
                  tx.lessons().findCodeCheck(id).orElseThrow(DefaultLessonService::wrongCode);
              if (ReferenceCodes.locked(check, unit.now())) {
                return new Outcome<>(null, lockedViolation());
              }
              if (!ReferenceCodes.matches(hash, check)) {
                tx.lessons().saveCodeCheck(id, ReferenceCodes.failed(check, unit.now()));
                return new Outcome<>(null, wrongViolation());
              }
              if (check.failures() > 0 || check.lockedUntil().isPresent()) {
                tx.lessons().saveCodeCheck(id, check.withFailures(0, Optional.empty()));
              }
              return new Outcome<>(command.run(unit, tx, lesson), null);
            });
    if (outcome.refused() != null) {
      throw new RuleViolationException(List.of(outcome.refused()));
    }
    return outcome.result();
  }

  /** Withdraws a lesson: its text and thread go, its author is erased, hosts are told. */
  private static Lesson withdrawn(Transactor.Unit unit, LessonTransaction tx, Lesson lesson) {
    Lesson stored =
        tx.lessons()
            .update(
                Lesson.builder()
                    .from(lesson)
                    .state(LessonState.WITHDRAWN)
                    .withdrawnAt(unit.now())
                    .sections(LessonSections.empty())
                    .quasiIdentifiers(Optional.empty())
                    .questions(List.of())
                    .tiers(List.of())
                    .build());
    tx.authorEscrow().delete(lesson.id());
    unit.emit(new LessonWithdrawn(stored.forum(), stored.id(), unit.now()));
    return stored;
  }

  /** A lesson that reads may return: stored and not withdrawn. */
  private static Optional<Lesson> visible(LessonTransaction tx, LessonId id) {
    return tx.lessons().find(id).filter(l -> l.state() != LessonState.WITHDRAWN);
  }

  /** The subject of an operation on a lesson: its author, if held, in its organisation. */
  private static Subject concerning(Optional<PractitionerId> author, Lesson lesson) {
    Subject subject = author.map(Subject::person).orElse(Subject.none());
    return subject.in(() -> Optional.of(lesson.organisation()));
  }

  private static NotFoundException noLesson() {
    return new NotFoundException("no lesson has this id");
  }

  private static Violation wrongViolation() {
    return Violation.of(
        ViolationCode.REFERENCE_CODE_WRONG,
        "this reference code is not right; after "
            + ReferenceCodes.FAILURES_BEFORE_LOCK
            + " wrong codes in a row the lesson accepts none for a while");
  }

  private static RuleViolationException wrongCode() {
    return new RuleViolationException(List.of(wrongViolation()));
  }

  private static Violation lockedViolation() {
    return Violation.of(
        ViolationCode.REFERENCE_CODE_LOCKED,
        "too many wrong reference codes were tried for this lesson; try again later");
  }
}

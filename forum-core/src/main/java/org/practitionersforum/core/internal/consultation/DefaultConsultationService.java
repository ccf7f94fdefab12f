package org.practitionersforum.core.internal.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ConsultationService;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.DispositionKind;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.LinkState;
import org.practitionersforum.api.consultation.OverdueDisposition;
import org.practitionersforum.api.consultation.Recommendation;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RecommendationMatcher;
import org.practitionersforum.api.consultation.RepeatLink;
import org.practitionersforum.api.consultation.RepeatRecord;
import org.practitionersforum.api.consultation.ResponseAgreement;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundRequest;
import org.practitionersforum.api.consultation.RoundState;
import org.practitionersforum.api.consultation.StatusChange;
import org.practitionersforum.api.event.ConsultationClosed;
import org.practitionersforum.api.event.ConsultationOpened;
import org.practitionersforum.api.event.ConsultationResponseAgreed;
import org.practitionersforum.api.event.ConsultationResponseAgreement;
import org.practitionersforum.api.event.ConsultationResponseDrafted;
import org.practitionersforum.api.event.RecommendationDisposed;
import org.practitionersforum.api.event.RecommendationProgressed;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.View;
import org.practitionersforum.api.spi.ConsultationStore;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Consultation rounds as a service (CR-1 to CR-6; repeats in {@link Repeats}). A round is one
 * aggregate: every command reads it, checks the rules on what it read and writes it back at the
 * next version, so two commands on one round never both commit on the same version; the transactor
 * runs the loser again on fresh data. Thread-safe.
 */
final class DefaultConsultationService implements ConsultationService {
  private final Transactor transactor;
  private final Access access;
  private final Function<OrganisationId, ConsultationSettings> settings;
  private final RoundPolicy policy = new RoundPolicy();
  private final Repeats repeats;

  DefaultConsultationService(
      Transactor transactor,
      Access access,
      Function<OrganisationId, ConsultationSettings> settings,
      RecommendationMatcher matcher) {
    this.transactor = transactor;
    this.access = access;
    this.settings = settings;
    this.repeats = new Repeats(transactor, access, settings, matcher);
  }

  /** The consultation part of a unit of work, or a refusal on a storage that keeps no rounds. */
  static ConsultationStore rounds(StorageTransaction tx) {
    if (tx instanceof ConsultationTransaction c) {
      return c.consultations();
    }
    throw new StorageException(
        "CR-1: this storage does not store consultation rounds", false, null);
  }

  @Override
  public ConsultationRound open(Actor manager, RoundRequest request) {
    Checks.notNull(manager, "actor");
    Checks.notNull(request, "round request");
    access.precheck(manager, Operation.CONSULTATION_OPEN, Subject.none());
    ConsultationSettings orgSettings = settings.apply(request.organisation());
    boolean isShort = RoundPolicy.isShort(request, orgSettings);
    ConsultationRound.Builder draft =
        ConsultationRound.builder()
            .id(request.id())
            .organisation(request.organisation())
            .openedBy(manager.person())
            .topic(text(request.topic(), "CR-1", "the topic", ConsultationRound.MAX_TOPIC_LENGTH))
            .purpose(request.purpose())
            .invitedForums(request.invitedForums())
            .opensOn(request.opensOn())
            .closesOn(request.closesOn())
            .state(RoundState.OPEN);
    if (request.questions().size() > ConsultationRound.MAX_QUESTIONS) {
      throw new InvalidInputException(
          "CR-1: a round asks at most " + ConsultationRound.MAX_QUESTIONS + " questions");
    }
    for (String q : request.questions()) {
      draft.addQuestions(text(q, "CR-1", "a question", ConsultationRound.MAX_QUESTION_LENGTH));
    }
    if (request.questions().isEmpty()) {
      throw new InvalidInputException("CR-1: a round asks at least one question");
    }
    if (request.invitedForums().isEmpty()
        || request.invitedForums().size() > ConsultationRound.MAX_FORUMS) {
      throw new InvalidInputException(
          "CR-1: a round invites 1 to " + ConsultationRound.MAX_FORUMS + " forums");
    }
    if (new HashSet<>(request.invitedForums()).size() != request.invitedForums().size()) {
      throw new InvalidInputException("CR-1: a forum is invited once");
    }
    if (isShort && request.shortWindowReason().isPresent()) {
      draft
          .shortWindow(true)
          .shortWindowReason(
              text(
                  request.shortWindowReason().get(),
                  "CR-2",
                  "the reason for a short window",
                  ConsultationRound.MAX_REASON_LENGTH));
    }
    return transactor.write(
        manager,
        Operation.CONSULTATION_OPEN,
        AggregateRef.consultation(request.id()),
        unit -> {
          ConsultationStore store = rounds(unit.tx());
          access.require(manager, Operation.CONSULTATION_OPEN, Subject.in(request.organisation()));
          List<Violation> violations =
              new ArrayList<>(policy.opening(request, today(unit.now()), orgSettings));
          int unknown = 0;
          for (ForumId f : request.invitedForums()) {
            Optional<Forum> forum = unit.tx().forums().findCurrent(f);
            if (forum.isEmpty() || !forum.get().organisation().equals(request.organisation())) {
              unknown++;
            }
          }
          if (unknown > 0) {
            violations.add(
                Violation.of(
                    ViolationCode.ROUND_FORUM_UNKNOWN,
                    unknown + " invited forum(s) are not forums of the round's organisation"));
          }
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          if (store.find(request.id()).isPresent()) {
            throw new DuplicateException("a round with this id already exists");
          }
          ConsultationRound stored = store.insert(draft.openedAt(unit.now()).build());
          for (ForumId f : stored.invitedForums()) {
            unit.emit(new ConsultationOpened(f, stored.id(), stored.closesOn(), unit.now()));
          }
          return stored;
        });
  }

  @Override
  public ConsultationRound respond(
      Actor member, RoundId roundId, ForumId forumId, ResponseContent content) {
    Checks.notNull(member, "actor");
    Checks.notNull(roundId, "round id");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(content, "response content");
    return answer(
        member,
        Operation.CONSULTATION_RESPOND,
        roundId,
        forumId,
        (unit, round, forum) -> {
          Optional<ForumResponse> earlier = round.response(forumId);
          if (earlier.filter(r -> r.state() == ResponseState.AGREED).isPresent()) {
            throw new RuleViolationException(
                ViolationCode.RESPONSE_AGREED,
                "the forum's response is agreed and released; it can no longer change");
          }
          ForumResponse drafted =
              ForumResponse.builder()
                  .forum(forumId)
                  .content(content)
                  .hash(content.hash())
                  .state(ResponseState.DRAFT)
                  .draftedAt(unit.now())
                  .build();
          unit.emit(new ConsultationResponseDrafted(forumId, round.id(), unit.now()));
          return ConsultationRound.builder()
              .from(round)
              .responses(replaced(round.responses(), drafted))
              .build();
        });
  }

  @Override
  public ConsultationRound agree(Actor member, RoundId roundId, ForumId forumId, ContentHash hash) {
    Checks.notNull(member, "actor");
    Checks.notNull(roundId, "round id");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(hash, "content hash");
    return answer(
        member,
        Operation.CONSULTATION_AGREE,
        roundId,
        forumId,
        (unit, round, forum) -> {
          ForumResponse response =
              round
                  .response(forumId)
                  .orElseThrow(
                      () ->
                          new RuleViolationException(
                              ViolationCode.NO_RESPONSE, "the forum has no response to agree"));
          PersonId me = member.person();
          List<Violation> violations = new ArrayList<>();
          if (response.state() == ResponseState.AGREED
              || response.agreements().stream().anyMatch(a -> a.party().equals(me))) {
            violations.add(
                Violation.of(
                    ViolationCode.RESPONSE_AGREED,
                    "this response is agreed by this member already"));
          }
          if (!response.hash().equals(hash)) {
            violations.add(
                Violation.of(
                    ViolationCode.RESPONSE_CHANGED,
                    "the response's content is not the content agreed: it was changed, so read it"
                        + " again"));
          }
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          List<ResponseAgreement> agreements = new ArrayList<>(response.agreements());
          agreements.add(ResponseAgreement.builder().party(me).hash(hash).at(unit.now()).build());
          Set<PersonId> agreed = new HashSet<>();
          agreements.forEach(a -> agreed.add(a.party()));
          List<PersonId> parties = forum.members().stream().map(p -> p.asPerson()).toList();
          boolean everyone = agreed.containsAll(parties);
          ForumResponse.Builder next =
              ForumResponse.builder().from(response).agreements(agreements);
          ConsultationRound.Builder b = ConsultationRound.builder().from(round);
          long agreedByParties = parties.stream().filter(agreed::contains).count();
          unit.emit(
              new ConsultationResponseAgreement(
                  forumId, round.id(), (int) agreedByParties, parties.size(), unit.now()));
          if (everyone) {
            next.state(ResponseState.AGREED).agreedAt(unit.now());
            List<String> texts = response.content().recommendations();
            List<Recommendation> received = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
              received.add(
                  Recommendation.builder()
                      .id(new RecommendationId(round.id(), forumId, i + 1))
                      .text(texts.get(i))
                      .build());
            }
            b.addAllRecommendations(received);
            repeats.received(unit, round.organisation(), received, today(unit.now()));
            unit.emit(
                new ConsultationResponseAgreed(forumId, round.id(), texts.size(), unit.now()));
          }
          return b.responses(replaced(round.responses(), next.build())).build();
        });
  }

  @Override
  public ConsultationRound dispose(
      Actor manager, RoundId roundId, RecommendationId recommendation, Disposition disposition) {
    Checks.notNull(manager, "actor");
    Checks.notNull(roundId, "round id");
    Checks.notNull(recommendation, "recommendation id");
    Checks.notNull(disposition, "disposition");
    return manage(
        manager,
        Operation.CONSULTATION_DISPOSE,
        roundId,
        (unit, round) -> {
          List<Violation> violations = new ArrayList<>();
          Optional<Recommendation> found = round.recommendation(recommendation);
          if (!recommendation.round().equals(roundId)) {
            violations.add(
                Violation.of(
                    ViolationCode.RECOMMENDATION_UNKNOWN,
                    "the recommendation belongs to another round; dispose of it there"));
          } else if (found.isEmpty()) {
            violations.add(
                Violation.of(
                    ViolationCode.RECOMMENDATION_UNKNOWN,
                    "the round received no such recommendation from an agreed response"));
          }
          if (round.state() == RoundState.CLOSED) {
            violations.add(RoundPolicy.closed());
          }
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          List<Recommendation> recs = new ArrayList<>(round.recommendations());
          recs.replaceAll(
              r ->
                  r.id().equals(recommendation)
                      ? Recommendation.builder()
                          .from(r)
                          .disposition(disposition)
                          .disposedAt(unit.now())
                          .build()
                      : r);
          unit.emit(
              new RecommendationDisposed(
                  recommendation.forum(), recommendation, disposition.kind(), unit.now()));
          return ConsultationRound.builder().from(round).recommendations(recs).build();
        });
  }

  @Override
  public ConsultationRound track(
      Actor manager, RoundId roundId, RecommendationId recommendation, StatusChange change) {
    Checks.notNull(manager, "actor");
    Checks.notNull(roundId, "round id");
    Checks.notNull(recommendation, "recommendation id");
    Checks.notNull(change, "status change");
    return manage(
        manager,
        Operation.CONSULTATION_TRACK,
        roundId,
        (unit, round) -> {
          Optional<Recommendation> found =
              recommendation.round().equals(roundId)
                  ? round.recommendation(recommendation)
                  : Optional.empty();
          if (found.isEmpty()) {
            throw new RuleViolationException(
                ViolationCode.RECOMMENDATION_UNKNOWN,
                "the round received no such recommendation from an agreed response");
          }
          Recommendation rec = found.get();
          List<Violation> violations = new ArrayList<>();
          boolean tracked =
              rec.disposition()
                  .map(
                      d ->
                          d.kind() == DispositionKind.ADOPTED
                              || d.kind() == DispositionKind.ADAPTED)
                  .orElse(false);
          if (!tracked) {
            violations.add(
                Violation.of(
                    ViolationCode.RECOMMENDATION_NOT_TRACKED,
                    "only an adopted or adapted recommendation is tracked to implementation"));
          }
          if (!rec.history().isEmpty()
              && rec.history().get(rec.history().size() - 1).status().isFinal()) {
            violations.add(
                Violation.of(
                    ViolationCode.RECOMMENDATION_NOT_TRACKED,
                    "the recommendation is implemented or abandoned; its tracking has ended"));
          }
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          StatusChange dated = StatusChange.builder().from(change).at(unit.now()).build();
          List<Recommendation> recs = new ArrayList<>(round.recommendations());
          recs.replaceAll(
              r ->
                  r.id().equals(recommendation)
                      ? Recommendation.builder().from(r).addHistory(dated).build()
                      : r);
          unit.emit(
              new RecommendationProgressed(
                  recommendation.forum(), recommendation, dated.status(), unit.now()));
          return ConsultationRound.builder().from(round).recommendations(recs).build();
        });
  }

  @Override
  public ConsultationRound close(Actor manager, RoundId roundId) {
    Checks.notNull(manager, "actor");
    Checks.notNull(roundId, "round id");
    return manage(
        manager,
        Operation.CONSULTATION_CLOSE,
        roundId,
        (unit, round) -> {
          policy.requireClosable(round, today(unit.now()));
          for (ForumId f : round.invitedForums()) {
            unit.emit(new ConsultationClosed(f, round.id(), unit.now()));
          }
          return ConsultationRound.builder()
              .from(round)
              .state(RoundState.CLOSED)
              .closedAt(unit.now())
              .build();
        });
  }

  @Override
  public ConsultationRound get(Actor actor, RoundId roundId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(roundId, "round id");
    access.precheck(actor, Operation.CONSULTATION_GET, Subject.none());
    return transactor.read(
        tx -> {
          ConsultationRound round =
              rounds(tx).find(roundId).orElseThrow(DefaultConsultationService::noRound);
          View view =
              access.require(actor, Operation.CONSULTATION_GET, Subject.in(round.organisation()));
          return seenBy(tx, actor, view, round);
        });
  }

  @Override
  public List<OverdueDisposition> overdue(
      Actor actor, OrganisationId organisation, LocalDate asOf) {
    Checks.notNull(actor, "actor");
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(asOf, "date");
    access.precheck(actor, Operation.CONSULTATION_OVERDUE, Subject.in(organisation));
    int due = settings.apply(organisation).dispositionDueDays();
    return transactor.read(
        tx -> {
          access.require(actor, Operation.CONSULTATION_OVERDUE, Subject.in(organisation));
          List<OverdueDisposition> out = new ArrayList<>();
          for (ConsultationRound r :
              rounds(tx).findUndisposed(organisation, asOf.minusDays(due + 1L))) {
            LocalDate dueOn = r.closesOn().plusDays(due);
            for (Recommendation rec : r.undisposed()) {
              out.add(new OverdueDisposition(rec.id(), dueOn));
            }
          }
          out.sort((a, b) -> a.recommendation().compareTo(b.recommendation()));
          return List.copyOf(out);
        });
  }

  @Override
  public List<RepeatLink> repeatLinks(Actor actor, RecommendationId recommendation) {
    return repeats.links(actor, recommendation);
  }

  @Override
  public RepeatLink confirmRepeat(Actor manager, RecommendationId newer, RecommendationId earlier) {
    return repeats.decide(manager, newer, earlier, LinkState.CONFIRMED);
  }

  @Override
  public RepeatLink rejectRepeat(Actor manager, RecommendationId newer, RecommendationId earlier) {
    return repeats.decide(manager, newer, earlier, LinkState.REJECTED);
  }

  @Override
  public RepeatRecord repeats(Actor actor, RecommendationId recommendation) {
    return repeats.record(actor, recommendation);
  }

  @Override
  public List<RepeatLink> matchAgain(Actor manager, RecommendationId recommendation) {
    return repeats.matchAgain(manager, recommendation);
  }

  /** A command of a forum's member on the forum's response. */
  @FunctionalInterface
  private interface AnswerCommand {
    ConsultationRound run(Transactor.Unit unit, ConsultationRound round, ForumParties forum);
  }

  /** A command of a manager on a round. */
  @FunctionalInterface
  private interface ManagerCommand {
    ConsultationRound run(Transactor.Unit unit, ConsultationRound round);
  }

  /**
   * Runs a member's command on their forum's response: the round and forum must exist, the actor
   * must be a member, and the forum must be able to answer now (CR-2, CR-3, TR-4).
   */
  private ConsultationRound answer(
      Actor member, Operation op, RoundId roundId, ForumId forumId, AnswerCommand command) {
    access.precheck(member, op, Subject.none());
    return transactor.write(
        member,
        op,
        AggregateRef.consultation(roundId),
        unit -> {
          ConsultationStore store = rounds(unit.tx());
          ConsultationRound round =
              store.find(roundId).orElseThrow(DefaultConsultationService::noRound);
          ForumParties forum =
              unit.tx()
                  .forums()
                  .findParties(forumId)
                  .orElseThrow(() -> new NotFoundException("no forum has this id"));
          access.require(member, op, Subject.of(forum, () -> Optional.of(round.organisation())));
          List<Violation> violations =
              policy.answering(
                  round, forum, unit.tx().terms().hasInForce(forumId), today(unit.now()));
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          ConsultationRound stored = store.update(command.run(unit, round, forum));
          return seenBy(unit.tx(), member, View.ALL, stored);
        });
  }

  /** Runs a manager's command on a round of their organisation. */
  private ConsultationRound manage(
      Actor manager, Operation op, RoundId roundId, ManagerCommand command) {
    access.precheck(manager, op, Subject.none());
    return transactor.write(
        manager,
        op,
        AggregateRef.consultation(roundId),
        unit -> {
          ConsultationStore store = rounds(unit.tx());
          ConsultationRound round =
              store.find(roundId).orElseThrow(DefaultConsultationService::noRound);
          View view = access.require(manager, op, Subject.in(round.organisation()));
          ConsultationRound stored = store.update(command.run(unit, round));
          return seenBy(unit.tx(), manager, view, stored);
        });
  }

  /**
   * The round as the actor sees it under the view granted (SEC-1), decided by the access policy.
   */
  private ConsultationRound seenBy(
      StorageTransaction tx, Actor actor, View view, ConsultationRound round) {
    return access.round(
        view,
        round,
        actor,
        forum ->
            tx.forums()
                .findParties(forum)
                .filter(p -> p.members().stream().anyMatch(actor::isPractitioner))
                .isPresent());
  }

  private static List<ForumResponse> replaced(List<ForumResponse> responses, ForumResponse next) {
    List<ForumResponse> out = new ArrayList<>(responses);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).forum().equals(next.forum())) {
        out.set(i, next);
        return out;
      }
    }
    out.add(next);
    return out;
  }

  private LocalDate today(java.time.Instant now) {
    return LocalDate.ofInstant(now, transactor.clock().getZone());
  }

  /** Checks and normalises a text, naming the rule; never quotes it. */
  private static String text(String value, String rule, String what, int max) {
    try {
      return Checks.text(value, what, max);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          rule + ": " + what + " must be 1 to " + max + " characters of text");
    }
  }

  private static NotFoundException noRound() {
    return new NotFoundException("no consultation round has this id");
  }
}

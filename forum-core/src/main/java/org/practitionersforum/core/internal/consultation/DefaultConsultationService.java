package org.practitionersforum.core.internal.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.anonymisation.AnonymisationReport;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.consultation.CentralMeeting;
import org.practitionersforum.api.consultation.ConsentId;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ConsultationService;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.DispositionKind;
import org.practitionersforum.api.consultation.EngagementMetrics;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.IndividualInput;
import org.practitionersforum.api.consultation.InputConsent;
import org.practitionersforum.api.consultation.InputKind;
import org.practitionersforum.api.consultation.InputSummary;
import org.practitionersforum.api.consultation.LinkState;
import org.practitionersforum.api.consultation.MeetingDue;
import org.practitionersforum.api.consultation.MeetingId;
import org.practitionersforum.api.consultation.MissingReportBack;
import org.practitionersforum.api.consultation.OverdueDisposition;
import org.practitionersforum.api.consultation.Recommendation;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RecommendationMatcher;
import org.practitionersforum.api.consultation.RepeatLink;
import org.practitionersforum.api.consultation.RepeatRecord;
import org.practitionersforum.api.consultation.Representation;
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
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.View;
import org.practitionersforum.api.spi.ConsultationStore;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.EngagementTallies;
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
  private final Representatives representatives;
  private final Supplier<Anonymiser> anonymiser;
  private final Repeats repeats;

  DefaultConsultationService(
      Transactor transactor,
      Access access,
      Function<OrganisationId, ConsultationSettings> settings,
      Supplier<Anonymiser> anonymiser,
      RecommendationMatcher matcher) {
    this.transactor = transactor;
    this.access = access;
    this.settings = settings;
    this.anonymiser = anonymiser;
    this.representatives = new Representatives(transactor, access, settings);
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
            .state(RoundState.OPEN)
            .mode(request.mode())
            .service(request.service())
            .decisionDueOn(request.decisionDueOn());
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
          Optional<ContentHash> inputsHash = earlier.flatMap(ForumResponse::inputsHash);
          ForumResponse drafted =
              ForumResponse.builder()
                  .forum(forumId)
                  .content(content)
                  .hash(ForumResponse.hashOf(content, inputsHash))
                  .state(ResponseState.DRAFT)
                  .draftedAt(unit.now())
                  .inputs(earlier.map(ForumResponse::inputs).orElse(List.of()))
                  .inputsHash(inputsHash)
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
          ForumResponse withMine =
              ForumResponse.builder().from(response).agreements(agreements).build();
          List<PersonId> parties = parties(forum);
          unit.emit(
              new ConsultationResponseAgreement(
                  forumId,
                  round.id(),
                  (int) parties.stream().filter(withMine::agreedBy).count(),
                  parties.size(),
                  unit.now()));
          return settled(unit, round, withMine, parties, repeats);
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
  public List<MeetingDue> meetingsDue(Actor actor, OrganisationId organisation, LocalDate asOf) {
    return representatives.meetingsDue(actor, organisation, asOf);
  }

  @Override
  public Representation mandate(
      Actor facilitator, ForumId forum, PractitionerId member, String scope, LocalDate endsOn) {
    return representatives.mandate(facilitator, forum, member, scope, endsOn);
  }

  @Override
  public Representation revokeMandate(Actor facilitator, ForumId forum, int mandate) {
    return representatives.revokeMandate(facilitator, forum, mandate);
  }

  @Override
  public List<MissingReportBack> recordCentralMeeting(Actor manager, CentralMeeting meeting) {
    return representatives.recordCentralMeeting(manager, meeting);
  }

  @Override
  public Representation reportBack(
      Actor representative, ForumId forum, MeetingId meeting, String summary) {
    return representatives.reportBack(representative, forum, meeting, summary);
  }

  @Override
  public Representation representation(Actor actor, ForumId forum) {
    return representatives.representation(actor, forum);
  }

  @Override
  public List<MissingReportBack> missingReportBacks(
      Actor actor, OrganisationId organisation, LocalDate asOf) {
    return representatives.missingReportBacks(actor, organisation, asOf);
  }

  @Override
  public ConsultationRound recordConsent(
      Actor member, RoundId roundId, ForumId forumId, ConsentId consent, PersonId participant) {
    Checks.notNull(member, "actor");
    Checks.notNull(roundId, "round id");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(consent, "consent id");
    Checks.notNull(participant, "participant");
    return answer(
        member,
        Operation.CONSULTATION_INPUT,
        roundId,
        forumId,
        (unit, round, forum) -> {
          requireNotAgreed(round, forumId);
          if (round.consents().stream().anyMatch(c -> c.id().equals(consent))) {
            throw new DuplicateException("a consent with this id is recorded in the round");
          }
          return ConsultationRound.builder()
              .from(round)
              .addConsents(
                  InputConsent.builder()
                      .id(consent)
                      .forum(forumId)
                      .participant(participant)
                      .givenAt(unit.now())
                      .build())
              .build();
        });
  }

  @Override
  public ConsultationRound attachInput(
      Actor member,
      RoundId roundId,
      ForumId forumId,
      ConsentId consent,
      InputKind kind,
      String theme,
      String text) {
    Checks.notNull(member, "actor");
    Checks.notNull(roundId, "round id");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(consent, "consent id");
    Checks.notNull(kind, "input kind");
    String checkedTheme =
        text(theme, "CR-3", "an input's theme or question", IndividualInput.MAX_THEME_LENGTH);
    String checkedText =
        text(text, "CR-3", "an input's answer or quote", IndividualInput.MAX_TEXT_LENGTH);
    // The anonymiser runs before the unit of work, as for lessons: it reads no stored state.
    Anonymiser a = anonymiser.get();
    Anonymised themeOut = a.anonymise(checkedTheme);
    Anonymised textOut = a.anonymise(checkedText);
    boolean identifierLeft = identifierLeft(a, themeOut) || identifierLeft(a, textOut);
    return answer(
        member,
        Operation.CONSULTATION_INPUT,
        roundId,
        forumId,
        (unit, round, forum) -> {
          List<Violation> violations = new ArrayList<>();
          Optional<ForumResponse> response = round.response(forumId);
          if (response.isEmpty()) {
            violations.add(
                Violation.of(
                    ViolationCode.NO_RESPONSE,
                    "the forum has no draft response to attach individual input to"));
          } else if (response.get().state() == ResponseState.AGREED) {
            violations.add(agreedAlready());
          }
          boolean consented =
              round.consents().stream()
                  .anyMatch(c -> c.id().equals(consent) && c.forum().equals(forumId) && c.holds());
          if (!consented) {
            violations.add(
                Violation.of(
                    ViolationCode.CONSENT_MISSING,
                    "individual input is attached only under a participant's consent, recorded for"
                        + " this forum and not revoked"));
          }
          if (identifierLeft) {
            violations.add(
                Violation.of(
                    ViolationCode.INPUT_IDENTIFIER_LEFT,
                    "the anonymiser finds an identifier in the input that it cannot remove;"
                        + " reword it"));
          }
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          ForumResponse r = response.get();
          if (r.inputs().size() >= MAX_INPUTS) {
            throw new InvalidInputException(
                "CR-3: a response holds at most " + MAX_INPUTS + " pieces of individual input");
          }
          List<IndividualInput> inputs = new ArrayList<>(r.inputs());
          inputs.add(
              IndividualInput.builder()
                  .consent(consent)
                  .kind(kind)
                  .theme(themeOut.text())
                  .text(textOut.text())
                  .build());
          ForumResponse next = withInputs(r, inputs);
          return ConsultationRound.builder()
              .from(round)
              .responses(replaced(round.responses(), next))
              .build();
        });
  }

  @Override
  public ConsultationRound revokeConsent(
      Actor member, RoundId roundId, ForumId forumId, ConsentId consent) {
    Checks.notNull(member, "actor");
    Checks.notNull(roundId, "round id");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(consent, "consent id");
    return answer(
        member,
        Operation.CONSULTATION_INPUT,
        roundId,
        forumId,
        (unit, round, forum) -> {
          requireNotAgreed(round, forumId);
          boolean holds =
              round.consents().stream()
                  .anyMatch(c -> c.id().equals(consent) && c.forum().equals(forumId) && c.holds());
          if (!holds) {
            throw new RuleViolationException(
                ViolationCode.CONSENT_MISSING, "the forum holds no such consent that holds");
          }
          List<InputConsent> consents = new ArrayList<>(round.consents());
          consents.replaceAll(
              c ->
                  c.id().equals(consent)
                      ? InputConsent.builder().from(c).revokedAt(unit.now()).build()
                      : c);
          ConsultationRound.Builder b = ConsultationRound.builder().from(round).consents(consents);
          Optional<ForumResponse> response = round.response(forumId);
          if (response.isPresent()
              && response.get().inputs().stream().anyMatch(i -> i.consent().equals(consent))) {
            ForumResponse r = response.get();
            b.responses(
                replaced(
                    round.responses(),
                    withInputs(
                        r,
                        r.inputs().stream().filter(i -> !i.consent().equals(consent)).toList())));
          }
          return b.build();
        });
  }

  @Override
  public InputSummary inputSummary(Actor actor, RoundId roundId, ForumId forumId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(roundId, "round id");
    Checks.notNull(forumId, "forum id");
    access.precheck(actor, Operation.CONSULTATION_GET, Subject.none());
    return transactor.read(
        tx -> {
          ConsultationRound round =
              rounds(tx).find(roundId).orElseThrow(DefaultConsultationService::noRound);
          View view =
              access.require(actor, Operation.CONSULTATION_GET, Subject.in(round.organisation()));
          int threshold = settings.apply(round.organisation()).suppressionThreshold();
          // The reader's own view of the round decides: a draft shows only to the forum's members.
          return seenBy(tx, actor, view, round)
              .response(forumId)
              .map(r -> InputSummary.of(round.response(forumId).orElseThrow(), threshold))
              .orElseGet(() -> new InputSummary(forumId, List.of(), List.of()));
        });
  }

  /**
   * A draft with other individual input: its hash changes with the input, and every agreement to it
   * is removed, as an edit removes them (CR-3).
   */
  private static ForumResponse withInputs(ForumResponse r, List<IndividualInput> inputs) {
    Optional<ContentHash> inputsHash = ForumResponse.inputsHashOf(inputs);
    return ForumResponse.builder()
        .from(r)
        .inputs(inputs)
        .inputsHash(inputsHash)
        .hash(ForumResponse.hashOf(r.content(), inputsHash))
        .agreements(List.of())
        .build();
  }

  /** The most pieces of individual input one response holds. */
  static final int MAX_INPUTS = 2_000;

  /** Whether the anonymiser found an identifier it did not remove, or finds one still. */
  private static boolean identifierLeft(Anonymiser a, Anonymised out) {
    if (!out.report().heldForReview().isEmpty()) {
      return true;
    }
    AnonymisationReport again = a.anonymise(out.text()).report();
    return again.findings().stream().anyMatch(f -> f.confidence() == Confidence.HIGH);
  }

  private static void requireNotAgreed(ConsultationRound round, ForumId forumId) {
    if (round.response(forumId).filter(r -> r.state() == ResponseState.AGREED).isPresent()) {
      throw new RuleViolationException(List.of(agreedAlready()));
    }
  }

  private static Violation agreedAlready() {
    return Violation.of(
        ViolationCode.RESPONSE_AGREED,
        "the forum's response is agreed and released; it can no longer change");
  }

  @Override
  public EngagementMetrics metrics(
      Actor actor, OrganisationId organisation, LocalDate from, LocalDate to) {
    Checks.notNull(actor, "actor");
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(from, "first date");
    Checks.notNull(to, "last date");
    if (to.isBefore(from)) {
      throw new InvalidInputException("CR-8: a period's last date is not before its first");
    }
    if (to.isAfter(from.plusYears(Engagement.MAX_YEARS))) {
      throw new InvalidInputException(
          "CR-8: a period is at most " + Engagement.MAX_YEARS + " years long");
    }
    access.precheck(actor, Operation.CONSULTATION_METRICS, Subject.in(organisation));
    ConsultationSettings orgSettings = settings.apply(organisation);
    return transactor.read(
        tx -> {
          access.require(actor, Operation.CONSULTATION_METRICS, Subject.in(organisation));
          LocalDate asOf = today(transactor.clock().instant());
          EngagementTallies tallies =
              rounds(tx)
                  .engagement(
                      organisation,
                      from,
                      to,
                      asOf.minusDays(orgSettings.dispositionDueDays() + 1L));
          return Engagement.shown(
              organisation, from, to, asOf, orgSettings.suppressionThreshold(), tallies);
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

  /** A forum's parties to its response: its current members (CR-3). */
  static List<PersonId> parties(ForumParties forum) {
    return forum.members().stream().map(p -> p.asPerson()).toList();
  }

  /**
   * The round with a forum's response as given, released if every current party has agreed its
   * content (CR-3): then the response is agreed, keeping only the parties' agreements (a former
   * member's agreement is not counted and not kept), and its recommendations are received. A forum
   * with no current member releases nothing.
   *
   * @param unit the unit of work, for the time and events
   * @param round the round as read
   * @param response the forum's response, still a draft
   * @param parties the forum's current members
   * @return the round holding the response, released or still a draft
   */
  static ConsultationRound settled(
      Transactor.Unit unit,
      ConsultationRound round,
      ForumResponse response,
      List<PersonId> parties,
      Repeats repeats) {
    ConsultationRound.Builder b = ConsultationRound.builder().from(round);
    if (parties.isEmpty() || !parties.stream().allMatch(response::agreedBy)) {
      return b.responses(replaced(round.responses(), response)).build();
    }
    ForumResponse released =
        ForumResponse.builder()
            .from(response)
            .agreements(
                response.agreements().stream().filter(a -> parties.contains(a.party())).toList())
            .state(ResponseState.AGREED)
            .agreedAt(unit.now())
            .build();
    List<String> texts = response.content().recommendations();
    List<Recommendation> received = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      received.add(
          Recommendation.builder()
              .id(new RecommendationId(round.id(), response.forum(), i + 1))
              .text(texts.get(i))
              .build());
    }
    b.addAllRecommendations(received);
    // Received recommendations enter the repeat ledger and are matched against earlier ones (CR-6).
    repeats.received(unit, round.organisation(), received);
    unit.emit(
        new ConsultationResponseAgreed(response.forum(), round.id(), texts.size(), unit.now()));
    return b.responses(replaced(round.responses(), released)).build();
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

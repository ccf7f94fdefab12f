package org.practitionersforum.core.internal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.practitionersforum.core.internal.consultation.ConsultationFixture.ROUND;
import static org.practitionersforum.core.internal.consultation.ConsultationFixture.content;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.DispositionKind;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.OverdueDisposition;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundState;
import org.practitionersforum.api.event.ConsultationClosed;
import org.practitionersforum.api.event.ConsultationOpened;
import org.practitionersforum.api.event.ConsultationResponseAgreed;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.RecommendationDisposed;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.core.internal.terms.TermsFixture;

/** The consultation service on the in-memory store: CR-1 to CR-4 and SEC-1 end to end. */
class ConsultationServiceTest {
  private static final String MEGABYTE = "x".repeat(1 << 20);
  private final ConsultationFixture c = new ConsultationFixture();

  private RecommendationId rec(ForumId forum, int n) {
    return new RecommendationId(ROUND, forum, n);
  }

  private Optional<ConsultationRound> storedRound(RoundId id) {
    return c.f.storage.inTransaction(tx -> ((ConsultationTransaction) tx).consultations().find(id));
  }

  /** Runs a refused command and checks it names the rule and changed nothing. */
  private <T extends Throwable> T refusedUnchanged(Class<T> type, Runnable command) {
    Optional<ConsultationRound> before = storedRound(ROUND);
    int events = c.f.events.size();
    T thrown = catchThrowableOfType(type, command::run);
    assertThat(thrown).as("refused with a " + type.getSimpleName()).isNotNull();
    assertThat(storedRound(ROUND)).as("stored state unchanged").isEqualTo(before);
    assertThat(c.f.events).as("no event").hasSize(events);
    return thrown;
  }

  private RuleViolationException refusedWith(ViolationCode code, Runnable command) {
    RuleViolationException e = refusedUnchanged(RuleViolationException.class, command);
    assertThat(e.has(code)).as("names " + code).isTrue();
    assertThat(e.getMessage()).contains(code.rule());
    return e;
  }

  @Test
  void aRoundIsOpenedAnsweredDisposedAndClosedWithOneAuditRecordPerCommand() {
    ConsultationRound opened = c.open();
    assertThat(opened.state()).isEqualTo(RoundState.OPEN);
    assertThat(opened.shortWindow()).isFalse();
    assertThat(c.f.events)
        .filteredOn(ConsultationOpened.class::isInstance)
        .extracting(ForumEvent::forum)
        .containsExactly(c.forum1, c.forum2);

    ConsultationRound answered = c.answer(c.forum1, content(4));
    assertThat(answered.response(c.forum1).orElseThrow().state()).isEqualTo(ResponseState.AGREED);
    assertThat(answered.recommendations()).hasSize(4);
    assertThat(c.f.events).filteredOn(ConsultationResponseAgreed.class::isInstance).hasSize(1);

    c.sdk.consultations().dispose(c.manager, ROUND, rec(c.forum1, 1), Disposition.adopted());
    c.sdk
        .consultations()
        .dispose(c.manager, ROUND, rec(c.forum1, 2), Disposition.adapted("Fridays from March."));
    c.sdk
        .consultations()
        .dispose(
            c.manager, ROUND, rec(c.forum1, 3), Disposition.deferred(LocalDate.of(2027, 1, 1)));
    c.sdk
        .consultations()
        .dispose(
            Actor.manager(ConsultationFixture.OTHER_MANAGER),
            ROUND,
            rec(c.forum1, 4),
            Disposition.declined("The budget is fixed for the year."));
    assertThat(c.f.events)
        .filteredOn(RecommendationDisposed.class::isInstance)
        .extracting(e -> ((RecommendationDisposed) e).kind())
        .containsExactly(
            DispositionKind.ADOPTED,
            DispositionKind.ADAPTED,
            DispositionKind.DEFERRED,
            DispositionKind.DECLINED);
    assertThat(c.f.events)
        .filteredOn(RecommendationDisposed.class::isInstance)
        .allSatisfy(e -> assertThat(e.forum()).as("addressed to the forum").isEqualTo(c.forum1));

    c.pastClose();
    ConsultationRound closed = c.sdk.consultations().close(c.manager, ROUND);
    assertThat(closed.state()).isEqualTo(RoundState.CLOSED);
    assertThat(closed.closedAt()).isPresent();
    assertThat(c.f.events).filteredOn(ConsultationClosed.class::isInstance).hasSize(2);

    List<AuditRecord> audit =
        c.sdk
            .audit()
            .query(
                Actor.administrator(TermsFixture.ADMIN),
                AuditQuery.all().aggregate(AggregateRef.consultation(ROUND)))
            .records();
    // open, respond, four agreements, four dispositions, close
    assertThat(audit).hasSize(11);
    assertThat(audit.get(0).organisation()).contains(TermsFixture.ORG);
  }

  @Test
  void eventsCarryNoTextAndNoPerson() {
    int before = c.f.events.size();
    c.open();
    c.answer(c.forum1, content(2));
    c.sdk
        .consultations()
        .dispose(c.manager, ROUND, rec(c.forum1, 1), Disposition.declined("A secret reason."));
    List<ForumEvent> consultation = List.copyOf(c.f.events.subList(before, c.f.events.size()));
    assertThat(consultation).hasSizeGreaterThan(5);
    for (ForumEvent e : consultation) {
      String json = ForumJson.write(e);
      assertThat(json).doesNotContain("Recommendation number", "secret", "consultative sessions");
      for (var p : c.f.members) {
        assertThat(json).doesNotContain("\"" + p.value() + "\"");
      }
      assertThat(json).doesNotContain(ConsultationFixture.MANAGER.value());
    }
  }

  @Test
  void openingIsRefusedWithoutTheFormativeDeclaration() {
    refusedWith(
        ViolationCode.ROUND_NOT_FORMATIVE,
        () -> c.sdk.consultations().open(c.manager, c.request().formative(false).build()));
    assertThat(storedRound(ROUND)).isEmpty();
  }

  @Test
  void openingIsRefusedWithDatesReversedOrInThePast() {
    LocalDate today = c.today();
    refusedWith(
        ViolationCode.ROUND_DATES,
        () ->
            c.sdk
                .consultations()
                .open(
                    c.manager,
                    c.request().opensOn(today.plusDays(30)).closesOn(today.plusDays(2)).build()));
    refusedWith(
        ViolationCode.ROUND_DATES,
        () ->
            c.sdk
                .consultations()
                .open(
                    c.manager,
                    c.request().opensOn(today.minusDays(1)).closesOn(today.plusDays(40)).build()));
    assertThat(storedRound(ROUND)).isEmpty();
  }

  @Test
  void aShortWindowNeedsAReasonWhichIsRecorded() {
    RuleViolationException e =
        refusedWith(
            ViolationCode.ROUND_WINDOW_TOO_SHORT,
            () ->
                c.sdk
                    .consultations()
                    .open(c.manager, c.request().closesOn(c.today().plusDays(27)).build()));
    assertThat(e.getMessage()).contains("CR-2");
    ConsultationRound opened =
        c.sdk
            .consultations()
            .open(
                c.manager,
                c.request()
                    .closesOn(c.today().plusDays(14))
                    .shortWindowReason("The contract is re-let next month.")
                    .build());
    assertThat(opened.shortWindow()).isTrue();
    assertThat(opened.shortWindowReason()).contains("The contract is re-let next month.");
  }

  @Test
  void theMinimumWindowIsConfigurablePerOrganisation() {
    ConsultationFixture strict =
        new ConsultationFixture(
            b -> b.consultationSettings(TermsFixture.ORG, new ConsultationSettings(42, 84)));
    assertThatThrownBy(
            () ->
                strict
                    .sdk
                    .consultations()
                    .open(
                        strict.manager,
                        strict.request().closesOn(strict.today().plusDays(41)).build()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("42 days");
    assertThat(
            strict
                .sdk
                .consultations()
                .open(
                    strict.manager, strict.request().closesOn(strict.today().plusDays(42)).build())
                .shortWindow())
        .isFalse();
  }

  @Test
  void openingIsRefusedForUnknownForumsListingEveryBrokenRule() {
    RuleViolationException e =
        refusedWith(
            ViolationCode.ROUND_FORUM_UNKNOWN,
            () ->
                c.sdk
                    .consultations()
                    .open(
                        c.manager,
                        c.request()
                            .addInvitedForums(ForumId.of("no-such-forum"))
                            .formative(false)
                            .build()));
    assertThat(e.has(ViolationCode.ROUND_NOT_FORMATIVE)).isTrue();
  }

  @Test
  void overlongTextsAreRefusedNamingTheRule() {
    assertThat(
            refusedUnchanged(
                    InvalidInputException.class,
                    () ->
                        c.sdk.consultations().open(c.manager, c.request().topic(MEGABYTE).build()))
                .getMessage())
        .startsWith("CR-1");
    assertThat(
            refusedUnchanged(
                    InvalidInputException.class,
                    () ->
                        c.sdk
                            .consultations()
                            .open(
                                c.manager,
                                c.request()
                                    .closesOn(c.today().plusDays(3))
                                    .shortWindowReason(MEGABYTE)
                                    .build()))
                .getMessage())
        .startsWith("CR-2");
    assertThatThrownBy(() -> ResponseContent.of(MEGABYTE, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-3");
    assertThatThrownBy(() -> ResponseContent.of("ok", List.of(MEGABYTE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-3");
    assertThatThrownBy(() -> Disposition.declined(MEGABYTE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-4");
    assertThat(storedRound(ROUND)).isEmpty();
  }

  @Test
  void onlyManagersOpenRounds() {
    PermissionDeniedException e =
        refusedUnchanged(
            PermissionDeniedException.class,
            () -> c.sdk.consultations().open(c.member(c.forum1, 0), c.request().build()));
    assertThat(e.getMessage()).contains("CR-1");
  }

  @Test
  void onlyAnInvitedForumWithTermsInForceResponds() {
    c.open();
    refusedWith(
        ViolationCode.FORUM_NOT_INVITED,
        () -> c.sdk.consultations().respond(c.member(c.forum3, 0), ROUND, c.forum3, content(1)));
    RoundId second = RoundId.of("round-2");
    c.sdk
        .consultations()
        .open(c.manager, c.request().id(second).addInvitedForums(c.forum3).build());
    RuleViolationException e =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                c.sdk.consultations().respond(c.member(c.forum3, 0), second, c.forum3, content(1)));
    assertThat(e.has(ViolationCode.TERMS_NOT_IN_FORCE)).isTrue();
    assertThat(storedRound(second).orElseThrow().responses()).isEmpty();
  }

  @Test
  void onlyMembersDraftAndAgreeTheirForumsResponse() {
    c.open();
    assertThat(
            refusedUnchanged(
                    PermissionDeniedException.class,
                    () ->
                        c.sdk
                            .consultations()
                            .respond(c.member(c.forum2, 0), ROUND, c.forum1, content(1)))
                .getMessage())
        .contains("CR-3");
    refusedUnchanged(
        PermissionDeniedException.class,
        () -> c.sdk.consultations().respond(c.manager, ROUND, c.forum1, content(1)));
    c.sdk.consultations().respond(c.member(c.forum1, 0), ROUND, c.forum1, content(1));
    refusedUnchanged(
        PermissionDeniedException.class,
        () ->
            c.sdk
                .consultations()
                .agree(Actor.manager(TermsFixture.SPONSOR), ROUND, c.forum1, content(1).hash()));
  }

  @Test
  void forumsRespondOnlyWithinTheWindow() {
    c.sdk
        .consultations()
        .open(
            c.manager,
            c.request().opensOn(c.today().plusDays(1)).closesOn(c.today().plusDays(40)).build());
    refusedWith(
        ViolationCode.ROUND_WINDOW_NOT_OPEN,
        () -> c.sdk.consultations().respond(c.member(c.forum1, 0), ROUND, c.forum1, content(1)));
    c.clock.advance(Duration.ofDays(41));
    refusedWith(
        ViolationCode.ROUND_WINDOW_NOT_OPEN,
        () -> c.sdk.consultations().respond(c.member(c.forum1, 0), ROUND, c.forum1, content(1)));
  }

  @Test
  void aResponseCountsOnlyWhenEveryMemberAgreedItsExactContent() {
    c.open();
    ResponseContent first = content(2);
    c.sdk.consultations().respond(c.member(c.forum1, 0), ROUND, c.forum1, first);
    for (int i = 0; i < 3; i++) {
      c.sdk.consultations().agree(c.member(c.forum1, i), ROUND, c.forum1, first.hash());
    }
    ConsultationRound three = c.stored();
    assertThat(three.response(c.forum1).orElseThrow().state()).isEqualTo(ResponseState.DRAFT);
    assertThat(three.response(c.forum1).orElseThrow().agreements()).hasSize(3);
    assertThat(three.recommendations()).as("nothing counts before everyone agreed").isEmpty();

    refusedWith(
        ViolationCode.RESPONSE_AGREED,
        () -> c.sdk.consultations().agree(c.member(c.forum1, 0), ROUND, c.forum1, first.hash()));

    ResponseContent edited = content(3);
    c.sdk.consultations().respond(c.member(c.forum1, 1), ROUND, c.forum1, edited);
    assertThat(c.stored().response(c.forum1).orElseThrow().agreements())
        .as("an edit voids every agreement")
        .isEmpty();
    refusedWith(
        ViolationCode.RESPONSE_CHANGED,
        () -> c.sdk.consultations().agree(c.member(c.forum1, 3), ROUND, c.forum1, first.hash()));
    for (int i = 0; i < 4; i++) {
      c.sdk.consultations().agree(c.member(c.forum1, i), ROUND, c.forum1, edited.hash());
    }
    ConsultationRound agreed = c.stored();
    ForumResponse response = agreed.response(c.forum1).orElseThrow();
    assertThat(response.state()).isEqualTo(ResponseState.AGREED);
    assertThat(response.agreements())
        .allSatisfy(a -> assertThat(a.hash()).isEqualTo(edited.hash()))
        .hasSize(4);
    assertThat(agreed.recommendations()).hasSize(3);
    refusedWith(
        ViolationCode.RESPONSE_AGREED,
        () -> c.sdk.consultations().respond(c.member(c.forum1, 0), ROUND, c.forum1, first));
  }

  @Test
  void aDispositionForAnotherRoundsOrAnUnknownRecommendationIsRefused() {
    c.open();
    c.answer(c.forum1, content(2));
    RecommendationId elsewhere = new RecommendationId(RoundId.of("round-9"), c.forum1, 1);
    refusedWith(
        ViolationCode.RECOMMENDATION_UNKNOWN,
        () -> c.sdk.consultations().dispose(c.manager, ROUND, elsewhere, Disposition.adopted()));
    refusedWith(
        ViolationCode.RECOMMENDATION_UNKNOWN,
        () ->
            c.sdk
                .consultations()
                .dispose(c.manager, ROUND, rec(c.forum1, 3), Disposition.adopted()));
    refusedWith(
        ViolationCode.RECOMMENDATION_UNKNOWN,
        () ->
            c.sdk
                .consultations()
                .dispose(c.manager, ROUND, rec(c.forum2, 1), Disposition.adopted()));
    refusedUnchanged(
        PermissionDeniedException.class,
        () ->
            c.sdk
                .consultations()
                .dispose(c.member(c.forum1, 0), ROUND, rec(c.forum1, 1), Disposition.adopted()));
    refusedUnchanged(
        NotFoundException.class,
        () ->
            c.sdk
                .consultations()
                .dispose(c.manager, RoundId.of("round-9"), elsewhere, Disposition.adopted()));
  }

  @Test
  void dispositionsStateWhatTheirKindNeeds() {
    assertThatThrownBy(() -> Disposition.adapted(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-4");
    assertThatThrownBy(() -> Disposition.declined(""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-4");
    assertThatThrownBy(() -> Disposition.deferred(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Disposition.builder().kind(DispositionKind.DECLINED).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CR-4");
    assertThatThrownBy(
            () -> Disposition.builder().kind(DispositionKind.ADOPTED).reason("why not").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CR-4");
  }

  @Test
  void closingIsRefusedNamingCr4WhileAnyRecommendationIsUndisposed() {
    c.open();
    c.answer(c.forum1, content(2));
    RuleViolationException early =
        refusedWith(
            ViolationCode.ROUND_WINDOW_OPEN, () -> c.sdk.consultations().close(c.manager, ROUND));
    assertThat(early.has(ViolationCode.RECOMMENDATIONS_UNDISPOSED)).isTrue();
    c.pastClose();
    c.sdk.consultations().dispose(c.manager, ROUND, rec(c.forum1, 1), Disposition.adopted());
    RuleViolationException e =
        refusedWith(
            ViolationCode.RECOMMENDATIONS_UNDISPOSED,
            () -> c.sdk.consultations().close(c.manager, ROUND));
    assertThat(e.getMessage()).contains("CR-4").contains("1 recommendation");
    c.sdk.consultations().dispose(c.manager, ROUND, rec(c.forum1, 2), Disposition.adopted());
    c.sdk.consultations().close(c.manager, ROUND);
    refusedWith(ViolationCode.ROUND_CLOSED, () -> c.sdk.consultations().close(c.manager, ROUND));
    refusedWith(
        ViolationCode.ROUND_CLOSED,
        () ->
            c.sdk
                .consultations()
                .dispose(c.manager, ROUND, rec(c.forum1, 1), Disposition.adopted()));
  }

  @Test
  void overdueDispositionsAreListedForAnyoneAfterTheDuePeriod() {
    c.open();
    c.answer(c.forum1, content(2));
    LocalDate closes = c.stored().closesOn();
    LocalDate due = closes.plusDays(84);
    Actor anyone = Actor.reviewer(PersonId.of("reviewer-1"));
    assertThat(c.sdk.consultations().overdue(anyone, TermsFixture.ORG, due)).isEmpty();
    List<OverdueDisposition> overdue =
        c.sdk.consultations().overdue(c.member(c.forum2, 0), TermsFixture.ORG, due.plusDays(1));
    assertThat(overdue)
        .containsExactly(
            new OverdueDisposition(rec(c.forum1, 1), due),
            new OverdueDisposition(rec(c.forum1, 2), due));
    assertThat(
            c.sdk
                .consultations()
                .overdue(
                    anyone,
                    org.practitionersforum.api.practitioner.OrganisationId.of("x"),
                    due.plusDays(1)))
        .isEmpty();
    c.sdk.consultations().dispose(c.manager, ROUND, rec(c.forum1, 1), Disposition.adopted());
    assertThat(c.sdk.consultations().overdue(anyone, TermsFixture.ORG, due.plusDays(1)))
        .containsExactly(new OverdueDisposition(rec(c.forum1, 2), due));
  }

  @Test
  void managersSeeOnlyReleasedResponsesAndNeverWhoAgreed() {
    c.open();
    c.answer(c.forum1, content(2));
    c.sdk.consultations().respond(c.member(c.forum2, 0), ROUND, c.forum2, content(1));
    c.sdk.consultations().agree(c.member(c.forum2, 1), ROUND, c.forum2, content(1).hash());

    ConsultationRound seen = c.sdk.consultations().get(c.manager, ROUND);
    assertThat(seen.responses()).extracting(ForumResponse::forum).containsExactly(c.forum1);
    assertThat(seen.responses().get(0).agreements()).isEmpty();
    assertThat(seen.recommendations()).hasSize(2);
    String json = ForumJson.write(seen);
    for (var p : c.f.members) {
      assertThat(json).doesNotContain(p.value() + "\"");
    }
    // The dispose command answers the manager in the same view.
    ConsultationRound afterDispose =
        c.sdk.consultations().dispose(c.manager, ROUND, rec(c.forum1, 1), Disposition.adopted());
    assertThat(afterDispose.responses()).extracting(ForumResponse::forum).containsExactly(c.forum1);
    assertThat(afterDispose.responses().get(0).agreements()).isEmpty();
  }

  @Test
  void aMemberSeesTheirOwnForumsDraftAndOnlyReleasedResponsesOfOthers() {
    c.open();
    c.answer(c.forum1, content(2));
    c.sdk.consultations().respond(c.member(c.forum2, 0), ROUND, c.forum2, content(1));
    c.sdk.consultations().agree(c.member(c.forum2, 1), ROUND, c.forum2, content(1).hash());

    ConsultationRound ownDraft = c.sdk.consultations().get(c.member(c.forum2, 2), ROUND);
    assertThat(ownDraft.response(c.forum2).orElseThrow().agreements()).hasSize(1);
    assertThat(ownDraft.response(c.forum1).orElseThrow().agreements()).isEmpty();

    ConsultationRound other = c.sdk.consultations().get(c.member(c.forum3, 0), ROUND);
    assertThat(other.response(c.forum2)).isEmpty();
    assertThat(other.response(c.forum1).orElseThrow().agreements()).isEmpty();
  }

  @Test
  void administratorsSeeEverythingAndOtherRolesNothing() {
    c.open();
    c.sdk.consultations().respond(c.member(c.forum2, 0), ROUND, c.forum2, content(1));
    ConsultationRound all =
        c.sdk.consultations().get(Actor.administrator(TermsFixture.ADMIN), ROUND);
    assertThat(all.response(c.forum2)).isPresent();
    assertThatThrownBy(
            () -> c.sdk.consultations().get(Actor.reviewer(PersonId.of("reviewer-1")), ROUND))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () -> c.sdk.consultations().get(Actor.facilitator(TermsFixture.FACILITATOR), ROUND))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void stringsShowNoTextNorPerson() {
    c.open();
    ConsultationRound round = c.answer(c.forum1, content(1));
    c.sdk
        .consultations()
        .dispose(c.manager, ROUND, rec(c.forum1, 1), Disposition.declined("A secret reason."));
    String shown = c.stored().toString();
    assertThat(shown)
        .doesNotContain("Duty rota", "rota fairer", "Recommendation number", "secret", "p-0")
        .doesNotContain(ConsultationFixture.MANAGER.value());
    assertThat(round.toString()).doesNotContain("p-1");
  }

  @SuppressWarnings("unused")
  private static <T> T quiet(Supplier<T> s) {
    return s.get();
  }
}

package org.practitionersforum.core.internal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practitionersforum.core.internal.consultation.ConsultationFixture.ROUND;
import static org.practitionersforum.core.internal.consultation.ConsultationFixture.content;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.StatusChange;
import org.practitionersforum.api.event.RecommendationProgressed;
import org.practitionersforum.api.json.ForumJson;

/** Tracking adopted and adapted recommendations to implementation (CR-5). */
class TrackingTest {
  private final ConsultationFixture c = new ConsultationFixture();
  private RecommendationId adopted;
  private RecommendationId adapted;
  private RecommendationId declined;

  @BeforeEach
  void disposed() {
    c.open();
    c.answer(c.forum1, content(3));
    adopted = new RecommendationId(ROUND, c.forum1, 1);
    adapted = new RecommendationId(ROUND, c.forum1, 2);
    declined = new RecommendationId(ROUND, c.forum1, 3);
    c.sdk.consultations().dispose(c.manager, ROUND, adopted, Disposition.adopted());
    c.sdk.consultations().dispose(c.manager, ROUND, adapted, Disposition.adapted("Half days."));
    c.sdk.consultations().dispose(c.manager, ROUND, declined, Disposition.declined("No money."));
  }

  static StatusChange change(ImplementationStatus status, String evidence) {
    StatusChange.Builder b =
        StatusChange.builder().status(status).evidence(evidence).at(Instant.EPOCH);
    if (status == ImplementationStatus.IN_PROGRESS) {
      b.percent(40);
    }
    if (status == ImplementationStatus.ABANDONED) {
      b.reason("The service was decommissioned.");
    }
    return b.build();
  }

  private ConsultationRound track(RecommendationId id, ImplementationStatus status) {
    return c.sdk
        .consultations()
        .track(c.manager, ROUND, id, change(status, "Minutes of " + status));
  }

  @Test
  void anAdoptedRecommendationIsTrackedToImplementedWithADatedHistoryAndAnEventEachTime() {
    Instant planned = c.clock.instant();
    track(adopted, ImplementationStatus.PLANNED);
    c.clock.advance(Duration.ofDays(10));
    track(adopted, ImplementationStatus.IN_PROGRESS);
    c.pastClose();
    c.sdk
        .consultations()
        .track(c.manager, ROUND, adapted, change(ImplementationStatus.ABANDONED, "Board paper."));
    c.sdk.consultations().close(c.manager, ROUND);
    c.clock.advance(Duration.ofDays(3));
    ConsultationRound round = track(adopted, ImplementationStatus.IMPLEMENTED);

    List<StatusChange> history = round.recommendation(adopted).orElseThrow().history();
    assertThat(history)
        .extracting(StatusChange::status)
        .containsExactly(
            ImplementationStatus.PLANNED,
            ImplementationStatus.IN_PROGRESS,
            ImplementationStatus.IMPLEMENTED);
    assertThat(history.get(0).at()).isEqualTo(planned);
    assertThat(history.get(1).at()).isAfter(history.get(0).at());
    assertThat(history.get(1).percent()).contains(40);
    assertThat(history.get(2).evidence()).isEqualTo("Minutes of IMPLEMENTED");

    List<RecommendationProgressed> events =
        c.f.events.stream()
            .filter(RecommendationProgressed.class::isInstance)
            .map(RecommendationProgressed.class::cast)
            .toList();
    assertThat(events).hasSize(4);
    assertThat(events).allSatisfy(e -> assertThat(e.forum()).isEqualTo(c.forum1));
    assertThat(events)
        .allSatisfy(e -> assertThat(ForumJson.write(e)).doesNotContain("Minutes", "Board"));

    // The originating forum's members read the history too.
    assertThat(
            c.sdk
                .consultations()
                .get(c.member(c.forum1, 2), ROUND)
                .recommendation(adopted)
                .orElseThrow()
                .history())
        .hasSize(3);
  }

  @Test
  void onlyAdoptedOrAdaptedRecommendationsAreTrackedAndNothingFollowsTheEnd() {
    ConsultationRound before = c.stored();
    RuleViolationException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RuleViolationException.class, () -> track(declined, ImplementationStatus.PLANNED));
    assertThat(e.has(ViolationCode.RECOMMENDATION_NOT_TRACKED)).isTrue();
    assertThat(e.getMessage()).contains("CR-5");
    assertThat(c.stored()).isEqualTo(before);

    track(adopted, ImplementationStatus.IMPLEMENTED);
    assertThatThrownBy(() -> track(adopted, ImplementationStatus.IN_PROGRESS))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("CR-5");
    assertThat(c.stored().recommendation(adopted).orElseThrow().history()).hasSize(1);
    assertThatThrownBy(
            () ->
                c.sdk
                    .consultations()
                    .track(
                        c.member(c.forum1, 0),
                        ROUND,
                        adapted,
                        change(ImplementationStatus.PLANNED, "x")))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("CR-5");
    assertThatThrownBy(
            () ->
                c.sdk
                    .consultations()
                    .track(
                        c.manager,
                        ROUND,
                        new RecommendationId(
                            org.practitionersforum.api.consultation.RoundId.of("other"),
                            c.forum1,
                            2),
                        change(ImplementationStatus.PLANNED, "x")))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("CR-4");
  }

  @Test
  void aChangeStatesWhatItsStatusNeeds() {
    assertThatThrownBy(
            () ->
                StatusChange.builder()
                    .status(ImplementationStatus.IN_PROGRESS)
                    .percent(101)
                    .evidence("e")
                    .at(Instant.EPOCH)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-5");
    assertThatThrownBy(
            () ->
                StatusChange.builder()
                    .status(ImplementationStatus.ABANDONED)
                    .evidence("e")
                    .at(Instant.EPOCH)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-5");
    assertThatThrownBy(
            () ->
                StatusChange.builder()
                    .status(ImplementationStatus.PLANNED)
                    .evidence("x".repeat(1 << 20))
                    .at(Instant.EPOCH)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-5");
  }
}

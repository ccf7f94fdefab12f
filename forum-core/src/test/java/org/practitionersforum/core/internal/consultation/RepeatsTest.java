package org.practitionersforum.core.internal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.LinkState;
import org.practitionersforum.api.consultation.ManagementTier;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RecommendationMatcher;
import org.practitionersforum.api.consultation.RepeatLink;
import org.practitionersforum.api.consultation.RepeatRecord;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.StatusChange;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.RecommendationEscalated;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.LedgerEntry;
import org.practitionersforum.api.spi.RepeatTransaction;
import org.practitionersforum.core.internal.terms.TermsFixture;

/** Repeats through the service (CR-6): suggestion, decision, the ledger line and escalation. */
class RepeatsTest {
  private static final String SAID = "Keep Fridays free of home visits for the duty team.";
  private static final String AGAIN = "The duty team's Fridays should be kept free of home visits!";

  private final List<ForumEvent> events = new ArrayList<>();

  private ConsultationFixture fixture(int escalateAfter) {
    return new ConsultationFixture(
        b ->
            b.consultationSettings(
                    TermsFixture.ORG,
                    ConsultationSettings.DEFAULT.withEscalateAfterRepeats(escalateAfter))
                .listener(events::add));
  }

  /** Opens a round and has each forum agree a response of one recommendation, in order. */
  private static List<RecommendationId> raise(
      ConsultationFixture c, String round, List<ForumId> forums, List<String> texts) {
    RoundId id = RoundId.of(round);
    c.sdk.consultations().open(c.manager, c.request().id(id).build());
    List<RecommendationId> out = new ArrayList<>();
    for (int i = 0; i < forums.size(); i++) {
      ForumId forum = forums.get(i);
      ResponseContent content = ResponseContent.of("Our view.", List.of(texts.get(i)));
      c.sdk.consultations().respond(c.member(forum, 0), id, forum, content);
      for (int m = 0; m < c.members(forum).size(); m++) {
        c.sdk.consultations().agree(c.member(forum, m), id, forum, content.hash());
      }
      out.add(new RecommendationId(id, forum, 1));
    }
    return out;
  }

  private static ConsultationRound round(ConsultationFixture c, RoundId id) {
    return c.f
        .storage
        .inTransaction(tx -> ((ConsultationTransaction) tx).consultations().find(id))
        .orElseThrow();
  }

  @Test
  void aParaphrasedRepeatIsSuggestedConfirmedAndShownOnTheLedger() {
    ConsultationFixture c = fixture(3);
    List<RecommendationId> first = raise(c, "round-a", List.of(c.forum1), List.of(SAID));
    c.clock.advance(java.time.Duration.ofDays(30));
    List<RecommendationId> later = raise(c, "round-b", List.of(c.forum2), List.of(AGAIN));

    List<RepeatLink> links = c.sdk.consultations().repeatLinks(c.manager, later.get(0));

    assertThat(links).hasSize(1);
    assertThat(links.get(0).earlier()).isEqualTo(first.get(0));
    assertThat(links.get(0).state()).isEqualTo(LinkState.SUGGESTED);
    assertThat(c.sdk.consultations().repeats(c.manager, later.get(0)).toString())
        .isEqualTo("raised 1 time since " + c.today() + "; implemented: no");
    ConsultationRound before = round(c, RoundId.of("round-a"));

    RepeatLink confirmed =
        c.sdk.consultations().confirmRepeat(c.manager, later.get(0), first.get(0));

    assertThat(confirmed.state()).isEqualTo(LinkState.CONFIRMED);
    RepeatRecord record = c.sdk.consultations().repeats(c.member(c.forum1, 0), later.get(0));
    assertThat(record.toString())
        .isEqualTo("raised 2 times since " + c.today().minusDays(30) + "; implemented: no");
    assertThat(record.group()).containsExactly(first.get(0), later.get(0));
    assertThat(record.escalated()).isFalse();
    // Linked, not merged: the earlier round, its forum and date are exactly as they were.
    assertThat(round(c, RoundId.of("round-a"))).isEqualTo(before);
    assertThat(round(c, RoundId.of("round-b")).recommendations())
        .extracting(r -> r.id().forum())
        .containsExactly(c.forum2);
  }

  @Test
  void escalationHappensExactlyAtEachBatchOfTheConfiguredCount() {
    for (int every = 1; every <= 3; every++) {
      events.clear();
      ConsultationFixture c = fixture(every);
      List<RecommendationId> recs = new ArrayList<>();
      int n = 3 * every + 1;
      for (int r = 0; recs.size() < n; r++) {
        recs.addAll(raise(c, "round-" + r, List.of(c.forum1, c.forum2), List.of(SAID, AGAIN)));
      }
      RecommendationId first = recs.get(0);
      int escalations = 0;
      for (int i = 1; i < n; i++) {
        c.sdk.consultations().confirmRepeat(c.manager, recs.get(i), first);
        ManagementTier expected = ManagementTier.after(i / every);
        RepeatRecord record = c.sdk.consultations().repeats(c.manager, recs.get(i));
        assertThat(record.raised()).isEqualTo(i + 1);
        assertThat(record.tier()).as("after %d repeats, every %d", i, every).isEqualTo(expected);
        if (i % every == 0 && i / every < ManagementTier.values().length) {
          escalations++;
        }
        List<RecommendationEscalated> seen =
            events.stream()
                .filter(RecommendationEscalated.class::isInstance)
                .map(RecommendationEscalated.class::cast)
                .toList();
        // One event per forum of the group at each step: the group's forums are forum-1 and
        // forum-2 from the second member on.
        assertThat(seen.stream().map(RecommendationEscalated::tier).distinct().count())
            .isEqualTo(escalations);
        if (i % every == 0) {
          assertThat(seen.get(seen.size() - 1).tier()).isEqualTo(expected);
          assertThat(seen.get(seen.size() - 1).raised()).isEqualTo(i + 1);
        }
      }
      assertThat(escalations).isEqualTo(3);
    }
  }

  @Test
  void anImplementedRepeatStopsEscalationAndShowsOnTheLedger() {
    ConsultationFixture c = fixture(1);
    List<RecommendationId> recs =
        raise(c, "round-a", List.of(c.forum1, c.forum2), List.of(SAID, AGAIN));
    RecommendationId done = recs.get(0);
    c.sdk.consultations().dispose(c.manager, done.round(), done, Disposition.adopted());
    c.sdk
        .consultations()
        .track(
            c.manager,
            done.round(),
            done,
            StatusChange.builder()
                .status(ImplementationStatus.IMPLEMENTED)
                .evidence("Fridays are free on the rota.")
                .at(c.clock.instant())
                .build());

    c.sdk.consultations().confirmRepeat(c.manager, recs.get(1), done);

    RepeatRecord record = c.sdk.consultations().repeats(c.manager, recs.get(1));
    assertThat(record.toString()).endsWith("; implemented: yes");
    assertThat(record.tier()).isEqualTo(ManagementTier.SERVICE);
    assertThat(events).noneMatch(RecommendationEscalated.class::isInstance);
  }

  @Test
  void aRejectedPairIsNeverSuggestedAgain() {
    ConsultationFixture c = fixture(3);
    List<RecommendationId> recs =
        raise(c, "round-a", List.of(c.forum1, c.forum2), List.of(SAID, AGAIN));

    RepeatLink rejected = c.sdk.consultations().rejectRepeat(c.manager, recs.get(1), recs.get(0));

    assertThat(rejected.state()).isEqualTo(LinkState.REJECTED);
    assertThat(c.sdk.consultations().matchAgain(c.manager, recs.get(1))).isEmpty();
    assertThat(c.sdk.consultations().repeatLinks(c.manager, recs.get(1))).containsExactly(rejected);
    assertThat(c.sdk.consultations().repeats(c.manager, recs.get(1)).raised()).isEqualTo(1);
    RuleViolationException again =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RuleViolationException.class,
            () -> c.sdk.consultations().confirmRepeat(c.manager, recs.get(1), recs.get(0)));
    assertThat(again.violations())
        .extracting(v -> v.code())
        .containsExactly(ViolationCode.REPEAT_DECIDED);
    // A later repeat of both is still suggested against each.
    List<RecommendationId> third = raise(c, "round-b", List.of(c.forum1), List.of(SAID));
    assertThat(c.sdk.consultations().repeatLinks(c.manager, third.get(0)))
        .extracting(RepeatLink::earlier)
        .containsExactlyInAnyOrder(recs.get(0), recs.get(1));
  }

  @Test
  void badInputIsRefusedNamingCr6AndChangesNothing() {
    ConsultationFixture c = fixture(3);
    List<RecommendationId> recs =
        raise(
            c,
            "round-a",
            List.of(c.forum1, c.forum2),
            List.of(SAID, "Publish the mileage rates for care leavers in plain English."));
    OrganisationId other = OrganisationId.of("another-org");
    RecommendationId elsewhere =
        new RecommendationId(RoundId.of("elsewhere"), ForumId.of("forum-x"), 1);
    RecommendationMatcher matcher = Consultations.defaultMatcher();
    c.f.storage.inTransaction(
        tx -> {
          ((RepeatTransaction) tx)
              .repeats()
              .index(new LedgerEntry(elsewhere, other, c.today(), SAID, matcher.keys(SAID)));
          return null;
        });
    List<Object> before = snapshot(c, recs);

    RuleViolationException unsuggested =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RuleViolationException.class,
            () -> c.sdk.consultations().confirmRepeat(c.manager, recs.get(1), recs.get(0)));
    RuleViolationException otherOrg =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RuleViolationException.class,
            () -> c.sdk.consultations().confirmRepeat(c.manager, recs.get(0), elsewhere));

    assertThat(unsuggested.violations())
        .extracting(v -> v.code())
        .containsExactly(ViolationCode.REPEAT_NOT_SUGGESTED);
    assertThat(unsuggested.getMessage()).startsWith("CR-6");
    assertThat(otherOrg.violations())
        .extracting(v -> v.code())
        .containsExactly(ViolationCode.REPEAT_OTHER_ORGANISATION);
    assertThat(otherOrg.getMessage()).startsWith("CR-6");
    assertThatThrownBy(
            () ->
                c.sdk
                    .consultations()
                    .rejectRepeat(
                        c.manager,
                        recs.get(0),
                        new RecommendationId(RoundId.of("round-a"), c.forum1, 9)))
        .isInstanceOf(NotFoundException.class);
    String megabyte = "Keep Fridays free. ".repeat(55_189);
    assertThat(megabyte.length()).isGreaterThan(1_000_000);
    assertThatThrownBy(() -> matcher.keys(megabyte))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-6");
    assertThatThrownBy(() -> matcher.similarity(SAID, megabyte))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-6");
    assertThatThrownBy(
            () -> new LedgerEntry(recs.get(0), TermsFixture.ORG, c.today(), megabyte, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-6");
    assertThat(snapshot(c, recs)).isEqualTo(before);
  }

  private static List<Object> snapshot(ConsultationFixture c, List<RecommendationId> recs) {
    List<Object> out = new ArrayList<>();
    for (RecommendationId r : recs) {
      out.add(c.sdk.consultations().repeatLinks(c.manager, r));
      out.add(c.sdk.consultations().repeats(c.manager, r));
      out.add(round(c, r.round()));
    }
    return out;
  }

  @Test
  void theDefaultMatcherFindsParaphrasesAndNotNeighbours() {
    RecommendationMatcher m = Consultations.defaultMatcher();
    assertThat(m.similarity(SAID, AGAIN)).isGreaterThanOrEqualTo(m.threshold());
    assertThat(m.keys(SAID)).isEqualTo(m.keys(SAID)).hasSize(MinHashMatcher.BANDS);
    assertThat(m.keys(SAID)).containsAnyElementsOf(m.keys(AGAIN));
    String neighbour = "Keep Friday afternoons for reflective supervision in the duty team.";
    assertThat(m.similarity(SAID, neighbour)).isLessThan(m.threshold());
    assertThat(MinHashMatcher.stems("The carers' visits were REVIEWED, quickly!"))
        .containsExactly("carer", "visit", "review", "quick");
    assertThatThrownBy(() -> m.keys("  "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-6");
  }
}

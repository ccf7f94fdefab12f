package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.LinkState;
import org.practitionersforum.api.consultation.ManagementTier;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RepeatLink;
import org.practitionersforum.api.consultation.RepeatRecord;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.event.RecommendationEscalated;
import org.practitionersforum.api.spi.RepeatTransaction;

/**
 * Repeat confirmations racing in one group, with real threads, on the storage under test (CR-6):
 * three recommendations of two forums and two rounds, each suggested as a repeat of the others;
 * three managers confirm the three links at once. Whatever the interleaving, every link is
 * confirmed, the group holds all three, each keeps its round and forum, and the group escalates
 * exactly once, at the configured count of repeats.
 */
public interface RepeatConcurrencyContract extends StorageUnderTest {

  /**
   * Confirmations racing in one group never lose a link or escalate twice.
   *
   * @throws Exception if setting up or running a race fails otherwise than by an assertion
   */
  @Test
  default void confirmationsRacingInOneGroupLoseNothingAndEscalateOnce() throws Exception {
    boolean keeps = storage().inTransaction(tx -> tx instanceof RepeatTransaction);
    assumeTrue(keeps, "this storage keeps no repeats");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int race = 0; race < 3; race++) {
        race(pool);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  private void race(ExecutorService pool) {
    ConsultationWorld w =
        new ConsultationWorld(storage(), ConsultationSettings.DEFAULT.withEscalateAfterRepeats(2));
    ResponseContent said =
        ResponseContent.of(
            "Our view.", List.of("Give every new social worker a named mentor for six months."));
    ResponseContent again =
        ResponseContent.of(
            "Our view again.",
            List.of("Each new social worker should be given a named mentor, for six months."));
    w.open();
    w.respond(w.forumA, w.membersA, said, 4);
    w.respond(w.forumB, w.membersB, again, 4);
    RoundId later = RoundId.of(w.ns + "round-2");
    w.open(later);
    w.respond(later, w.forumA, w.membersA, said, 4);
    RecommendationId x = new RecommendationId(w.round, w.forumA, 1);
    RecommendationId y = new RecommendationId(w.round, w.forumB, 1);
    RecommendationId z = new RecommendationId(later, w.forumA, 1);
    assertThat(w.sdk.consultations().repeatLinks(w.manager, z))
        .extracting(RepeatLink::earlier, RepeatLink::state)
        .containsExactly(tuple(x, LinkState.SUGGESTED), tuple(y, LinkState.SUGGESTED));
    List<Callable<Object>> commands = new ArrayList<>();
    commands.add(() -> w.sdk.consultations().confirmRepeat(w.manager, y, x));
    commands.add(() -> w.sdk.consultations().confirmRepeat(w.manager, z, x));
    commands.add(() -> w.sdk.consultations().confirmRepeat(w.manager, z, y));
    List<Object> outcomes = Races.together(pool, commands);
    for (Object o : outcomes) {
      if (o instanceof Throwable t) {
        throw new AssertionError("a racing confirmation failed", t);
      }
    }
    for (RecommendationId r : List.of(x, y, z)) {
      RepeatRecord record = w.sdk.consultations().repeats(w.manager, r);
      assertThat(record.group()).containsExactlyInAnyOrder(x, y, z);
      assertThat(record.raised()).isEqualTo(3);
      assertThat(record.tier()).isEqualTo(ManagementTier.HEAD_OF_SERVICE);
      assertThat(record.toString())
          .isEqualTo("raised 3 times since " + w.today() + "; implemented: no");
    }
    assertThat(w.sdk.consultations().repeatLinks(w.manager, z))
        .extracting(RepeatLink::state)
        .containsOnly(LinkState.CONFIRMED);
    assertThat(w.sdk.consultations().repeatLinks(w.manager, x))
        .extracting(RepeatLink::state)
        .containsOnly(LinkState.CONFIRMED);
    List<RecommendationEscalated> escalations =
        w.events.stream()
            .filter(RecommendationEscalated.class::isInstance)
            .map(RecommendationEscalated.class::cast)
            .toList();
    assertThat(escalations)
        .extracting(RecommendationEscalated::forum)
        .containsExactlyInAnyOrder(w.forumA, w.forumB);
    assertThat(escalations)
        .extracting(RecommendationEscalated::tier)
        .containsOnly(ManagementTier.HEAD_OF_SERVICE);
    // Linked, not merged: each recommendation is still in its own round, from its own forum.
    assertThat(w.sdk.consultations().get(w.manager, later).recommendations())
        .extracting(rec -> rec.id())
        .containsExactly(z);
    assertThat(w.sdk.consultations().get(w.manager, w.round).recommendations())
        .extracting(rec -> rec.id())
        .containsExactlyInAnyOrder(x, y);
  }
}

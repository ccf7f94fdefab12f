package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.DispositionKind;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.consultation.StatusChange;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ConsultationTransaction;

/**
 * Consultation commands racing on one round, with real threads, on the storage under test: two
 * managers publish dispositions and a status change while a forum's last member agrees its
 * response. Whatever the interleaving, every command is stored: no disposition, status change,
 * agreement or response is lost, and the audit trail holds one record per command.
 */
public interface ConsultationConcurrencyContract extends StorageUnderTest {

  /**
   * Dispositions racing a forum's responding never lose a write.
   *
   * @throws Exception if setting up or running a race fails otherwise than by an assertion
   */
  @Test
  default void dispositionsRacingAResponseLoseNothing() throws Exception {
    boolean keepsRounds = storage().inTransaction(tx -> tx instanceof ConsultationTransaction);
    assumeTrue(keepsRounds, "this storage keeps no rounds");
    ExecutorService pool = Executors.newFixedThreadPool(5);
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
    ConsultationWorld w = new ConsultationWorld(storage());
    w.open();
    w.respond(w.forumA, w.membersA, ConsultationWorld.content("A", 4), 4);
    RecommendationId tracked = new RecommendationId(w.round, w.forumA, 4);
    w.sdk.consultations().dispose(w.manager, w.round, tracked, Disposition.adopted());
    ResponseContent b = ConsultationWorld.content("B", 2);
    w.respond(w.forumB, w.membersB, b, 3);
    Actor first = Actor.manager(PersonId.of(w.ns + "manager-1"));
    Actor second = Actor.manager(PersonId.of(w.ns + "manager-2"));
    List<Callable<Object>> commands = new ArrayList<>();
    commands.add(
        () ->
            w.sdk
                .consultations()
                .dispose(
                    first,
                    w.round,
                    new RecommendationId(w.round, w.forumA, 1),
                    Disposition.adopted()));
    commands.add(
        () ->
            w.sdk
                .consultations()
                .dispose(
                    second,
                    w.round,
                    new RecommendationId(w.round, w.forumA, 2),
                    Disposition.declined("No budget this year.")));
    commands.add(
        () ->
            w.sdk
                .consultations()
                .agree(Actor.practitioner(w.membersB.get(3)), w.round, w.forumB, b.hash()));
    commands.add(
        () ->
            w.sdk
                .consultations()
                .dispose(
                    first,
                    w.round,
                    new RecommendationId(w.round, w.forumA, 3),
                    Disposition.adapted("From the spring.")));
    commands.add(
        () ->
            w.sdk
                .consultations()
                .track(
                    second,
                    w.round,
                    tracked,
                    StatusChange.builder()
                        .status(ImplementationStatus.IN_PROGRESS)
                        .percent(40)
                        .evidence("The new rota is drafted.")
                        .at(w.clock.instant())
                        .build()));
    List<Object> outcomes = Races.together(pool, commands);
    for (Object o : outcomes) {
      if (o instanceof Throwable t) {
        throw new AssertionError("a racing command failed", t);
      }
    }
    ConsultationRound stored =
        storage()
            .inTransaction(tx -> ((ConsultationTransaction) tx).consultations().find(w.round))
            .orElseThrow();
    assertThat(stored.recommendation(new RecommendationId(w.round, w.forumA, 1)))
        .hasValueSatisfying(
            r ->
                assertThat(r.disposition().orElseThrow().kind())
                    .isEqualTo(DispositionKind.ADOPTED));
    assertThat(stored.recommendation(new RecommendationId(w.round, w.forumA, 2)))
        .hasValueSatisfying(
            r ->
                assertThat(r.disposition().orElseThrow().kind())
                    .isEqualTo(DispositionKind.DECLINED));
    assertThat(stored.recommendation(new RecommendationId(w.round, w.forumA, 3)))
        .hasValueSatisfying(
            r ->
                assertThat(r.disposition().orElseThrow().kind())
                    .isEqualTo(DispositionKind.ADAPTED));
    assertThat(stored.response(w.forumB).orElseThrow().state()).isEqualTo(ResponseState.AGREED);
    assertThat(stored.response(w.forumB).orElseThrow().agreements()).hasSize(4);
    assertThat(stored.recommendation(tracked).orElseThrow().history())
        .extracting(StatusChange::status)
        .containsExactly(ImplementationStatus.IN_PROGRESS);
    assertThat(stored.recommendations()).hasSize(6);
    assertThat(stored.undisposed())
        .extracting(r -> r.id().forum())
        .containsOnly(w.forumB)
        .hasSize(2);
    // open, respond A, 4 agreements, a disposition, respond B, 3 agreements, 5 racing commands
    assertThat(
            w.sdk
                .audit()
                .query(
                    Actor.administrator(PersonId.of("admin")),
                    AuditQuery.all().aggregate(AggregateRef.consultation(w.round)))
                .records())
        .hasSize(16);
  }
}

package org.practitionersforum.core.internal.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumProposed;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.TransactionWork;
import org.practitionersforum.core.EventDelivery;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.RetryPolicy;
import org.practitionersforum.core.internal.audit.AuditLog;
import org.practitionersforum.core.memory.InMemoryForumStorage;

/**
 * The Transactor is the one layer that retries: a unit of work whose commit fails retryably runs
 * again and publishes the events of the stored attempt only; a failure inside the host's
 * transaction is not retried; a retryable failure that outlasts the attempts surfaces as the last
 * failure, with nothing stored and nothing published.
 */
class TransactorRetryTest {
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));

  /**
   * The in-memory store, whose units of work fail at commit with the queued failures, one per call,
   * after the work has run: as a database whose commit reports a serialization failure.
   */
  static final class FailingCommits implements ForumStorage {
    final InMemoryForumStorage store = new InMemoryForumStorage();
    final Deque<StorageException> failures = new ArrayDeque<>();
    int calls;

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      calls++;
      StorageException failure = failures.poll();
      return store.inTransaction(
          tx -> {
            T result = work.execute(tx);
            if (failure != null) {
              throw failure;
            }
            return result;
          });
    }
  }

  /**
   * A storage that breaks the SPI's contract the way the JDBC storage once did: it runs the work a
   * second time inside the same call when the first run fails at commit.
   */
  static final class RetriesInside implements ForumStorage {
    final InMemoryForumStorage store = new InMemoryForumStorage();
    boolean failedOnce;

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      try {
        return store.inTransaction(
            tx -> {
              T result = work.execute(tx);
              if (!failedOnce) {
                failedOnce = true;
                throw new StorageException("serialization failure at commit", true, null);
              }
              return result;
            });
      } catch (StorageException e) {
        return store.inTransaction(work);
      }
    }
  }

  private static PractitionerProfile profile(String id) {
    return PractitionerProfile.builder()
        .id(PractitionerId.of(id))
        .discipline(Discipline.NURSING)
        .specialism(Specialism.ADULTS)
        .base(BaseId.of("b"))
        .organisation(OrganisationId.of("o"))
        .locality(LocalityId.of("l"))
        .build();
  }

  private static ForumProposal proposal() {
    return ForumProposal.builder()
        .id(ForumId.of("f"))
        .name("Forum")
        .organisation(OrganisationId.of("o"))
        .base(BaseId.of("b"))
        .locality(LocalityId.of("l"))
        .composition(Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
        .build();
  }

  private static Transactor transactor(
      ForumStorage storage, List<ForumEvent> events, List<Long> pauses, RetryPolicy policy) {
    return new Transactor(
        storage,
        List.of(events::add),
        EventDelivery.OUTBOX_TO_LISTENERS,
        CLOCK,
        new RetryLoop(policy, pauses::add, () -> 0L, b -> b),
        AuditLog.off());
  }

  /** Inserts one profile and emits one event. */
  private static String registerAndEmit(Transactor.Unit unit, String id) {
    unit.tx().practitioners().insert(profile(id));
    unit.emit(new ForumProposed(ForumId.of(id), unit.now()));
    return id;
  }

  private static Optional<PractitionerProfile> stored(ForumStorage storage, String id) {
    return storage.inTransaction(tx -> tx.practitioners().find(PractitionerId.of(id)));
  }

  @Test
  void aCommitThatFailsOnceWithASerializationFailurePublishesEachEventOnce() {
    FailingCommits storage = new FailingCommits();
    storage.failures.add(new StorageException("40001 at commit", true, null));
    List<ForumEvent> events = new ArrayList<>();
    List<Long> pauses = new ArrayList<>();
    String result =
        transactor(storage, events, pauses, RetryPolicy.defaults())
            .write(
                ADMIN,
                Operation.PRACTITIONER_REGISTER,
                AggregateRef.practitioner(PractitionerId.of("p")),
                unit -> registerAndEmit(unit, "p"));
    assertThat(result).isEqualTo("p");
    assertThat(storage.calls).isEqualTo(2);
    assertThat(pauses).hasSize(1);
    assertThat(events).containsExactly(new ForumProposed(ForumId.of("p"), NOW));
    assertThat(stored(storage, "p")).isPresent();
  }

  @Test
  void aProposeWhoseCommitFailsOncePublishesForumProposedOnceThroughTheSdk() {
    FailingCommits storage = new FailingCommits();
    List<ForumEvent> events = new ArrayList<>();
    // docs/security.md: "Retries and event delivery"
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(storage)
            .clock(CLOCK)
            .listener(events::add)
            .retries(
                RetryPolicy.builder()
                    .maxAttempts(8)
                    .maxTotalTime(Duration.ofSeconds(2))
                    .backoff(Duration.ofMillis(1), Duration.ofMillis(20))
                    .build())
            .build();
    storage.failures.add(new StorageException("40001 at commit", true, null));
    sdk.forums().propose(ADMIN, proposal());
    assertThat(storage.calls).isEqualTo(2);
    assertThat(events).containsExactly(new ForumProposed(ForumId.of("f"), NOW));
  }

  @Test
  void aStorageThatRunsTheWorkTwiceInOneCallStillGivesOneRunsEvents() {
    RetriesInside storage = new RetriesInside();
    List<ForumEvent> events = new ArrayList<>();
    transactor(storage, events, new ArrayList<>(), RetryPolicy.defaults())
        .write(
            ADMIN,
            Operation.PRACTITIONER_REGISTER,
            AggregateRef.practitioner(PractitionerId.of("p")),
            unit -> registerAndEmit(unit, "p"));
    assertThat(events).containsExactly(new ForumProposed(ForumId.of("p"), NOW));
  }

  @Test
  void aFailureInsideTheHostTransactionIsAttemptedOnceAndReportedAtOnce() {
    FailingCommits storage = new FailingCommits();
    StorageException doomed =
        StorageException.inHostTransaction(
            new StorageException("serialization failure", true, null));
    storage.failures.add(doomed);
    List<ForumEvent> events = new ArrayList<>();
    List<Long> pauses = new ArrayList<>();
    StorageException thrown =
        catchThrowableOfType(
            StorageException.class,
            () ->
                transactor(storage, events, pauses, RetryPolicy.defaults())
                    .write(
                        ADMIN,
                        Operation.PRACTITIONER_REGISTER,
                        AggregateRef.practitioner(PractitionerId.of("p")),
                        unit -> registerAndEmit(unit, "p")));
    assertThat(thrown).isSameAs(doomed);
    assertThat(thrown.retryableByHostOnly()).isTrue();
    assertThat(storage.calls).isEqualTo(1);
    assertThat(pauses).isEmpty();
    assertThat(events).isEmpty();
    assertThat(stored(storage, "p")).isEmpty();
  }

  @Test
  void aRetryableFailureOutlastingTheAttemptsSurfacesTheLastOneAndPublishesNothing() {
    FailingCommits storage = new FailingCommits();
    for (int i = 1; i <= 3; i++) {
      storage.failures.add(new StorageException("failure " + i, true, null));
    }
    StorageException last = storage.failures.peekLast();
    List<ForumEvent> events = new ArrayList<>();
    List<Long> pauses = new ArrayList<>();
    StorageException thrown =
        catchThrowableOfType(
            StorageException.class,
            () ->
                transactor(storage, events, pauses, RetryPolicy.builder().maxAttempts(3).build())
                    .write(
                        ADMIN,
                        Operation.PRACTITIONER_REGISTER,
                        AggregateRef.practitioner(PractitionerId.of("p")),
                        unit -> registerAndEmit(unit, "p")));
    assertThat(thrown).isSameAs(last);
    assertThat(storage.calls).isEqualTo(3);
    assertThat(pauses).hasSize(2);
    assertThat(events).isEmpty();
    assertThat(stored(storage, "p")).isEmpty();
  }

  @Test
  void noRetriesMeansOneAttempt() {
    FailingCommits storage = new FailingCommits();
    StorageException once = new StorageException("40001 at commit", true, null);
    storage.failures.add(once);
    List<ForumEvent> events = new ArrayList<>();
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(storage)
            .clock(CLOCK)
            .listener(events::add)
            .retries(RetryPolicy.none())
            .build();
    StorageException thrown =
        catchThrowableOfType(StorageException.class, () -> sdk.forums().propose(ADMIN, proposal()));
    assertThat(thrown).isSameAs(once);
    assertThat(storage.calls).isEqualTo(1);
    assertThat(events).isEmpty();
  }
}

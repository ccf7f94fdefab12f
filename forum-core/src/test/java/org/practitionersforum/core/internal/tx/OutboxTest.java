package org.practitionersforum.core.internal.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.consultation.DispositionKind;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.event.EventOutbox;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumEventListener;
import org.practitionersforum.api.event.MemberJoined;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.OutboxRecord;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.spi.TransactionWork;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.core.EventDelivery;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.memory.InMemoryForumStorage;

/**
 * The outbox on the in-memory store: events are delivered once their unit of work commits, never
 * for an attempt that failed, survive a crash between commit and delivery, and keep their ids.
 */
class OutboxTest {
  private static final OrganisationId ORG = OrganisationId.of("north-trust");
  private static final BaseId BASE = BaseId.of("riverside");
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin-7"));
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  /** Records what listeners receive, with the ids. */
  static final class Recorder implements ForumEventListener {
    final List<EventEnvelope> received = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void on(ForumEvent event) {
      throw new AssertionError("deliver is overridden");
    }

    @Override
    public void deliver(EventEnvelope envelope) {
      received.add(envelope);
    }

    List<ForumEvent> events() {
      synchronized (received) {
        return received.stream().map(EventEnvelope::event).toList();
      }
    }
  }

  /**
   * A storage that passes everything to the in-memory store but can fail a unit of work after its
   * work ran (as a commit failing with a serialization failure would), or drop its after-commit
   * actions (as a process dying right after the commit would).
   */
  static final class Faulty implements ForumStorage {
    final InMemoryForumStorage target = new InMemoryForumStorage();
    final AtomicInteger failNext = new AtomicInteger();
    final AtomicBoolean crashAfterCommit = new AtomicBoolean();

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      return target.inTransaction(
          tx -> {
            List<Runnable> dropped = new ArrayList<>();
            StorageTransaction wrapped = crashAfterCommit.get() ? dropping(tx, dropped) : tx;
            T result = work.execute(wrapped);
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
              throw new ConcurrentUpdateException("the commit failed: serialization failure");
            }
            return result;
          });
    }

    private static StorageTransaction dropping(StorageTransaction tx, List<Runnable> dropped) {
      return new CoreStoresOnly(tx) {
        @Override
        public void afterCommit(Runnable action) {
          dropped.add(action);
        }
      };
    }
  }

  private static ForumSdk sdk(ForumStorage storage, ForumEventListener listener) {
    return sdk(storage, listener, EventDelivery.OUTBOX_TO_LISTENERS);
  }

  private static ForumSdk sdk(
      ForumStorage storage, ForumEventListener listener, EventDelivery delivery) {
    return ForumSdk.builder()
        .storage(storage)
        .clock(CLOCK)
        .listener(listener)
        .eventDelivery(delivery)
        .build();
  }

  /** Registers four practitioners, proposes a forum and has them join: six commands. */
  private static ForumId workflow(ForumSdk sdk, String name) {
    ForumId forum = ForumId.of(name);
    sdk.forums()
        .propose(
            ADMIN,
            ForumProposal.builder()
                .id(forum)
                .name("Riverside reflective practice")
                .organisation(ORG)
                .base(BASE)
                .locality(LocalityId.of("north"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    for (int i = 0; i < 4; i++) {
      PractitionerId p = PractitionerId.of(name + "-p" + i);
      sdk.practitioners()
          .register(
              ADMIN,
              PractitionerProfile.builder()
                  .id(p)
                  .discipline(Discipline.SOCIAL_WORK)
                  .specialism(Specialism.ADULTS)
                  .base(BASE)
                  .organisation(ORG)
                  .locality(LocalityId.of("north"))
                  .build());
      sdk.forums().join(Actor.practitioner(p), forum, p);
    }
    return forum;
  }

  private static List<ForumEvent> expectedEvents(String name) {
    Recorder clean = new Recorder();
    workflow(sdk(new InMemoryForumStorage(), clean), name);
    return clean.events();
  }

  @Test
  void eachEventIsDeliveredOnceAfterCommitWithAStableId() {
    Recorder recorder = new Recorder();
    ForumSdk sdk = sdk(new InMemoryForumStorage(), recorder);
    workflow(sdk, "f");
    assertThat(recorder.events()).isEqualTo(expectedEvents("f"));
    assertThat(recorder.events()).hasAtLeastOneElementOfType(MemberJoined.class);
    assertThat(recorder.received.stream().map(EventEnvelope::id).distinct())
        .hasSameSizeAs(recorder.received);
  }

  @Test
  void anAttemptWhoseCommitFailsDeliversNothingAndTheRetryDeliversOnce() {
    Faulty storage = new Faulty();
    Recorder recorder = new Recorder();
    ForumSdk sdk = sdk(storage, recorder);
    storage.failNext.set(1);
    workflow(sdk, "f");
    assertThat(recorder.events()).isEqualTo(expectedEvents("f"));
    assertThat(sdk.outbox().deliverPending()).isZero();
  }

  @Test
  void aCrashBetweenCommitAndDeliveryLosesNothingAndRecoveryKeepsCommitOrder() {
    Faulty storage = new Faulty();
    Recorder beforeCrash = new Recorder();
    storage.crashAfterCommit.set(true);
    workflow(sdk(storage, beforeCrash), "f");
    // A failed attempt on top: its events must never appear.
    storage.failNext.set(Integer.MAX_VALUE);
    assertThatThrownBy(() -> workflow(sdk(storage, beforeCrash), "g"))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(beforeCrash.received).isEmpty();
    storage.failNext.set(0);
    storage.crashAfterCommit.set(false);

    Recorder afterRestart = new Recorder();
    ForumSdk restarted = sdk(storage, afterRestart);
    int delivered = restarted.outbox().deliverPending();

    assertThat(afterRestart.events()).isEqualTo(expectedEvents("f"));
    assertThat(delivered).isEqualTo(afterRestart.received.size());
    assertThat(restarted.outbox().pending(10)).isEmpty();
    assertThat(restarted.outbox().deliverPending()).isZero();
  }

  @Test
  void aHostReadingTheOutboxSeesEventsInOrderUntilItAcknowledgesThem() {
    Recorder recorder = new Recorder();
    ForumSdk sdk = sdk(new InMemoryForumStorage(), recorder, EventDelivery.OUTBOX_READ_BY_HOST);
    workflow(sdk, "f");
    assertThat(recorder.received).isEmpty();
    List<EventEnvelope> pending = sdk.outbox().pending(EventOutbox.MAX_PAGE);
    assertThat(pending.stream().map(EventEnvelope::event).toList()).isEqualTo(expectedEvents("f"));
    assertThat(sdk.outbox().pending(EventOutbox.MAX_PAGE)).isEqualTo(pending);
    sdk.outbox().acknowledge(pending.subList(0, 2).stream().map(EventEnvelope::id).toList());
    assertThat(sdk.outbox().pending(EventOutbox.MAX_PAGE))
        .isEqualTo(pending.subList(2, pending.size()));
    sdk.outbox().acknowledge(List.of(UUID.randomUUID()));
    assertThat(sdk.outbox().pending(EventOutbox.MAX_PAGE)).hasSize(pending.size() - 2);
  }

  @Test
  void deliveredEventsAreRemovedInBatchesInsideLaterWrites() {
    InMemoryForumStorage storage = new InMemoryForumStorage();
    Recorder recorder = new Recorder();
    ForumSdk sdk = sdk(storage, recorder);
    for (int forums = 0; recorder.received.size() < 3 * Outbox.REMOVE_BATCH; forums++) {
      workflow(sdk, "f" + forums);
    }
    int kept = storage.inTransaction(tx -> tx.outbox().pending(0, 10_000)).size();
    // Delivered events wait until a batch has gathered, then go in the next write.
    assertThat(kept).isLessThan(recorder.received.size()).isLessThan(2 * Outbox.REMOVE_BATCH);
    assertThat(sdk.outbox().deliverPending()).isZero();
    List<OutboxRecord> left = storage.inTransaction(tx -> tx.outbox().pending(0, 10_000));
    assertThat(left).isEmpty();
  }

  @Test
  void withoutTheOutboxEventsAreStillDeliveredOnlyAfterCommit() {
    Faulty storage = new Faulty();
    Recorder recorder = new Recorder();
    ForumSdk sdk = sdk(storage, recorder, EventDelivery.AFTER_COMMIT_ONLY);
    storage.failNext.set(1);
    workflow(sdk, "f");
    assertThat(recorder.events()).isEqualTo(expectedEvents("f"));
    List<OutboxRecord> left = storage.target.inTransaction(tx -> tx.outbox().pending(0, 100));
    assertThat(left).isEmpty();
  }

  @Test
  void aPageOfTheOutboxIsBounded() {
    ForumSdk sdk = sdk(new InMemoryForumStorage(), new Recorder());
    assertThatThrownBy(() -> sdk.outbox().pending(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.outbox().pending(EventOutbox.MAX_PAGE + 1))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void everyEventTypeSurvivesTheOutboxEncoding() throws Exception {
    Map<String, Class<? extends ForumEvent>> types = EventCodec.types();
    assertThat(types).hasSizeGreaterThanOrEqualTo(16);
    for (Map.Entry<String, Class<? extends ForumEvent>> e : types.entrySet()) {
      ForumEvent event = sample(e.getValue());
      String payload = EventCodec.encode(event);
      assertThat(EventCodec.typeOf(event)).isEqualTo(e.getKey());
      assertThat(EventCodec.decode(e.getKey(), payload)).isEqualTo(event);
    }
  }

  /** A sample value for each type an event's components may have. */
  private static final Map<Class<?>, Object> SAMPLES =
      Map.ofEntries(
          Map.entry(ForumId.class, ForumId.of("forum-1")),
          Map.entry(PractitionerId.class, PractitionerId.of("practitioner-1")),
          Map.entry(PersonId.class, PersonId.of("person-1")),
          Map.entry(SessionId.class, SessionId.of("session-1")),
          Map.entry(LessonId.class, LessonId.of("lesson-1")),
          Map.entry(SessionMode.class, SessionMode.REFLECTIVE),
          Map.entry(Tier.class, Tier.ORGANISATION),
          Map.entry(PartyRole.class, PartyRole.MEMBER),
          Map.entry(RoundId.class, RoundId.of("round-1")),
          Map.entry(
              RecommendationId.class,
              new RecommendationId(RoundId.of("round-1"), ForumId.of("forum-1"), 2)),
          Map.entry(DispositionKind.class, DispositionKind.DEFERRED),
          Map.entry(ImplementationStatus.class, ImplementationStatus.IN_PROGRESS),
          Map.entry(
              org.practitionersforum.api.consultation.ManagementTier.class,
              org.practitionersforum.api.consultation.ManagementTier.DIRECTOR),
          Map.entry(LocalDate.class, LocalDate.of(2026, 4, 1)),
          Map.entry(int.class, 3),
          Map.entry(Instant.class, Instant.parse("2026-03-02T09:15:30.123456789Z")));

  private static ForumEvent sample(Class<? extends ForumEvent> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Class<?> c = components[i].getType();
      types[i] = c;
      args[i] = SAMPLES.get(c);
      assertThat(args[i]).as("a sample value for %s", c).isNotNull();
    }
    return type.getDeclaredConstructor(types).newInstance(args);
  }
}

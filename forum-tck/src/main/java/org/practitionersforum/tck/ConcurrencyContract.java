package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practitionersforum.tck.StorageFixtures.namespace;
import static org.practitionersforum.tck.StorageFixtures.profile;
import static org.practitionersforum.tck.StorageFixtures.proposed;
import static org.practitionersforum.tck.StorageReads.findForum;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.core.ForumSdk;

/**
 * Concurrency with real threads: versions refuse lost updates, duplicates are refused, and the
 * invariants the services rely on hold, above all that a forum never exceeds its maximum under
 * concurrent joins (FR-4).
 */
public interface ConcurrencyContract extends StorageUnderTest {

  /** Threads started together; each task's outcome, value or exception. */
  private static List<Object> race(int threads, Callable<Object> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      return Races.together(pool, Collections.nCopies(threads, task));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Of several concurrent updates based on the same version, exactly one wins. */
  @Test
  default void concurrentUpdatesOfOneVersionHaveOneWinner() {
    Forum v1 = storage().inTransaction(tx -> tx.forums().insert(proposed(namespace() + "f", "b")));
    List<Object> outcomes =
        race(
            8,
            () ->
                storage()
                    .inTransaction(
                        tx ->
                            tx.forums()
                                .update(
                                    Forum.builder()
                                        .from(v1)
                                        .name("By " + Thread.currentThread().getId())
                                        .build())));
    assertThat(outcomes).filteredOn(Forum.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !(o instanceof Forum))
        .hasSize(7)
        .allMatch(ConcurrentUpdateException.class::isInstance);
    Forum winner =
        (Forum) outcomes.stream().filter(Forum.class::isInstance).findFirst().orElseThrow();
    assertThat(findForum(storage(), v1.id())).contains(winner);
  }

  /** Of several concurrent inserts of one id, exactly one wins; the others are duplicates. */
  @Test
  default void concurrentInsertsOfOneIdHaveOneWinner() {
    String ns = namespace();
    List<Object> outcomes =
        race(6, () -> storage().inTransaction(tx -> tx.forums().insert(proposed(ns + "f", "b"))));
    assertThat(outcomes).filteredOn(Forum.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !(o instanceof Forum))
        .hasSize(5)
        .allMatch(DuplicateException.class::isInstance);
  }

  /** Concurrent joins through the services never take a forum past its maximum (FR-4). */
  @Test
  default void concurrentJoinsNeverExceedTheMaximum() {
    String ns = namespace();
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(storage())
            .clock(Clock.fixed(StorageFixtures.T0, ZoneOffset.UTC))
            .build();
    Actor admin = Actor.administrator(PersonId.of("admin"));
    int volunteers = 12;
    for (int i = 0; i < volunteers; i++) {
      sdk.practitioners().register(admin, profile(ns + "p" + i, ns + "base"));
    }
    ForumId id = ForumId.of(ns + "forum");
    sdk.forums()
        .propose(
            admin,
            ForumProposal.builder()
                .id(id)
                .name("Busy forum")
                .organisation(OrganisationId.of("org-1"))
                .base(BaseId.of(ns + "base"))
                .locality(LocalityId.of("north"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    AtomicInteger next = new AtomicInteger();
    List<Object> outcomes =
        race(
            volunteers,
            () -> {
              PractitionerId p = PractitionerId.of(ns + "p" + next.getAndIncrement());
              return sdk.forums().join(Actor.practitioner(p), id, p);
            });
    Forum stored = sdk.forums().get(admin, id);
    int max = stored.sizeBounds().maximum();
    assertThat(stored.members()).hasSize(max);
    assertThat(outcomes)
        .filteredOn(Forum.class::isInstance)
        .hasSize(max)
        .allSatisfy(f -> assertThat(((Forum) f).members().size()).isLessThanOrEqualTo(max));
    assertThat(outcomes)
        .filteredOn(o -> !(o instanceof Forum))
        .hasSize(volunteers - max)
        .allMatch(RuleViolationException.class::isInstance);
    assertThat(stored.version()).isEqualTo(1 + max);
  }
}

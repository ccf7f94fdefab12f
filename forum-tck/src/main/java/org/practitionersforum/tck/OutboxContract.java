package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practitionersforum.tck.StorageFixtures.at;
import static org.practitionersforum.tck.StorageFixtures.namespace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.spi.OutboxRecord;

/**
 * The outbox contract of {@link org.practitionersforum.api.spi.OutboxStore}: records appear only
 * when their unit commits, in commit order, with store-assigned positions; after-commit actions run
 * only after a commit. Other tests may share the storage, so each test reads only its own forum's
 * records.
 */
public interface OutboxContract extends StorageUnderTest {

  /** Appended records are read after commit, in order, exactly as written, at rising positions. */
  @Test
  default void appendedRecordsAreReadInOrderAfterCommit() {
    ForumId forum = ForumId.of(namespace() + "f");
    List<OutboxRecord> written = List.of(record(forum, 1), record(forum, 2), record(forum, 3));
    storage()
        .inTransaction(
            tx -> {
              tx.outbox().append(written);
              return null;
            });
    List<OutboxRecord> read = pendingOf(forum);
    assertThat(read).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(read.get(i).position()).isPositive();
      assertThat(read.get(i)).isEqualTo(written.get(i).at(read.get(i).position()));
    }
    assertThat(read.get(0).position()).isLessThan(read.get(1).position());
    assertThat(read.get(1).position()).isLessThan(read.get(2).position());
  }

  /** A unit that throws leaves nothing in the outbox, and its after-commit actions never run. */
  @Test
  default void aRolledBackUnitLeavesNoRecordAndRunsNoAction() {
    ForumId forum = ForumId.of(namespace() + "f");
    AtomicBoolean ran = new AtomicBoolean();
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.outbox().append(List.of(record(forum, 1)));
                          tx.afterCommit(() -> ran.set(true));
                          throw boom;
                        }))
        .isSameAs(boom);
    assertThat(pendingOf(forum)).isEmpty();
    assertThat(ran).isFalse();
  }

  /** An after-commit action runs once the unit has committed: it sees the unit's records. */
  @Test
  default void afterCommitActionsRunAfterTheCommitInOrder() {
    ForumId forum = ForumId.of(namespace() + "f");
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    storage()
        .inTransaction(
            tx -> {
              tx.outbox().append(List.of(record(forum, 1)));
              tx.afterCommit(() -> seen.add("first:" + pendingOf(forum).size()));
              tx.afterCommit(() -> seen.add("second"));
              assertThat(seen).isEmpty();
              return null;
            });
    assertThat(seen).containsExactly("first:1", "second");
  }

  /** Records of units that commit one after another get rising positions. */
  @Test
  default void positionsRiseInCommitOrder() {
    ForumId forum = ForumId.of(namespace() + "f");
    List<OutboxRecord> written = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      OutboxRecord r = record(forum, i);
      written.add(r);
      storage()
          .inTransaction(
              tx -> {
                tx.outbox().append(List.of(r));
                return null;
              });
    }
    List<UUID> ids = pendingOf(forum).stream().map(OutboxRecord::eventId).toList();
    assertThat(ids).containsExactlyElementsOf(written.stream().map(OutboxRecord::eventId).toList());
  }

  /** Removal takes records out by id, counts what it removed, and ignores unknown ids. */
  @Test
  default void removeTakesRecordsOutById() {
    ForumId forum = ForumId.of(namespace() + "f");
    OutboxRecord a = record(forum, 1);
    OutboxRecord b = record(forum, 2);
    storage()
        .inTransaction(
            tx -> {
              tx.outbox().append(List.of(a, b));
              return null;
            });
    int removed =
        storage().inTransaction(tx -> tx.outbox().remove(List.of(a.eventId(), UUID.randomUUID())));
    assertThat(removed).isEqualTo(1);
    assertThat(pendingOf(forum)).extracting(OutboxRecord::eventId).containsExactly(b.eventId());
  }

  /** A removal in a unit that rolls back removes nothing. */
  @Test
  default void aRolledBackRemovalRemovesNothing() {
    ForumId forum = ForumId.of(namespace() + "f");
    OutboxRecord a = record(forum, 1);
    storage()
        .inTransaction(
            tx -> {
              tx.outbox().append(List.of(a));
              return null;
            });
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.outbox().remove(List.of(a.eventId()));
                          throw new IllegalStateException("boom");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(pendingOf(forum)).extracting(OutboxRecord::eventId).containsExactly(a.eventId());
  }

  /** A payload can be replaced (for erasure); nothing else of the record changes. */
  @Test
  default void aPayloadCanBeReplaced() {
    ForumId forum = ForumId.of(namespace() + "f");
    OutboxRecord a = record(forum, 1);
    storage()
        .inTransaction(
            tx -> {
              tx.outbox().append(List.of(a));
              return null;
            });
    boolean replaced =
        storage().inTransaction(tx -> tx.outbox().replacePayload(a.eventId(), "{\"x\":2}"));
    boolean unknown =
        storage().inTransaction(tx -> tx.outbox().replacePayload(UUID.randomUUID(), "{}"));
    assertThat(replaced).isTrue();
    assertThat(unknown).isFalse();
    OutboxRecord read = pendingOf(forum).get(0);
    assertThat(read)
        .isEqualTo(
            new OutboxRecord(read.position(), a.eventId(), forum, a.type(), "{\"x\":2}", a.at()));
  }

  /** An event id is in the outbox once. */
  @Test
  default void aDuplicateEventIdIsRefused() {
    ForumId forum = ForumId.of(namespace() + "f");
    OutboxRecord a = record(forum, 1);
    storage()
        .inTransaction(
            tx -> {
              tx.outbox().append(List.of(a));
              return null;
            });
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.outbox().append(List.of(record(forum, 2), a));
                          return null;
                        }))
        .isInstanceOf(DuplicateException.class);
    assertThat(pendingOf(forum)).hasSize(1);
  }

  /**
   * Concurrent units get distinct positions, and every committed record is read.
   *
   * @throws Exception if the test thread is interrupted while waiting for the writers
   */
  @Test
  default void concurrentAppendsGetDistinctPositions() throws Exception {
    ForumId forum = ForumId.of(namespace() + "f");
    int threads = 4;
    int each = 10;
    List<Thread> started = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < each; i++) {
                    OutboxRecord r = record(forum, i);
                    storage()
                        .inTransaction(
                            tx -> {
                              tx.outbox().append(List.of(r));
                              return null;
                            });
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      thread.start();
      started.add(thread);
    }
    for (Thread thread : started) {
      thread.join();
    }
    assertThat(failures).isEmpty();
    List<OutboxRecord> read = pendingOf(forum);
    assertThat(read).hasSize(threads * each);
    Set<Long> positions = read.stream().map(OutboxRecord::position).collect(Collectors.toSet());
    assertThat(positions).hasSize(threads * each);
  }

  /** Pages follow one another from a position. */
  @Test
  default void pagesFollowFromAPosition() {
    ForumId forum = ForumId.of(namespace() + "f");
    storage()
        .inTransaction(
            tx -> {
              tx.outbox().append(List.of(record(forum, 1), record(forum, 2), record(forum, 3)));
              return null;
            });
    List<OutboxRecord> all = pendingOf(forum);
    long first = all.get(0).position();
    List<OutboxRecord> after =
        storage().inTransaction(tx -> tx.outbox().pending(first, 100_000)).stream()
            .filter(r -> r.forum().equals(forum))
            .toList();
    assertThat(after).containsExactlyElementsOf(all.subList(1, 3));
  }

  private OutboxRecord record(ForumId forum, int n) {
    return new OutboxRecord(0, UUID.randomUUID(), forum, "TestEvent", "{\"n\":" + n + "}", at(n));
  }

  private List<OutboxRecord> pendingOf(ForumId forum) {
    List<OutboxRecord> out = new ArrayList<>();
    long after = 0;
    while (true) {
      long from = after;
      List<OutboxRecord> page = storage().inTransaction(tx -> tx.outbox().pending(from, 1000));
      for (OutboxRecord r : page) {
        if (r.forum().equals(forum)) {
          out.add(r);
        }
      }
      if (page.size() < 1000) {
        return out;
      }
      after = page.get(page.size() - 1).position();
    }
  }
}

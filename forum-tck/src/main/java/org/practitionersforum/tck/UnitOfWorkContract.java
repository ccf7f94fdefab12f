package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practitionersforum.tck.StorageFixtures.at;
import static org.practitionersforum.tck.StorageFixtures.namespace;
import static org.practitionersforum.tck.StorageFixtures.profile;
import static org.practitionersforum.tck.StorageFixtures.proposed;
import static org.practitionersforum.tck.StorageReads.findForum;
import static org.practitionersforum.tck.StorageReads.findProfile;
import static org.practitionersforum.tck.StorageReads.forumsAt;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;

/**
 * The unit-of-work contract of {@link org.practitionersforum.api.spi.ForumStorage}: all or nothing,
 * reads see own writes.
 */
public interface UnitOfWorkContract extends StorageUnderTest {

  /** The work's result is returned. */
  @Test
  default void returnsTheWorksResult() {
    assertThat(storage().<String>inTransaction(tx -> "done")).isEqualTo("done");
  }

  /** When the work throws, none of its writes is stored, and the work's own exception comes out. */
  @Test
  default void workThatThrowsStoresNothing() {
    String ns = namespace();
    Forum existing =
        storage().inTransaction(tx -> tx.forums().insert(proposed(ns + "old", ns + "b")));
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.practitioners().insert(profile(ns + "p", ns + "b"));
                          tx.forums().insert(proposed(ns + "new", ns + "b"));
                          tx.forums()
                              .update(Forum.builder().from(existing).name("Changed").build());
                          throw boom;
                        }))
        .isSameAs(boom);
    assertThat(findProfile(storage(), PractitionerId.of(ns + "p"))).isEmpty();
    assertThat(forumsAt(storage(), BaseId.of(ns + "b"))).containsExactly(existing);
  }

  /** A stale update anywhere in a unit of work leaves nothing of the unit stored. */
  @Test
  default void staleUpdateLeavesNothingOfTheUnit() {
    String ns = namespace();
    Forum v1 = storage().inTransaction(tx -> tx.forums().insert(proposed(ns + "f", ns + "b")));
    Forum v2 =
        storage()
            .inTransaction(
                tx -> tx.forums().update(Forum.builder().from(v1).name("Second").build()));
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.practitioners().insert(profile(ns + "p", ns + "b"));
                          tx.forums().insert(proposed(ns + "g", ns + "b"));
                          return tx.forums().update(Forum.builder().from(v1).name("Stale").build());
                        }))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(findProfile(storage(), PractitionerId.of(ns + "p"))).isEmpty();
    assertThat(forumsAt(storage(), BaseId.of(ns + "b"))).containsExactly(v2);
  }

  /**
   * A record read in a unit of work keeps the version it was first read at for the rest of the
   * unit, even if another unit commits a change meanwhile; an update based on it is then refused.
   * Without this, a command that checks a rule on one read and writes after a second read could act
   * on a state it never checked.
   */
  @Test
  default void readsAreRepeatableAndAnUpdateBasedOnThemIsCheckedAtCommit() {
    String ns = namespace();
    Forum v1 = storage().inTransaction(tx -> tx.forums().insert(proposed(ns + "f", ns + "b")));
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        outer -> {
                          assertThat(outer.forums().find(v1.id())).contains(v1);
                          storage()
                              .inTransaction(
                                  inner ->
                                      inner
                                          .forums()
                                          .update(Forum.builder().from(v1).name("Inner").build()));
                          Forum again = outer.forums().find(v1.id()).orElseThrow();
                          assertThat(again.version()).as("the version first read").isEqualTo(1);
                          return outer
                              .forums()
                              .update(Forum.builder().from(again).name("Outer").build());
                        }))
        .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.retryable()).isTrue());
    assertThat(findForum(storage(), v1.id()).orElseThrow().name()).isEqualTo("Inner");
  }

  /** Inside a unit of work, every read sees the unit's own writes. */
  @Test
  default void readsSeeOwnWrites() {
    String ns = namespace();
    PractitionerId p = PractitionerId.of(ns + "p");
    storage()
        .inTransaction(
            tx -> {
              PractitionerProfile stored = tx.practitioners().insert(profile(ns + "p", ns + "b"));
              assertThat(tx.practitioners().find(p)).contains(stored);
              assertThat(tx.practitioners().findAll(List.of(p))).containsEntry(p, stored);
              PractitionerProfile updated = tx.practitioners().update(stored);
              assertThat(updated.version()).isEqualTo(2);
              assertThat(tx.practitioners().find(p)).contains(updated);

              Forum forum = tx.forums().insert(proposed(ns + "f", ns + "b"));
              assertThat(tx.forums().find(forum.id())).contains(forum);
              assertThat(tx.forums().findByBase(BaseId.of(ns + "b"))).containsExactly(forum);
              Forum joined =
                  tx.forums()
                      .update(
                          Forum.builder()
                              .from(forum)
                              .addMembers(Member.builder().practitioner(p).joinedAt(at(5)).build())
                              .build());
              assertThat(joined.version()).isEqualTo(2);
              assertThat(tx.forums().find(forum.id())).contains(joined);
              assertThat(tx.forums().findByMember(p)).containsExactly(joined);
              Forum twice = tx.forums().update(joined);
              assertThat(twice.version()).isEqualTo(3);
              assertThatThrownBy(() -> tx.forums().update(joined))
                  .isInstanceOf(ConcurrentUpdateException.class);
              return null;
            });
    Forum committed = findForum(storage(), ForumId.of(ns + "f")).orElseThrow();
    assertThat(committed.version()).isEqualTo(3);
    assertThat(committed.memberIds()).containsExactly(p);
    assertThat(findProfile(storage(), p))
        .get()
        .extracting(PractitionerProfile::version)
        .isEqualTo(2L);
  }

  /** A unit of work's stores cannot be used once the work has returned. */
  @Test
  default void storesAreUnusableAfterTheUnitOfWork() {
    AtomicReference<StorageTransaction> kept = new AtomicReference<>();
    storage()
        .inTransaction(
            tx -> {
              kept.set(tx);
              return null;
            });
    assertThatThrownBy(() -> kept.get().forums().find(ForumId.of("x")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> kept.get().practitioners().find(PractitionerId.of("x")))
        .isInstanceOf(IllegalStateException.class);
  }
}

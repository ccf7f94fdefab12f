package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.testkit.TermsGenerators;

/**
 * The contract of {@link org.practitionersforum.api.spi.TermsStore}: a forum's terms of reference
 * stored whole, read back exactly, with optimistic versions (insert at 0 gives 1; update with the
 * version read; a stale update is refused and nothing of its unit is stored).
 */
public interface TermsStoreContract extends StorageUnderTest {

  /** Reading terms a forum does not have finds nothing. */
  @Test
  default void termsStoreFindsNothingForAForumWithoutTerms() {
    Optional<ForumTerms> found =
        storage().inTransaction(tx -> tx.terms().find(ForumId.of("no-terms")));
    assertThat(found).isEmpty();
  }

  /** Inserted terms are stored at version 1 and read back exactly, in the unit and after it. */
  @Test
  default void termsStoreInsertsAtVersionOneAndReadsBackExactly() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20; i++) {
      ForumTerms terms = TermsGenerators.forumTerms(random, ForumId.of("forum-insert-" + i));
      ForumTerms expected = ForumTerms.builder().from(terms).version(1).build();
      ForumTerms stored =
          storage()
              .inTransaction(
                  tx -> {
                    ForumTerms s = tx.terms().insert(terms);
                    assertThat(tx.terms().find(terms.forum())).contains(expected);
                    return s;
                  });
      assertThat(stored).isEqualTo(expected);
      assertThat(stored(terms.forum())).contains(expected);
    }
  }

  /** Terms not at version 0 cannot be inserted. */
  @Test
  default void termsStoreRefusesToInsertAtAnotherVersion() {
    ForumTerms terms =
        ForumTerms.builder()
            .from(TermsGenerators.forumTerms(new SplittableRandom(2)))
            .version(3)
            .build();
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.terms().insert(terms)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stored(terms.forum())).isEmpty();
  }

  /** A forum's terms are inserted once; a second insert is a duplicate and changes nothing. */
  @Test
  default void termsStoreRefusesADuplicateInsert() {
    SplittableRandom random = new SplittableRandom(3);
    ForumId forum = ForumId.of("forum-duplicate");
    ForumTerms first = TermsGenerators.forumTerms(random, forum);
    storage().inTransaction(tx -> tx.terms().insert(first));
    ForumTerms second = TermsGenerators.forumTerms(random, forum);
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.terms().insert(second)))
        .isInstanceOf(DuplicateException.class);
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.terms()
                              .insert(
                                  TermsGenerators.forumTerms(
                                      random, ForumId.of("forum-duplicate-2")));
                          return tx.terms()
                              .insert(
                                  TermsGenerators.forumTerms(
                                      random, ForumId.of("forum-duplicate-2")));
                        }))
        .isInstanceOf(DuplicateException.class);
    assertThat(stored(forum)).contains(ForumTerms.builder().from(first).version(1).build());
    assertThat(stored(ForumId.of("forum-duplicate-2"))).isEmpty();
  }

  /** An update with the version read replaces the whole aggregate and moves to the next version. */
  @Test
  default void termsStoreUpdatesWholeAtTheNextVersion() {
    SplittableRandom random = new SplittableRandom(4);
    ForumId forum = ForumId.of("forum-update");
    ForumTerms stored =
        storage().inTransaction(tx -> tx.terms().insert(TermsGenerators.forumTerms(random, forum)));
    ForumTerms replacement =
        ForumTerms.builder()
            .from(TermsGenerators.forumTerms(random, forum))
            .version(stored.version())
            .build();
    ForumTerms updated = storage().inTransaction(tx -> tx.terms().update(replacement));
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated).isEqualTo(ForumTerms.builder().from(replacement).version(2).build());
    ForumTerms again =
        storage()
            .inTransaction(
                tx -> {
                  ForumTerms read = tx.terms().find(forum).orElseThrow();
                  ForumTerms a = tx.terms().update(read);
                  return tx.terms().update(a);
                });
    assertThat(again.version()).isEqualTo(4);
    assertThat(stored(forum)).contains(again);
  }

  /** An update based on a stale version is refused and nothing of its unit of work is stored. */
  @Test
  default void termsStoreRefusesAStaleUpdate() {
    SplittableRandom random = new SplittableRandom(5);
    ForumId forum = ForumId.of("forum-stale");
    ForumId other = ForumId.of("forum-stale-other");
    ForumTerms v1 =
        storage().inTransaction(tx -> tx.terms().insert(TermsGenerators.forumTerms(random, forum)));
    ForumTerms v2 = storage().inTransaction(tx -> tx.terms().update(v1));
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.terms().insert(TermsGenerators.forumTerms(random, other));
                          return tx.terms().update(v1);
                        }))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(stored(forum)).contains(v2);
    assertThat(stored(other)).isEmpty();
  }

  /**
   * Of two units of work that read the same version and update it, only the first to commit wins;
   * the other fails with a retryable storage failure (a concurrent update, or the database's
   * serialization failure) and stores nothing. The second unit runs while the first is open, so the
   * storage must allow two concurrent units of work.
   */
  @Test
  default void termsStoreLetsOnlyOneOfTwoInterleavedUpdatesCommit() {
    SplittableRandom random = new SplittableRandom(6);
    ForumId forum = ForumId.of("forum-interleaved");
    ForumTerms v1 =
        storage().inTransaction(tx -> tx.terms().insert(TermsGenerators.forumTerms(random, forum)));
    ForumTerms loser =
        ForumTerms.builder().from(TermsGenerators.forumTerms(random, forum)).version(1).build();
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        outer -> {
                          outer.terms().find(forum).orElseThrow();
                          storage().inTransaction(inner -> inner.terms().update(v1));
                          return outer.terms().update(loser);
                        }))
        .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.retryable()).isTrue());
    assertThat(stored(forum)).contains(ForumTerms.builder().from(v1).version(2).build());
  }

  /** Updating terms a forum does not have is refused. */
  @Test
  default void termsStoreRefusesToUpdateMissingTerms() {
    ForumTerms terms =
        ForumTerms.builder()
            .from(TermsGenerators.forumTerms(new SplittableRandom(7)))
            .version(1)
            .build();
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.terms().update(terms)))
        .isInstanceOf(NotFoundException.class);
  }

  /** Writes of a unit of work that throws are never visible. */
  @Test
  default void termsStoreDiscardsTheWritesOfAFailedUnit() {
    ForumTerms terms =
        TermsGenerators.forumTerms(new SplittableRandom(8), ForumId.of("forum-rollback"));
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.terms().insert(terms);
                          throw new IllegalStateException("work failed");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stored(terms.forum())).isEmpty();
  }

  /**
   * Texts with line breaks, tabs, quotes and non-ASCII characters, and every status, survive
   * storage exactly.
   */
  @Test
  default void termsStoreKeepsEveryStatusAndTextExactly() {
    SplittableRandom random = new SplittableRandom(9);
    List<TermsVersion> versions =
        List.of(
            TermsGenerators.version(random, 1, TermsStatus.SUPERSEDED),
            TermsGenerators.version(random, 2, TermsStatus.WITHDRAWN),
            TermsGenerators.version(random, 3, TermsStatus.IN_FORCE),
            TermsGenerators.version(random, 4, TermsStatus.OPEN));
    ForumTerms terms =
        ForumTerms.builder().forum(ForumId.of("forum-exact")).versions(versions).build();
    storage().inTransaction(tx -> tx.terms().insert(terms));
    ForumTerms read = storage().inTransaction(tx -> tx.terms().find(terms.forum())).orElseThrow();
    assertThat(read.versions()).isEqualTo(versions);
    assertThat(read.versions()).allSatisfy(v -> assertThat(v.hash().matches(v.content())).isTrue());
  }

  /** Without terms there is no version in force, within a unit and after one that found none. */
  @Test
  default void termsStoreFindsNoVersionInForceWithoutTerms() {
    ForumId forum = ForumId.of("no-terms-in-force");
    storage()
        .inTransaction(
            tx -> {
              assertThat(tx.terms().findInForce(forum)).isEmpty();
              assertThat(tx.terms().hasInForce(forum)).isFalse();
              assertThat(tx.terms().find(forum)).isEmpty();
              return null;
            });
  }

  /**
   * The version in force read alone is the one in the whole terms: after inserts and updates, in
   * the unit that wrote them (before and after a read of it) and in later units.
   */
  @Test
  default void termsStoreReadsTheVersionInForceAsTheWholeTermsHaveIt() {
    SplittableRandom random = new SplittableRandom(21);
    for (int i = 0; i < 12; i++) {
      ForumId forum = ForumId.of("forum-in-force-" + i);
      ForumTerms first = TermsGenerators.forumTerms(random, forum);
      ForumTerms inserted =
          storage()
              .inTransaction(
                  tx -> {
                    assertThat(tx.terms().findInForce(forum)).isEmpty();
                    ForumTerms s = tx.terms().insert(first);
                    assertThat(tx.terms().findInForce(forum)).isEqualTo(first.inForce());
                    assertThat(tx.terms().hasInForce(forum)).isEqualTo(first.inForce().isPresent());
                    return s;
                  });
      Optional<TermsVersion> afterInsert =
          storage().inTransaction(tx -> tx.terms().findInForce(forum));
      assertThat(afterInsert).isEqualTo(first.inForce());
      ForumTerms second =
          ForumTerms.builder()
              .from(TermsGenerators.forumTerms(random, forum))
              .version(inserted.version())
              .build();
      ForumTerms updated =
          storage()
              .inTransaction(
                  tx -> {
                    assertThat(tx.terms().findInForce(forum)).isEqualTo(first.inForce());
                    ForumTerms u = tx.terms().update(second);
                    assertThat(tx.terms().findInForce(forum)).isEqualTo(second.inForce());
                    return u;
                  });
      storage()
          .inTransaction(
              tx -> {
                Optional<TermsVersion> alone = tx.terms().findInForce(forum);
                assertThat(alone).isEqualTo(second.inForce());
                assertThat(tx.terms().find(forum).flatMap(ForumTerms::inForce)).isEqualTo(alone);
                assertThat(tx.terms().hasInForce(forum)).isEqualTo(alone.isPresent());
                return null;
              });
      assertThat(stored(forum)).contains(updated);
    }
  }

  /**
   * The version in force read alone is part of the unit's repeatable read: read again, it is
   * unchanged by another unit's commit; and the whole terms read afterwards are either the ones it
   * came from or the unit fails with a retryable storage failure, never newer terms.
   */
  @Test
  default void termsStoreKeepsTheVersionInForceRepeatable() {
    SplittableRandom random = new SplittableRandom(22);
    ForumId forum = ForumId.of("forum-in-force-repeatable");
    ForumTerms v1 =
        storage().inTransaction(tx -> tx.terms().insert(TermsGenerators.forumTerms(random, forum)));
    ForumTerms other;
    do {
      other = TermsGenerators.forumTerms(random, forum);
    } while (other.inForce().equals(v1.inForce()));
    ForumTerms replacement = ForumTerms.builder().from(other).version(1).build();
    try {
      storage()
          .inTransaction(
              outer -> {
                Optional<TermsVersion> before = outer.terms().findInForce(forum);
                assertThat(before).isEqualTo(v1.inForce());
                storage().inTransaction(inner -> inner.terms().update(replacement));
                assertThat(outer.terms().findInForce(forum)).isEqualTo(before);
                assertThat(outer.terms().find(forum)).contains(v1);
                return null;
              });
    } catch (StorageException e) {
      assertThat(e.retryable()).isTrue();
    }
    assertThat(stored(forum)).contains(ForumTerms.builder().from(replacement).version(2).build());
  }

  /**
   * Whether a version is in force, asked after reading the forum (as the services do), is what the
   * whole terms say, and stays so in the unit when another unit brings a version into force
   * meanwhile; the whole terms read afterwards are the ones it came from, or the unit fails with a
   * retryable storage failure.
   */
  @Test
  default void termsStoreAnswersWhetherAVersionIsInForceAfterTheForumIsRead() {
    SplittableRandom random = new SplittableRandom(23);
    String ns = StorageFixtures.namespace();
    for (int i = 0; i < 3; i++) {
      ForumId forum = ForumId.of(ns + "head-" + i);
      storage()
          .inTransaction(
              tx -> tx.forums().insert(StorageFixtures.proposed(forum.value(), ns + "b")));
      TermsStatus status = i == 1 ? TermsStatus.OPEN : TermsStatus.IN_FORCE;
      Optional<ForumTerms> before =
          i == 0
              ? Optional.empty()
              : Optional.of(
                  storage()
                      .inTransaction(
                          tx ->
                              tx.terms()
                                  .insert(
                                      ForumTerms.builder()
                                          .forum(forum)
                                          .addVersions(TermsGenerators.version(random, 1, status))
                                          .build())));
      boolean inForceBefore = before.flatMap(ForumTerms::inForce).isPresent();
      // Meanwhile: terms in force are inserted, the open version comes into force, or the version
      // in force is superseded.
      ForumTerms meanwhile;
      if (before.isEmpty()) {
        meanwhile =
            ForumTerms.builder()
                .forum(forum)
                .addVersions(TermsGenerators.version(random, 1, TermsStatus.IN_FORCE))
                .build();
      } else {
        TermsVersion v = before.get().versions().get(0);
        TermsVersion.Builder next =
            TermsVersion.builder().from(v).inForceAt(v.draftedAt().plusSeconds(1));
        if (v.status() == TermsStatus.OPEN) {
          next.status(TermsStatus.IN_FORCE);
        } else {
          next.status(TermsStatus.SUPERSEDED).endedAt(v.draftedAt().plusSeconds(2));
        }
        meanwhile = before.get().with(next.build());
      }
      ForumTerms changed = meanwhile;
      try {
        storage()
            .inTransaction(
                outer -> {
                  assertThat(outer.forums().find(forum)).isPresent();
                  assertThat(outer.terms().hasInForce(forum)).isEqualTo(inForceBefore);
                  storage()
                      .inTransaction(
                          inner ->
                              before.isPresent()
                                  ? inner.terms().update(changed)
                                  : inner.terms().insert(changed));
                  assertThat(outer.terms().hasInForce(forum)).isEqualTo(inForceBefore);
                  assertThat(outer.terms().findInForce(forum).isPresent()).isEqualTo(inForceBefore);
                  assertThat(outer.terms().find(forum)).isEqualTo(before);
                  return null;
                });
      } catch (StorageException e) {
        assertThat(e.retryable()).isTrue();
      }
      assertThat(stored(forum).flatMap(ForumTerms::inForce).isPresent())
          .isEqualTo(changed.inForce().isPresent());
    }
  }

  private Optional<ForumTerms> stored(ForumId forum) {
    return storage().inTransaction(tx -> tx.terms().find(forum));
  }
}

package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practitionersforum.tck.StorageFixtures.at;
import static org.practitionersforum.tck.StorageFixtures.namespace;
import static org.practitionersforum.tck.StorageFixtures.proposed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.StorageException;

/**
 * The forum-history part of the {@link org.practitionersforum.api.spi.ForumStore} contract: {@code
 * findCurrent} reads a forum for a change without its earlier history, an update of such a snapshot
 * keeps every earlier state change and facilitation, and {@code findHistory} pages the history.
 *
 * <p>A store may leave out as much of the earlier history as it likes, down to the latest state
 * change and facilitation (the SPI's default leaves out nothing), so these tests check that a
 * snapshot is the whole forum with a prefix of its history and facilitations left out and counted,
 * not how long that prefix is.
 */
public interface ForumHistoryContract extends StorageUnderTest {

  /** A fresh forum has nothing earlier to leave out: its snapshot is the forum. */
  @Test
  default void currentSnapshotOfAFreshForumIsTheForum() {
    String ns = namespace();
    Forum stored =
        storage()
            .inTransaction(
                tx -> {
                  Forum inserted = tx.forums().insert(proposed(ns + "f", ns + "b"));
                  assertThat(tx.forums().findCurrent(inserted.id())).contains(inserted);
                  return inserted;
                });
    assertThat(findCurrentForum(stored.id())).contains(stored);
    assertThat(findCurrentForum(stored.id()))
        .isEqualTo(StorageReads.findForum(storage(), stored.id()));
  }

  /**
   * The snapshot of a forum that has lived holds its latest state change and facilitation, counts
   * the entries it leaves out, and holds everything else whole: in the unit of work that stored the
   * forum and in a later one.
   */
  @Test
  default void currentSnapshotOfALongLivedForumHoldsTheLatestEntriesAndCountsTheRest() {
    String ns = namespace();
    Forum whole =
        storage()
            .inTransaction(
                tx -> {
                  Forum inserted = tx.forums().insert(longLived(ns + "f", ns + "b", 60, 7));
                  assertSnapshotOf(tx.forums().findCurrent(inserted.id()).orElseThrow(), inserted);
                  return inserted;
                });
    Forum snapshot = findCurrentForum(whole.id()).orElseThrow();
    assertSnapshotOf(snapshot, whole);
    assertThat(snapshot.history().get(snapshot.history().size() - 1))
        .isEqualTo(whole.history().get(59));
    assertThat(snapshot.currentFacilitation()).isPresent().isEqualTo(whole.currentFacilitation());
    assertThat(snapshot.members()).hasSize(3).isEqualTo(whole.members());
    assertThat(snapshot.invitations()).hasSize(1).isEqualTo(whole.invitations());
    assertThat(snapshot.state()).isEqualTo(whole.state());
    assertThat(snapshot.version()).isEqualTo(whole.version());

    Forum unfacilitated =
        storage().inTransaction(tx -> tx.forums().insert(longLived(ns + "g", ns + "b", 20, 0)));
    Forum bare = findCurrentForum(unfacilitated.id()).orElseThrow();
    assertSnapshotOf(bare, unfacilitated);
    assertThat(bare.facilitations()).isEmpty();
    assertThat(bare.earlierFacilitations()).isZero();
  }

  /**
   * A join made on a snapshot read in an earlier unit of work (a member added, the newcomer's
   * invitation closed) keeps every earlier state change and facilitation; the update returns the
   * snapshot as given, at the next version.
   */
  @Test
  default void aJoinOnASnapshotKeepsEveryEarlierEntry() {
    String ns = namespace();
    Forum whole =
        storage().inTransaction(tx -> tx.forums().insert(longLived(ns + "f", ns + "b", 40, 4)));
    Invitation invitation = whole.invitations().get(0);
    Member joiner = Member.builder().practitioner(invitation.invitee()).joinedAt(at(700)).build();
    Forum snapshot = findCurrentForum(whole.id()).orElseThrow();
    Forum next = Forum.builder().from(snapshot).addMembers(joiner).invitations(List.of()).build();
    Forum returned = storage().inTransaction(tx -> tx.forums().update(next));
    assertThat(returned).isEqualTo(Forum.builder().from(next).version(whole.version() + 1).build());
    Forum expected =
        Forum.builder()
            .from(whole)
            .addMembers(joiner)
            .invitations(List.of())
            .version(whole.version() + 1)
            .build();
    assertThat(StorageReads.findForum(storage(), whole.id())).contains(expected);
    assertSnapshotOf(findCurrentForum(whole.id()).orElseThrow(), expected);
  }

  /**
   * A state change appended to a snapshot in the unit of work that read it keeps every earlier one:
   * the unit's own reads, whole, current and paged, see the forum whole with it, and so does a
   * later unit.
   */
  @Test
  default void aStateChangeAppendedToASnapshotKeepsEveryEarlierEntry() {
    String ns = namespace();
    Forum whole =
        storage().inTransaction(tx -> tx.forums().insert(longLived(ns + "f", ns + "b", 50, 3)));
    StateChange closing = change(whole.state(), ForumState.CLOSED, 900);
    Forum expected =
        Forum.builder().from(whole).addHistory(closing).version(whole.version() + 1).build();
    storage()
        .inTransaction(
            tx -> {
              Forum snapshot = tx.forums().findCurrent(whole.id()).orElseThrow();
              assertSnapshotOf(snapshot, whole);
              Forum next = Forum.builder().from(snapshot).addHistory(closing).build();
              Forum stored = tx.forums().update(next);
              assertThat(stored)
                  .isEqualTo(Forum.builder().from(next).version(whole.version() + 1).build());
              assertThat(stored.earlierHistory()).isEqualTo(snapshot.earlierHistory());
              assertThat(tx.forums().find(whole.id())).contains(expected);
              assertSnapshotOf(tx.forums().findCurrent(whole.id()).orElseThrow(), expected);
              assertThat(tx.forums().findHistory(whole.id(), 49, 10))
                  .containsExactly(whole.history().get(49), closing);
              return stored;
            });
    assertThat(StorageReads.findForum(storage(), whole.id())).contains(expected);
    assertThat(findCurrentForum(whole.id()).orElseThrow().state()).isEqualTo(ForumState.CLOSED);
  }

  /**
   * The ongoing facilitation ended on a snapshot, then a new one started on a later snapshot: the
   * earlier facilitations and the whole history stay as they were.
   */
  @Test
  default void aFacilitationEndedAndStartedOnSnapshotsKeepsEveryEarlierEntry() {
    String ns = namespace();
    Forum whole =
        storage().inTransaction(tx -> tx.forums().insert(longLived(ns + "f", ns + "b", 12, 5)));
    Facilitation ongoing = whole.currentFacilitation().orElseThrow();
    Facilitation ended =
        Facilitation.builder()
            .from(ongoing)
            .end(at(500))
            .endReason("the forum runs itself now")
            .build();
    storage()
        .inTransaction(
            tx -> {
              Forum snapshot = tx.forums().findCurrent(whole.id()).orElseThrow();
              List<Facilitation> facilitations = new ArrayList<>(snapshot.facilitations());
              facilitations.set(facilitations.size() - 1, ended);
              return tx.forums()
                  .update(Forum.builder().from(snapshot).facilitations(facilitations).build());
            });
    List<Facilitation> endedAll = new ArrayList<>(whole.facilitations());
    endedAll.set(endedAll.size() - 1, ended);
    Forum afterEnd =
        Forum.builder().from(whole).facilitations(endedAll).version(whole.version() + 1).build();
    assertThat(StorageReads.findForum(storage(), whole.id())).contains(afterEnd);

    Facilitation again =
        Facilitation.builder().facilitator(PersonId.of(ns + "fac-new")).start(at(600)).build();
    storage()
        .inTransaction(
            tx ->
                tx.forums()
                    .update(
                        Forum.builder()
                            .from(tx.forums().findCurrent(whole.id()).orElseThrow())
                            .addFacilitations(again)
                            .build()));
    Forum afterStart =
        Forum.builder()
            .from(afterEnd)
            .addFacilitations(again)
            .version(afterEnd.version() + 1)
            .build();
    assertThat(StorageReads.findForum(storage(), whole.id())).contains(afterStart);
    Forum snapshot = findCurrentForum(whole.id()).orElseThrow();
    assertSnapshotOf(snapshot, afterStart);
    assertThat(snapshot.currentFacilitation()).contains(again);
  }

  /**
   * Two changes made on snapshots in one unit of work, the second on a snapshot read after the
   * first was written, keep every earlier entry.
   */
  @Test
  default void twoChangesOnSnapshotsInOneUnitKeepEveryEarlierEntry() {
    String ns = namespace();
    Forum whole =
        storage().inTransaction(tx -> tx.forums().insert(longLived(ns + "f", ns + "b", 30, 2)));
    Member joiner =
        Member.builder().practitioner(PractitionerId.of(ns + "joiner")).joinedAt(at(800)).build();
    StateChange closing = change(whole.state(), ForumState.CLOSED, 801);
    storage()
        .inTransaction(
            tx -> {
              Forum first = tx.forums().findCurrent(whole.id()).orElseThrow();
              Forum joined =
                  tx.forums().update(Forum.builder().from(first).addMembers(joiner).build());
              Forum second = tx.forums().findCurrent(whole.id()).orElseThrow();
              assertThat(second.version()).isEqualTo(joined.version());
              return tx.forums().update(Forum.builder().from(second).addHistory(closing).build());
            });
    Forum expected =
        Forum.builder()
            .from(whole)
            .addMembers(joiner)
            .addHistory(closing)
            .version(whole.version() + 2)
            .build();
    assertThat(StorageReads.findForum(storage(), whole.id())).contains(expected);
    assertSnapshotOf(findCurrentForum(whole.id()).orElseThrow(), expected);
  }

  /**
   * A snapshot read before another unit of work changed the forum is stale: its update is refused
   * with {@link ConcurrentUpdateException}, and the other unit's change stays, earlier entries and
   * all.
   */
  @Test
  default void aStaleSnapshotIsRefused() {
    String ns = namespace();
    Forum whole =
        storage().inTransaction(tx -> tx.forums().insert(longLived(ns + "f", ns + "b", 30, 3)));
    Forum stale = findCurrentForum(whole.id()).orElseThrow();
    StateChange closing = change(whole.state(), ForumState.CLOSED, 901);
    storage()
        .inTransaction(
            tx ->
                tx.forums()
                    .update(
                        Forum.builder()
                            .from(tx.forums().findCurrent(whole.id()).orElseThrow())
                            .addHistory(closing)
                            .build()));
    Forum expected =
        Forum.builder().from(whole).addHistory(closing).version(whole.version() + 1).build();
    assertThat(StorageReads.findForum(storage(), whole.id())).contains(expected);

    Member joiner =
        Member.builder().practitioner(PractitionerId.of(ns + "late")).joinedAt(at(902)).build();
    Forum lost = Forum.builder().from(stale).addMembers(joiner).build();
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.forums().update(lost)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(StorageReads.findForum(storage(), whole.id())).contains(expected);
  }

  /**
   * A snapshot read in a unit of work keeps its version for the rest of the unit; when another unit
   * commits a change meanwhile, an update based on it is refused as retryable, and nothing of it is
   * stored.
   */
  @Test
  default void aSnapshotOvertakenWithinItsUnitIsRefused() {
    String ns = namespace();
    Forum whole =
        storage().inTransaction(tx -> tx.forums().insert(longLived(ns + "f", ns + "b", 25, 2)));
    StateChange closing = change(whole.state(), ForumState.CLOSED, 903);
    Member joiner =
        Member.builder().practitioner(PractitionerId.of(ns + "late")).joinedAt(at(904)).build();
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        outer -> {
                          Forum snapshot = outer.forums().findCurrent(whole.id()).orElseThrow();
                          storage()
                              .inTransaction(
                                  inner ->
                                      inner
                                          .forums()
                                          .update(
                                              Forum.builder()
                                                  .from(
                                                      inner
                                                          .forums()
                                                          .findCurrent(whole.id())
                                                          .orElseThrow())
                                                  .addHistory(closing)
                                                  .build()));
                          return outer
                              .forums()
                              .update(Forum.builder().from(snapshot).addMembers(joiner).build());
                        }))
        .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.retryable()).isTrue());
    assertThat(StorageReads.findForum(storage(), whole.id()))
        .contains(
            Forum.builder().from(whole).addHistory(closing).version(whole.version() + 1).build());
  }

  /**
   * Every page of the history is the same slice of the whole history: from the start, the middle
   * and the end, past the end (empty), with limits from 1 to the largest int; and the pages of one
   * size, read one after another, make up the whole history.
   */
  @Test
  default void historyPagesAreSlicesOfTheWholeHistory() {
    String ns = namespace();
    Forum whole =
        storage().inTransaction(tx -> tx.forums().insert(longLived(ns + "f", ns + "b", 45, 2)));
    List<StateChange> all = whole.history();
    for (int from : new int[] {0, 1, 10, 44, 45, 46, 1000}) {
      for (int limit : new int[] {1, 7, 44, 45, 500, Integer.MAX_VALUE}) {
        List<StateChange> page = findHistoryPage(whole.id(), from, limit);
        int start = Math.min(from, all.size());
        int end = (int) Math.min((long) start + limit, all.size());
        assertThat(page).as("from %d, at most %d", from, limit).isEqualTo(all.subList(start, end));
      }
    }
    List<StateChange> walked = new ArrayList<>();
    List<StateChange> page;
    do {
      int from = walked.size();
      page = findHistoryPage(whole.id(), from, 7);
      walked.addAll(page);
    } while (page.size() == 7);
    assertThat(walked).isEqualTo(all);

    Forum fresh = storage().inTransaction(tx -> tx.forums().insert(proposed(ns + "g", ns + "b")));
    assertThat(findHistoryPage(fresh.id(), 0, 10)).isEqualTo(fresh.history());
    assertThat(findHistoryPage(fresh.id(), 1, 10)).isEmpty();
  }

  /** A forum never stored has no snapshot and no history. */
  @Test
  default void anUnknownForumHasNoSnapshotAndNoHistory() {
    ForumId unknown = ForumId.of(namespace() + "none");
    assertThat(findCurrentForum(unknown)).isEmpty();
    assertThat(findHistoryPage(unknown, 0, 10)).isEmpty();
    assertThat(findHistoryPage(unknown, 5, 1)).isEmpty();
  }

  /**
   * Reads a forum's current snapshot in a unit of work of its own.
   *
   * @param id the forum id
   * @return the snapshot, or empty
   */
  private Optional<Forum> findCurrentForum(ForumId id) {
    return storage().inTransaction(tx -> tx.forums().findCurrent(id));
  }

  /**
   * Reads a page of a forum's history in a unit of work of its own.
   *
   * @param id the forum id
   * @param from the position of the first change
   * @param limit the most changes to return
   * @return the page
   */
  private List<StateChange> findHistoryPage(ForumId id, int from, int limit) {
    return storage().inTransaction(tx -> tx.forums().findHistory(id, from, limit));
  }

  /**
   * Checks that a snapshot is the whole forum with a prefix of its history and of its facilitations
   * left out and counted, holding at least the latest of each.
   */
  private static void assertSnapshotOf(Forum snapshot, Forum whole) {
    List<StateChange> history = whole.history();
    assertThat(snapshot.history())
        .as("a snapshot holds at least the latest state change")
        .isNotEmpty();
    assertThat(snapshot.earlierHistory() + snapshot.history().size())
        .as("the state changes held and counted")
        .isEqualTo(history.size());
    assertThat(snapshot.history())
        .as("the last state changes")
        .isEqualTo(history.subList(snapshot.earlierHistory(), history.size()));
    List<Facilitation> facilitations = whole.facilitations();
    assertThat(snapshot.facilitations().isEmpty())
        .as("a snapshot holds at least the latest facilitation")
        .isEqualTo(facilitations.isEmpty());
    assertThat(snapshot.earlierFacilitations() + snapshot.facilitations().size())
        .as("the facilitations held and counted")
        .isEqualTo(facilitations.size());
    assertThat(snapshot.facilitations())
        .as("the last facilitations")
        .isEqualTo(facilitations.subList(snapshot.earlierFacilitations(), facilitations.size()));
    assertThat(
            Forum.builder()
                .from(snapshot)
                .history(history)
                .facilitations(facilitations)
                .earlierHistory(0)
                .earlierFacilitations(0)
                .build())
        .as("everything else, whole")
        .isEqualTo(whole);
  }

  /**
   * A forum at version 0 that has lived: its proposal and further state changes, {@code changes} in
   * all, moving between active and suspended; {@code facilitations} facilitations, the last
   * ongoing; three members and an open invitation.
   */
  private static Forum longLived(String id, String base, int changes, int facilitations) {
    Forum.Builder forum = Forum.builder().from(proposed(id, base));
    ForumState state = ForumState.PROPOSED;
    for (int i = 1; i < changes; i++) {
      ForumState to =
          state == ForumState.PROPOSED
              ? ForumState.FORMING
              : state == ForumState.ACTIVE ? ForumState.SUSPENDED : ForumState.ACTIVE;
      forum.addHistory(change(state, to, i));
      state = to;
    }
    for (int i = 0; i < facilitations; i++) {
      Facilitation.Builder f =
          Facilitation.builder().facilitator(PersonId.of(id + "-fac-" + i)).start(at(10 + 2 * i));
      if (i < facilitations - 1) {
        f.end(at(11 + 2 * i)).endReason("the forum felt ready, round " + i);
      }
      forum.addFacilitations(f.build());
    }
    for (int i = 0; i < 3; i++) {
      forum.addMembers(
          Member.builder()
              .practitioner(PractitionerId.of(id + "-m" + i))
              .joinedAt(at(5 + i))
              .build());
    }
    return forum
        .addInvitations(
            Invitation.builder()
                .invitee(PractitionerId.of(id + "-invitee"))
                .invitedBy(Role.PRACTITIONER)
                .invitedAt(at(9))
                .build())
        .build();
  }

  private static StateChange change(ForumState from, ForumState to, int i) {
    return StateChange.builder()
        .from(from)
        .to(to)
        .reason("change " + i)
        .by(Role.SYSTEM)
        .at(at(100 + i))
        .build();
  }
}

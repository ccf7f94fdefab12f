package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practitionersforum.tck.StorageFixtures.at;
import static org.practitionersforum.tck.StorageFixtures.namespace;
import static org.practitionersforum.tck.StorageFixtures.proposed;
import static org.practitionersforum.tck.StorageReads.findForum;
import static org.practitionersforum.tck.StorageReads.forumsAt;
import static org.practitionersforum.tck.StorageReads.forumsOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ForumParties;

/**
 * The {@link org.practitionersforum.api.spi.ForumStore} contract: reads, writes and versions of
 * forums.
 */
public interface ForumStoreContract extends StorageUnderTest {

  /** Inserting stores the forum at version 1, exactly as given. */
  @Test
  default void insertStoresAtVersionOneAndReadsBackExactly() {
    Forum forum = StorageFixtures.rich(new SplittableRandom(1), namespace() + "f", "base-a");
    Forum stored = storage().inTransaction(tx -> tx.forums().insert(forum));
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored).isEqualTo(Forum.builder().from(forum).version(1).build());
    assertThat(findForum(storage(), forum.id())).contains(stored);
  }

  /**
   * Every composition a forum can declare (FR-5) reads back exactly: each discipline mix with each
   * specialism mix, including {@link Composition.Mix#ANY} (no requirement), and either focus.
   */
  @Test
  default void everyCompositionReadsBackExactly() {
    String ns = namespace();
    int i = 0;
    for (Composition.Mix disciplines : Composition.Mix.values()) {
      for (Composition.Mix specialisms : Composition.Mix.values()) {
        Composition.Builder composition =
            Composition.builder()
                .disciplineMix(disciplines)
                .specialismMix(specialisms)
                .focus(i % 2 == 0 ? Composition.Focus.ORGANISATION : Composition.Focus.LOCALITY);
        if (disciplines == Composition.Mix.SINGLE) {
          composition.discipline(Discipline.NURSING);
        }
        if (specialisms == Composition.Mix.SINGLE) {
          composition.specialism(Specialism.ADULTS);
        }
        Forum forum =
            Forum.builder()
                .from(StorageFixtures.rich(new SplittableRandom(i), ns + "mix" + i, ns + "base"))
                .composition(composition.build())
                .build();
        Forum stored = storage().inTransaction(tx -> tx.forums().insert(forum));
        assertThat(stored.composition()).isEqualTo(forum.composition());
        assertThat(findForum(storage(), forum.id())).contains(stored);
        i++;
      }
    }
  }

  /** Many random forums, with every kind of child record, read back exactly. */
  @Test
  default void randomForumsReadBackExactly() {
    String ns = namespace();
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 25; i++) {
      Forum forum = StorageFixtures.rich(r, ns + "f" + i, ns + "base");
      Forum stored = storage().inTransaction(tx -> tx.forums().insert(forum));
      assertThat(findForum(storage(), forum.id())).contains(stored);
    }
  }

  /**
   * The parties read alone ({@link org.practitionersforum.api.spi.ForumStore#findParties}) are the
   * parties of the whole forum: in the unit of work that stored it, and in a later one.
   */
  @Test
  default void partiesAreThoseOfTheWholeForum() {
    String ns = namespace();
    SplittableRandom r = new SplittableRandom(43);
    for (int i = 0; i < 25; i++) {
      Forum forum = StorageFixtures.rich(r, ns + "parties" + i, ns + "base");
      Forum stored =
          storage()
              .inTransaction(
                  tx -> {
                    assertThat(tx.forums().findParties(forum.id())).isEmpty();
                    Forum inserted = tx.forums().insert(forum);
                    assertThat(tx.forums().findParties(forum.id()))
                        .contains(ForumParties.of(inserted));
                    return inserted;
                  });
      Optional<ForumParties> later =
          storage().inTransaction(tx -> tx.forums().findParties(forum.id()));
      assertThat(later).contains(ForumParties.of(stored));
    }
    Optional<ForumParties> none =
        storage().inTransaction(tx -> tx.forums().findParties(ForumId.of(ns + "none")));
    assertThat(none).isEmpty();
  }

  /** A forum not stored is not found. */
  @Test
  default void findOfUnknownForumIsEmpty() {
    assertThat(findForum(storage(), ForumId.of(namespace() + "none"))).isEmpty();
  }

  /** An insert not at version 0 is refused. */
  @Test
  default void insertRequiresVersionZero() {
    Forum forum = Forum.builder().from(proposed(namespace() + "f", "b")).version(3).build();
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.forums().insert(forum)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(findForum(storage(), forum.id())).isEmpty();
  }

  /** A second insert with the same id is a duplicate and changes nothing. */
  @Test
  default void duplicateInsertIsRefused() {
    Forum forum = proposed(namespace() + "f", "b");
    Forum stored = storage().inTransaction(tx -> tx.forums().insert(forum));
    Forum other = Forum.builder().from(forum).name("Another name").build();
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.forums().insert(other)))
        .isInstanceOf(DuplicateException.class);
    assertThat(findForum(storage(), forum.id())).contains(stored);
  }

  /** An update based on the stored version replaces the forum whole and bumps the version. */
  @Test
  default void updateReplacesWholeAndBumpsVersion() {
    String ns = namespace();
    SplittableRandom r = new SplittableRandom(7);
    Forum v1 =
        storage()
            .inTransaction(tx -> tx.forums().insert(StorageFixtures.rich(r, ns + "f", ns + "b")));
    Forum changed = StorageFixtures.rich(r, ns + "f", ns + "b2");
    Forum next = Forum.builder().from(changed).version(v1.version()).build();
    Forum v2 = storage().inTransaction(tx -> tx.forums().update(next));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2).isEqualTo(Forum.builder().from(next).version(2).build());
    assertThat(findForum(storage(), v1.id())).contains(v2);
    assertThat(forumsAt(storage(), BaseId.of(ns + "b"))).isEmpty();
    assertThat(forumsAt(storage(), BaseId.of(ns + "b2"))).containsExactly(v2);
  }

  /**
   * A sequence of edits to every child list, including removals, re-adds and reordering, reads back
   * exactly, and so do the forum's parties.
   */
  @Test
  default void childListEditsReadBackExactly() {
    String ns = namespace();
    Forum forum = storage().inTransaction(tx -> tx.forums().insert(proposed(ns + "f", "b")));
    PractitionerId a = PractitionerId.of(ns + "a");
    PractitionerId b = PractitionerId.of(ns + "b");
    PractitionerId c = PractitionerId.of(ns + "c");
    Member ma = Member.builder().practitioner(a).joinedAt(at(1)).build();
    Member mb = Member.builder().practitioner(b).joinedAt(at(2)).build();
    Member mc = Member.builder().practitioner(c).joinedAt(at(3)).build();
    Invitation ic =
        Invitation.builder().invitee(c).invitedBy(Role.PRACTITIONER).invitedAt(at(2)).build();
    Facilitation open = Facilitation.builder().facilitator(PersonId.of("fac")).start(at(1)).build();
    Facilitation ended =
        Facilitation.builder().from(open).end(at(9)).endReason("we are ready").build();
    StateChange forming =
        StateChange.builder()
            .from(ForumState.PROPOSED)
            .to(ForumState.FORMING)
            .reason("first member")
            .by(Role.SYSTEM)
            .at(at(1))
            .build();
    List<Forum.Builder> steps = new ArrayList<>();
    steps.add(
        Forum.builder().from(forum).addMembers(ma).addHistory(forming).addFacilitations(open));
    steps.add(
        Forum.builder()
            .from(forum)
            .addMembers(ma, mb)
            .addInvitations(ic)
            .addHistory(forming)
            .addFacilitations(open));
    steps.add(
        Forum.builder()
            .from(forum)
            .addMembers(ma, mb, mc)
            .addHistory(forming)
            .addFacilitations(ended));
    steps.add(
        Forum.builder().from(forum).addMembers(mb, mc).addHistory(forming).addFacilitations(ended));
    steps.add(
        Forum.builder()
            .from(forum)
            .addMembers(mc, mb, Member.builder().from(ma).joinedAt(at(20)).build())
            .addHistory(forming)
            .addFacilitations(ended, open));
    steps.add(Forum.builder().from(forum).addHistory(forming));
    Forum current = forum;
    for (Forum.Builder step : steps) {
      Forum next = step.version(current.version()).build();
      current = storage().inTransaction(tx -> tx.forums().update(next));
      Forum expected = current;
      assertThat(findForum(storage(), next.id())).contains(expected);
      Optional<ForumParties> parties =
          storage().inTransaction(tx -> tx.forums().findParties(next.id()));
      assertThat(parties).contains(ForumParties.of(expected));
    }
    assertThat(current.version()).isEqualTo(1 + steps.size());
  }

  /** An update based on a version that is no longer stored is refused, and nothing changes. */
  @Test
  default void staleUpdateIsRefused() {
    Forum v1 = storage().inTransaction(tx -> tx.forums().insert(proposed(namespace() + "f", "b")));
    Forum v2 =
        storage()
            .inTransaction(
                tx -> tx.forums().update(Forum.builder().from(v1).name("Renamed").build()));
    Forum stale = Forum.builder().from(v1).name("Lost update").build();
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.forums().update(stale)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(findForum(storage(), v1.id())).contains(v2);
  }

  /** An update of a forum never stored is not found. */
  @Test
  default void updateOfUnknownForumIsNotFound() {
    Forum forum = Forum.builder().from(proposed(namespace() + "f", "b")).version(1).build();
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.forums().update(forum)))
        .isInstanceOf(NotFoundException.class);
    assertThat(findForum(storage(), forum.id())).isEmpty();
  }

  /** The forums of a base are exactly those at the base, ordered by id. */
  @Test
  default void findByBaseReturnsTheBaseForumsOrderedById() {
    String ns = namespace();
    List<String> ids = List.of(ns + "m", ns + "b", ns + "z", ns + "a", ns + "B");
    storage()
        .inTransaction(
            tx -> {
              for (String id : ids) {
                tx.forums().insert(proposed(id, ns + "base"));
              }
              tx.forums().insert(proposed(ns + "elsewhere", ns + "other"));
              return null;
            });
    List<Forum> found = forumsAt(storage(), BaseId.of(ns + "base"));
    assertThat(found)
        .extracting(f -> f.id().value())
        .containsExactlyElementsOf(ids.stream().sorted().toList());
    assertThat(found).allMatch(f -> f.version() == 1);
    assertThat(forumsAt(storage(), BaseId.of(ns + "nothing"))).isEmpty();
  }

  /**
   * The forums of a member are exactly those where the practitioner is a current member, ordered by
   * id.
   */
  @Test
  default void findByMemberReturnsCurrentMembershipsOrderedById() {
    String ns = namespace();
    PractitionerId p = PractitionerId.of(ns + "p");
    Member m = Member.builder().practitioner(p).joinedAt(at(1)).build();
    Invitation invited =
        Invitation.builder().invitee(p).invitedBy(Role.PRACTITIONER).invitedAt(at(1)).build();
    Forum f2 =
        storage()
            .inTransaction(
                tx ->
                    tx.forums()
                        .insert(
                            Forum.builder().from(proposed(ns + "2", "b")).addMembers(m).build()));
    Forum f1 =
        storage()
            .inTransaction(
                tx ->
                    tx.forums()
                        .insert(
                            Forum.builder().from(proposed(ns + "1", "c")).addMembers(m).build()));
    storage()
        .inTransaction(
            tx ->
                tx.forums()
                    .insert(
                        Forum.builder()
                            .from(proposed(ns + "3", "b"))
                            .addInvitations(invited)
                            .build()));
    assertThat(forumsOf(storage(), p)).containsExactly(f1, f2);
    Forum left =
        storage()
            .inTransaction(
                tx -> tx.forums().update(Forum.builder().from(f2).members(List.of()).build()));
    assertThat(left.members()).isEmpty();
    assertThat(forumsOf(storage(), p)).containsExactly(f1);
    assertThat(forumsOf(storage(), PractitionerId.of(ns + "nobody"))).isEmpty();
  }

  /** Identifiers differing only in case are different forums. */
  @Test
  default void identifiersAreCaseSensitive() {
    String ns = namespace();
    Forum lower = storage().inTransaction(tx -> tx.forums().insert(proposed(ns + "abc", "b")));
    Forum upper = storage().inTransaction(tx -> tx.forums().insert(proposed(ns + "ABC", "b")));
    assertThat(findForum(storage(), lower.id())).contains(lower);
    assertThat(findForum(storage(), upper.id())).contains(upper);
  }
}

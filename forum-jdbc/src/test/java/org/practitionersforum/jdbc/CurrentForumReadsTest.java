// Longer than 500 lines because one test class runs the same cases on H2, PostgreSQL and MariaDB,
// and each case needs a long-lived forum built row by row.
package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.spi.ConcurrentUpdateException;

/**
 * A forum that has lived long, read for a change ({@code ForumStore.findCurrent}), changed and
 * updated, keeps its whole history and every facilitation, on H2, PostgreSQL and MariaDB; its
 * history read a page at a time ({@code ForumStore.findHistory}) gives slices of the whole; the
 * reads of one unit of work repeat; and on H2, the statements of a command read the same rows
 * however long the history is.
 */
class CurrentForumReadsTest {
  private static final String PREFIX = "cur_";
  private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456789Z");

  /** State changes beyond the proposal, formation and activation of the long-lived forum. */
  private static final int CHANGES = 600;

  private static final int FACILITATIONS = 12;
  private static final AtomicLong IDS = new AtomicLong();
  private static final Set<Dialect> MIGRATED = new HashSet<>();

  private static DataSource dataSource(Dialect dialect) {
    switch (dialect) {
      case H2:
        return EmbeddedDatabases.h2("current");
      case POSTGRESQL:
        return EmbeddedDatabases.postgres();
      default:
        return EmbeddedDatabases.mariadb();
    }
  }

  private static JdbcForumStorage storage(DataSource ds, Dialect dialect) {
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(ds).tablePrefix(PREFIX).build();
    synchronized (MIGRATED) {
      if (MIGRATED.add(dialect)) {
        storage.migrate();
      }
    }
    return storage;
  }

  private static JdbcForumStorage storage(Dialect dialect) {
    return storage(dataSource(dialect), dialect);
  }

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  private static StateChange change(ForumState from, ForumState to, int seconds) {
    return StateChange.builder()
        .from(from)
        .to(to)
        .reason("change at " + seconds)
        .by(Role.ADMINISTRATOR)
        .at(at(seconds))
        .build();
  }

  /**
   * A forum at version 0 proposed, formed and activated, then suspended and reactivated over and
   * over ({@code changes} more state changes, ending active), with {@code facilitations}
   * facilitations of which the last is ongoing, three members and an open invitation.
   */
  static Forum longLived(String id, int changes, int facilitations) {
    List<StateChange> history = new ArrayList<>();
    history.add(
        StateChange.builder()
            .to(ForumState.PROPOSED)
            .reason("proposed")
            .by(Role.PRACTITIONER)
            .at(at(0))
            .build());
    history.add(change(ForumState.PROPOSED, ForumState.FORMING, 1));
    history.add(change(ForumState.FORMING, ForumState.ACTIVE, 2));
    for (int i = 0; i < changes; i++) {
      history.add(
          i % 2 == 0
              ? change(ForumState.ACTIVE, ForumState.SUSPENDED, 10 + i)
              : change(ForumState.SUSPENDED, ForumState.ACTIVE, 10 + i));
    }
    if (changes % 2 == 1) {
      history.add(change(ForumState.SUSPENDED, ForumState.ACTIVE, 10 + changes));
    }
    List<Facilitation> fs = new ArrayList<>();
    for (int i = 0; i < facilitations; i++) {
      Facilitation.Builder f =
          Facilitation.builder().facilitator(PersonId.of("fac-" + i)).start(at(100 + 10 * i));
      if (i < facilitations - 1) {
        f.end(at(105 + 10 * i)).endReason("handed on " + i);
      }
      fs.add(f.build());
    }
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      members.add(
          Member.builder().practitioner(PractitionerId.of(id + "-m" + i)).joinedAt(at(i)).build());
    }
    return Forum.builder()
        .id(ForumId.of(id))
        .name("Forum " + id)
        .organisation(OrganisationId.of("org"))
        .base(BaseId.of("base"))
        .locality(LocalityId.of("north"))
        .composition(Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
        .sizeBounds(SizeBounds.DEFAULT)
        .lineManagementExcluded(true)
        .sponsor(PersonId.of("sponsor"))
        .members(members)
        .addInvitations(
            Invitation.builder()
                .invitee(PractitionerId.of(id + "-guest"))
                .invitedBy(Role.PRACTITIONER)
                .invitedAt(at(3))
                .build())
        .facilitations(fs)
        .history(history)
        .proposedAt(at(0))
        .build();
  }

  private static String newId(Dialect dialect) {
    return "cur-" + dialect.folder() + "-" + IDS.incrementAndGet();
  }

  private static Forum whole(JdbcForumStorage storage, ForumId id) {
    return storage.inTransaction(tx -> tx.forums().find(id)).orElseThrow();
  }

  private static <T> List<T> slice(List<T> all, int from, int limit) {
    int start = Math.min(from, all.size());
    int end = (int) Math.min((long) start + limit, all.size());
    return all.subList(start, end);
  }

  private static <T> List<T> last(List<T> all) {
    return List.of(all.get(all.size() - 1));
  }

  private static <T> List<T> butLast(List<T> all) {
    return all.subList(0, all.size() - 1);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aForumReadCurrentChangedAndUpdatedKeepsItsWholeHistory(Dialect dialect) {
    JdbcForumStorage storage = storage(dialect);
    Forum stored =
        storage.inTransaction(
            tx -> tx.forums().insert(longLived(newId(dialect), CHANGES, FACILITATIONS)));
    ForumId id = stored.id();

    Forum current = storage.inTransaction(tx -> tx.forums().findCurrent(id)).orElseThrow();
    assertThat(current.history()).isEqualTo(last(stored.history()));
    assertThat(current.earlierHistory()).isEqualTo(stored.history().size() - 1);
    assertThat(current.facilitations()).isEqualTo(last(stored.facilitations()));
    assertThat(current.earlierFacilitations()).isEqualTo(FACILITATIONS - 1);
    assertThat(
            Forum.builder()
                .from(current)
                .history(stored.history())
                .facilitations(stored.facilitations())
                .earlierHistory(0)
                .earlierFacilitations(0)
                .build())
        .as("the rest of the forum, whole")
        .isEqualTo(stored);

    // A command in one unit: reads the forum current, ends the ongoing facilitation, suspends
    // the forum, a member leaves and the invitation is accepted.
    int n = stored.history().size();
    Facilitation ongoing = current.facilitations().get(0);
    Facilitation ended =
        Facilitation.builder().from(ongoing).end(at(5000)).endReason("done").build();
    StateChange suspended = change(ForumState.ACTIVE, ForumState.SUSPENDED, 5001);
    Member guest =
        Member.builder()
            .practitioner(current.invitations().get(0).invitee())
            .joinedAt(at(5002))
            .build();
    List<Member> members = new ArrayList<>(current.members().subList(1, 3));
    members.add(guest);
    Forum changed =
        storage.inTransaction(
            tx -> {
              Forum c = tx.forums().findCurrent(id).orElseThrow();
              return tx.forums()
                  .update(
                      Forum.builder()
                          .from(c)
                          .facilitations(List.of(ended))
                          .addHistory(suspended)
                          .members(members)
                          .invitations(List.of())
                          .build());
            });
    assertThat(changed.version()).isEqualTo(stored.version() + 1);
    assertThat(changed.earlierHistory()).isEqualTo(n - 1);
    assertThat(changed.history()).containsExactly(stored.history().get(n - 1), suspended);
    List<Facilitation> facilitations = new ArrayList<>(butLast(stored.facilitations()));
    facilitations.add(ended);
    List<StateChange> history = new ArrayList<>(stored.history());
    history.add(suspended);
    Forum expected =
        Forum.builder()
            .from(stored)
            .facilitations(facilitations)
            .history(history)
            .members(members)
            .invitations(List.of())
            .version(stored.version() + 1)
            .build();
    assertThat(whole(storage, id)).isEqualTo(expected);

    // A snapshot read current in one unit and updated in another, which has not read it: a new
    // facilitation starts and the forum is reactivated.
    Forum again = storage.inTransaction(tx -> tx.forums().findCurrent(id)).orElseThrow();
    assertThat(again.earlierHistory()).isEqualTo(n);
    assertThat(again.earlierFacilitations()).isEqualTo(FACILITATIONS - 1);
    Facilitation next =
        Facilitation.builder().facilitator(PersonId.of("fac-next")).start(at(6000)).build();
    StateChange reactivated = change(ForumState.SUSPENDED, ForumState.ACTIVE, 6001);
    Forum updated =
        storage.inTransaction(
            tx ->
                tx.forums()
                    .update(
                        Forum.builder()
                            .from(again)
                            .addFacilitations(next)
                            .addHistory(reactivated)
                            .build()));
    facilitations.add(next);
    history.add(reactivated);
    Forum expectedAgain =
        Forum.builder()
            .from(expected)
            .facilitations(facilitations)
            .history(history)
            .version(updated.version())
            .build();
    assertThat(whole(storage, id)).isEqualTo(expectedAgain);

    // A unit that reads the forum whole and then updates a snapshot read current: the rows
    // before the snapshot's entries stay as they are.
    Forum third =
        storage.inTransaction(
            tx -> {
              Forum c = tx.forums().findCurrent(id).orElseThrow();
              tx.forums().find(id);
              return tx.forums()
                  .update(
                      Forum.builder()
                          .from(c)
                          .addHistory(change(ForumState.ACTIVE, ForumState.CLOSED, 7000))
                          .build());
            });
    history.add(change(ForumState.ACTIVE, ForumState.CLOSED, 7000));
    assertThat(whole(storage, id))
        .isEqualTo(
            Forum.builder().from(expectedAgain).history(history).version(third.version()).build());
    assertThat(storage.inTransaction(tx -> tx.forums().findParties(id)).orElseThrow().state())
        .isEqualTo(ForumState.CLOSED);

    // A current read has the same shape whatever else the unit read or wrote before it.
    Forum fresh = storage.inTransaction(tx -> tx.forums().findCurrent(id)).orElseThrow();
    Optional<Forum> behindWhole =
        storage.inTransaction(
            tx -> {
              tx.forums().find(id);
              return tx.forums().findCurrent(id);
            });
    assertThat(behindWhole).contains(fresh);
    Forum written =
        storage.inTransaction(
            tx -> {
              Forum c = tx.forums().findCurrent(id).orElseThrow();
              tx.forums()
                  .update(
                      Forum.builder()
                          .from(c)
                          .addHistory(change(ForumState.CLOSED, ForumState.CLOSED, 8000))
                          .build());
              return tx.forums().findCurrent(id).orElseThrow();
            });
    Optional<Forum> later = storage.inTransaction(tx -> tx.forums().findCurrent(id));
    assertThat(later).contains(written);
    assertThat(written.history()).hasSize(1);
    assertThat(written.earlierHistory()).isEqualTo(history.size());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void historyPagesAreSlicesOfTheWholeHistory(Dialect dialect) {
    JdbcForumStorage storage = storage(dialect);
    Forum stored =
        storage.inTransaction(tx -> tx.forums().insert(longLived(newId(dialect), CHANGES, 3)));
    ForumId id = stored.id();
    // Rows written by an update of a current snapshot too.
    storage.inTransaction(
        tx -> {
          Forum c = tx.forums().findCurrent(id).orElseThrow();
          return tx.forums()
              .update(
                  Forum.builder()
                      .from(c)
                      .addHistory(change(ForumState.ACTIVE, ForumState.SUSPENDED, 9000))
                      .build());
        });
    List<StateChange> all = whole(storage, id).history();
    int size = all.size();
    int[][] pages = {
      {0, 1},
      {0, 50},
      {37, 100},
      {size - 1, 10},
      {size - 5, 5},
      {size, 10},
      {size + 3, 1},
      {0, Integer.MAX_VALUE},
      {100, Integer.MAX_VALUE},
      {Integer.MAX_VALUE, 1}
    };
    for (int[] page : pages) {
      List<StateChange> read =
          storage.inTransaction(tx -> tx.forums().findHistory(id, page[0], page[1]));
      assertThat(read).as("page %s+%s", page[0], page[1]).isEqualTo(slice(all, page[0], page[1]));
      // Behind a current read: the latest entries from the snapshot, earlier ones from the
      // database at the version read.
      List<StateChange> behind =
          storage.inTransaction(
              tx -> {
                tx.forums().findCurrent(id);
                return tx.forums().findHistory(id, page[0], page[1]);
              });
      assertThat(behind)
          .as("page %s+%s behind a current read", page[0], page[1])
          .isEqualTo(slice(all, page[0], page[1]));
    }
    List<StateChange> none =
        storage.inTransaction(tx -> tx.forums().findHistory(ForumId.of("none"), 0, 10));
    assertThat(none).isEmpty();
    assertThatThrownBy(() -> storage.inTransaction(tx -> tx.forums().findHistory(id, -1, 10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage.inTransaction(tx -> tx.forums().findHistory(id, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void readsInOneUnitRepeatAndUpdatesCarryTheirVersion(Dialect dialect) {
    JdbcForumStorage storage = storage(dialect);
    Forum stored =
        storage.inTransaction(tx -> tx.forums().insert(longLived(newId(dialect), 20, 2)));
    ForumId id = stored.id();
    Forum renamed =
        storage.inTransaction(
            tx -> {
              Forum current = tx.forums().findCurrent(id).orElseThrow();
              // Another unit commits a change meanwhile.
              Forum other =
                  storage.inTransaction(
                      o ->
                          o.forums()
                              .update(
                                  Forum.builder()
                                      .from(o.forums().find(id).orElseThrow())
                                      .name("Renamed")
                                      .build()));
              assertThat(tx.forums().findCurrent(id)).contains(current);
              assertThat(tx.forums().findHistory(id, current.earlierHistory(), 5))
                  .isEqualTo(current.history());
              // What it has not read would be of another version: refused.
              assertThatThrownBy(() -> tx.forums().find(id))
                  .isInstanceOf(ConcurrentUpdateException.class);
              assertThatThrownBy(() -> tx.forums().findHistory(id, 0, 5))
                  .isInstanceOf(ConcurrentUpdateException.class);
              return other;
            });
    // An update of the snapshot read before the change is stale, and changes nothing.
    Forum stale = storage.inTransaction(tx -> tx.forums().findCurrent(id)).orElseThrow();
    storage.inTransaction(
        tx ->
            tx.forums()
                .update(
                    Forum.builder()
                        .from(tx.forums().findCurrent(id).orElseThrow())
                        .name("Renamed again")
                        .build()));
    assertThatThrownBy(
            () ->
                storage.inTransaction(
                    tx ->
                        tx.forums()
                            .update(
                                Forum.builder()
                                    .from(stale)
                                    .addHistory(
                                        change(ForumState.ACTIVE, ForumState.SUSPENDED, 9000))
                                    .build())))
        .isInstanceOf(ConcurrentUpdateException.class);
    Forum now = whole(storage, id);
    assertThat(now.name()).isEqualTo("Renamed again");
    assertThat(now.history()).isEqualTo(stored.history());
    assertThat(now.version()).isEqualTo(renamed.version() + 1);
    // A new forum is stored whole.
    assertThatThrownBy(
            () ->
                storage.inTransaction(
                    tx ->
                        tx.forums()
                            .insert(
                                Forum.builder()
                                    .from(longLived(newId(dialect), 2, 1))
                                    .earlierHistory(3)
                                    .build())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * On H2, every statement with which a command reads and updates a forum, and a page of its
   * history is read, scans about as many rows as it returns: {@code EXPLAIN ANALYZE} of each, run
   * again with its parameters on a forum with thousands of state changes, counts few rows.
   */
  @Test
  void onH2TheStatementsOfACommandScanTheSameRowsHoweverLongTheHistory() throws Exception {
    DataSource raw = dataSource(Dialect.H2);
    storage(raw, Dialect.H2);
    RecordingDataSource recording = new RecordingDataSource(raw);
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(recording.dataSource).tablePrefix(PREFIX).build();
    Forum stored =
        storage.inTransaction(tx -> tx.forums().insert(longLived(newId(Dialect.H2), 3000, 40)));
    ForumId id = stored.id();
    recording.reads.clear();
    storage.inTransaction(
        tx -> {
          Forum c = tx.forums().findCurrent(id).orElseThrow();
          return tx.forums()
              .update(
                  Forum.builder()
                      .from(c)
                      .addHistory(change(ForumState.ACTIVE, ForumState.SUSPENDED, 9000))
                      .build());
        });
    Forum current = storage.inTransaction(tx -> tx.forums().findCurrent(id)).orElseThrow();
    storage.inTransaction(
        tx ->
            tx.forums()
                .update(
                    Forum.builder()
                        .from(current)
                        .addHistory(change(ForumState.SUSPENDED, ForumState.ACTIVE, 9001))
                        .build()));
    storage.inTransaction(tx -> tx.forums().findHistory(id, 1500, 20));
    List<RecordingDataSource.Read> command = List.copyOf(recording.reads);
    assertThat(command).hasSizeGreaterThanOrEqualTo(9);
    recording.reads.clear();
    Optional<Forum> after = storage.inTransaction(tx -> tx.forums().find(id));
    assertThat(after.orElseThrow().history()).hasSize(stored.history().size() + 2);
    try (Connection c = raw.getConnection()) {
      for (RecordingDataSource.Read read : command) {
        assertThat(scanned(c, read)).as("rows scanned by %s", read.sql()).isLessThan(50);
      }
      // The control: a read of the whole forum scans its whole history.
      int whole = 0;
      for (RecordingDataSource.Read read : recording.reads) {
        whole += scanned(c, read);
      }
      assertThat(whole).isGreaterThan(3000);
    }
  }

  /** The rows H2 scans for a read: the sum of the scan counts {@code EXPLAIN ANALYZE} shows. */
  private static int scanned(Connection c, RecordingDataSource.Read read) throws Exception {
    Matcher m = Pattern.compile("scanCount: (\\d+)").matcher(read.explain(c, "EXPLAIN ANALYZE "));
    int scanned = 0;
    while (m.find()) {
      scanned += Integer.parseInt(m.group(1));
    }
    return scanned;
  }
}

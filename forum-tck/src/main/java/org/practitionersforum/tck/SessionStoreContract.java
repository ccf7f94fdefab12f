package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.Reading;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.testkit.SessionGenerators;

/**
 * The contract of {@link org.practitionersforum.api.spi.SessionStore}: sessions stored whole with
 * their attendance, read back exactly, queried by forum and by attendee and period, with optimistic
 * versions.
 */
public interface SessionStoreContract extends StorageUnderTest {

  /** Inserted sessions are stored at version 1 and read back exactly. */
  @Test
  default void sessionStoreInsertsAtVersionOneAndReadsBackExactly() {
    SplittableRandom random = new SplittableRandom(21);
    for (int i = 0; i < 20; i++) {
      Session session =
          Session.builder()
              .from(SessionGenerators.session(random))
              .id(SessionId.of("session-insert-" + i))
              .build();
      Session expected = Session.builder().from(session).version(1).build();
      Session stored =
          storage()
              .inTransaction(
                  tx -> {
                    Session s = tx.sessions().insert(session);
                    assertThat(tx.sessions().find(session.id())).contains(expected);
                    return s;
                  });
      assertThat(stored).isEqualTo(expected);
      assertThat(stored(session.id())).contains(expected);
    }
  }

  /** A missing session is not found. */
  @Test
  default void sessionStoreFindsNothingForAnUnknownId() {
    assertThat(stored(SessionId.of("no-such-session"))).isEmpty();
  }

  /**
   * What a session read comes back exactly: a study session with a citation and a link, one with a
   * link only, a reflective session with a citation only, and the reading replaced on update.
   */
  @Test
  default void sessionStoreKeepsWhatAStudySessionRead() {
    SplittableRandom random = new SplittableRandom(29);
    Reading both =
        Reading.builder()
            .citation(
                "Ruch G (2005) Relationship-based practice and reflective practice. Child & Family Social Work 10(2) 111-123")
            .link("https://doi.org/10.1111/j.1365-2206.2005.00359.x")
            .build();
    Session study =
        Session.builder()
            .from(SessionGenerators.session(random))
            .id(SessionId.of("session-study-both"))
            .mode(SessionMode.STUDY)
            .minutes(Optional.empty())
            .reading(both)
            .build();
    Session linkOnly =
        Session.builder()
            .from(study)
            .id(SessionId.of("session-study-link"))
            .reading(Reading.ofLink("https://example.org/reading?id=7&lang=en"))
            .build();
    Session reflective =
        Session.builder()
            .from(study)
            .id(SessionId.of("session-reflective-reading"))
            .mode(SessionMode.REFLECTIVE)
            .reading(
                Reading.ofCitation(
                    "Schön D (1983) The Reflective Practitioner – “how professionals think”"))
            .build();
    storage()
        .inTransaction(
            tx -> {
              tx.sessions().insert(study);
              tx.sessions().insert(linkOnly);
              return tx.sessions().insert(reflective);
            });
    for (Session s : List.of(study, linkOnly, reflective)) {
      assertThat(stored(s.id())).contains(Session.builder().from(s).version(1).build());
    }
    assertThat(stored(reflective.id()).orElseThrow().study()).isTrue();
    Session v1 = stored(study.id()).orElseThrow();
    Session changed =
        Session.builder().from(v1).reading(Reading.ofCitation("Another paper")).build();
    storage().inTransaction(tx -> tx.sessions().update(changed));
    assertThat(stored(study.id())).contains(Session.builder().from(changed).version(2).build());
  }

  /** Sessions not at version 0 cannot be inserted, and an id is inserted once. */
  @Test
  default void sessionStoreRefusesBadInserts() {
    SplittableRandom random = new SplittableRandom(22);
    Session session =
        Session.builder()
            .from(SessionGenerators.session(random))
            .id(SessionId.of("session-dup"))
            .build();
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx ->
                            tx.sessions()
                                .insert(Session.builder().from(session).version(2).build())))
        .isInstanceOf(IllegalArgumentException.class);
    storage().inTransaction(tx -> tx.sessions().insert(session));
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx ->
                            tx.sessions()
                                .insert(
                                    Session.builder()
                                        .from(SessionGenerators.session(random))
                                        .id(session.id())
                                        .build())))
        .isInstanceOf(DuplicateException.class);
    assertThat(stored(session.id())).contains(Session.builder().from(session).version(1).build());
  }

  /**
   * Updates replace the whole session at the next version; stale and missing updates are refused.
   */
  @Test
  default void sessionStoreUpdatesWithOptimisticVersions() {
    SplittableRandom random = new SplittableRandom(23);
    Session session =
        Session.builder()
            .from(SessionGenerators.session(random))
            .id(SessionId.of("session-update"))
            .mode(SessionMode.CONSULTATIVE)
            .build();
    Session v1 = storage().inTransaction(tx -> tx.sessions().insert(session));
    Session changed =
        Session.builder()
            .from(v1)
            .minutes("Agreed to write to the service manager.")
            .attendance(
                List.of(Attendance.of(PractitionerId.of("p-late"), AttendanceStatus.APOLOGIES)))
            .build();
    Session v2 = storage().inTransaction(tx -> tx.sessions().update(changed));
    assertThat(v2).isEqualTo(Session.builder().from(changed).version(2).build());
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.sessions().update(v1)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(stored(session.id())).contains(v2);
    Session missing = Session.builder().from(v1).id(SessionId.of("session-missing")).build();
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.sessions().update(missing)))
        .isInstanceOf(NotFoundException.class);
  }

  /** A forum's sessions come back ordered by start, then id, including the unit's own writes. */
  @Test
  default void sessionStoreFindsAForumsSessionsInOrder() {
    SplittableRandom random = new SplittableRandom(24);
    ForumId forum = ForumId.of("forum-sessions");
    List<PractitionerId> members = SessionGenerators.members(random);
    Instant t = Instant.parse("2025-03-01T10:00:00Z");
    Session late =
        at(SessionGenerators.session(random, forum, members), "s-b", t.plusSeconds(7200));
    Session early = at(SessionGenerators.session(random, forum, members), "s-c", t);
    Session sameTime = at(SessionGenerators.session(random, forum, members), "s-a", t);
    Session elsewhere =
        at(SessionGenerators.session(random, ForumId.of("forum-other"), members), "s-d", t);
    storage().inTransaction(tx -> tx.sessions().insert(late));
    List<SessionId> ids =
        storage()
            .inTransaction(
                tx -> {
                  tx.sessions().insert(early);
                  tx.sessions().insert(sameTime);
                  tx.sessions().insert(elsewhere);
                  return tx.sessions().findByForum(forum).stream().map(Session::id).toList();
                });
    assertThat(ids).containsExactly(SessionId.of("s-a"), SessionId.of("s-c"), SessionId.of("s-b"));
    assertThat(byForum(forum))
        .extracting(Session::id)
        .containsExactly(SessionId.of("s-a"), SessionId.of("s-c"), SessionId.of("s-b"));
    assertThat(byForum(ForumId.of("forum-none"))).isEmpty();
  }

  /**
   * The sessions a practitioner attended in a period: present only (not apologies or absent),
   * started in {@code [from, until)}, across forums, ordered by start.
   */
  @Test
  default void sessionStoreFindsTheSessionsAPractitionerAttendedInAPeriod() {
    PractitionerId me = PractitionerId.of("cpd-me");
    PractitionerId other = PractitionerId.of("cpd-other");
    Instant from = Instant.parse("2025-01-01T00:00:00Z");
    Instant until = Instant.parse("2025-04-01T00:00:00Z");
    Session first =
        session("cpd-1", "forum-x", from, me, AttendanceStatus.PRESENT, SessionMode.REFLECTIVE);
    Session second =
        session(
            "cpd-2",
            "forum-y",
            from.plus(Duration.ofDays(30)),
            me,
            AttendanceStatus.PRESENT,
            SessionMode.CONSULTATIVE);
    Session apologies =
        session(
            "cpd-3",
            "forum-x",
            from.plus(Duration.ofDays(40)),
            me,
            AttendanceStatus.APOLOGIES,
            SessionMode.REFLECTIVE);
    Session absent =
        session(
            "cpd-4",
            "forum-x",
            from.plus(Duration.ofDays(41)),
            me,
            AttendanceStatus.ABSENT,
            SessionMode.REFLECTIVE);
    Session before =
        session(
            "cpd-5",
            "forum-x",
            from.minusMillis(1),
            me,
            AttendanceStatus.PRESENT,
            SessionMode.REFLECTIVE);
    Session atUntil =
        session("cpd-6", "forum-x", until, me, AttendanceStatus.PRESENT, SessionMode.REFLECTIVE);
    Session notMine =
        session(
            "cpd-7",
            "forum-x",
            from.plus(Duration.ofDays(2)),
            other,
            AttendanceStatus.PRESENT,
            SessionMode.REFLECTIVE);
    storage()
        .inTransaction(
            tx -> {
              for (Session s :
                  List.of(second, first, apologies, absent, before, atUntil, notMine)) {
                tx.sessions().insert(s);
              }
              return null;
            });
    assertThat(attended(me, from, until))
        .extracting(Session::id)
        .containsExactly(SessionId.of("cpd-1"), SessionId.of("cpd-2"));
    assertThat(attended(other, from, until))
        .extracting(Session::id)
        .containsExactly(SessionId.of("cpd-7"));
    assertThat(attended(me, until, until)).isEmpty();
  }

  /** Writes of a unit of work that throws are never visible. */
  @Test
  default void sessionStoreDiscardsTheWritesOfAFailedUnit() {
    Session session =
        Session.builder()
            .from(SessionGenerators.session(new SplittableRandom(25)))
            .id(SessionId.of("session-rollback"))
            .build();
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.sessions().insert(session);
                          throw new IllegalStateException("work failed");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stored(session.id())).isEmpty();
    assertThat(byForum(session.forum())).isEmpty();
  }

  private Optional<Session> stored(SessionId id) {
    return storage().inTransaction(tx -> tx.sessions().find(id));
  }

  private List<Session> byForum(ForumId forum) {
    return storage().inTransaction(tx -> tx.sessions().findByForum(forum));
  }

  private List<Session> attended(PractitionerId practitioner, Instant from, Instant until) {
    return storage().inTransaction(tx -> tx.sessions().findAttended(practitioner, from, until));
  }

  private static Session at(Session session, String id, Instant start) {
    return Session.builder()
        .from(session)
        .id(SessionId.of(id))
        .startedAt(start)
        .recordedAt(start)
        .build();
  }

  private static Session session(
      String id,
      String forum,
      Instant start,
      PractitionerId who,
      AttendanceStatus status,
      SessionMode mode) {
    return Session.builder()
        .id(SessionId.of(id))
        .forum(ForumId.of(forum))
        .mode(mode)
        .startedAt(start)
        .duration(Duration.ofMinutes(90))
        .termsVersion(1)
        .attendance(List.of(Attendance.of(who, status)))
        .recordedAt(start)
        .build();
  }
}

package org.practitionersforum.core.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/**
 * CPD cannot be inflated (CPD-1, TR-7): sessions lie within their forum's life and not ahead of now
 * beyond a margin, a member's attendance never overlaps, and CPD never counts time twice.
 */
class SessionTimeRulesTest {
  private static final Instant PROPOSED = SessionServiceTest.PROPOSED;
  private static final Instant NOW = TermsFixture.NOW;
  private static final Duration EIGHT_HOURS = Duration.ofHours(8);

  private final TestClock clock = new TestClock(PROPOSED);
  private final TermsFixture f = new TermsFixture(5, 1, clock);

  private SessionRequest.Builder request(String id, Instant start, Duration length) {
    return SessionRequest.builder()
        .id(SessionId.of(id))
        .mode(SessionMode.REFLECTIVE)
        .startedAt(start)
        .duration(length)
        .present(f.members.subList(0, 3));
  }

  private Session hold(SessionRequest request) {
    return f.sdk.sessions().hold(f.member(0), f.forum, request);
  }

  private List<Session> stored() {
    return f.storage.inTransaction(tx -> tx.sessions().findByForum(f.forum));
  }

  private CpdRecord cpdOfFirstMember(LocalDate from, LocalDate to) {
    PractitionerId me = f.members.get(0);
    return f.sdk.sessions().cpd(Actor.practitioner(me), me, from, to);
  }

  private static List<ViolationCode> codes(Throwable e) {
    return ((RuleViolationException) e).violations().stream().map(Violation::code).toList();
  }

  @Test
  void theHostsCaseIsRefusedAndCpdCountsEightHoursForOneDay() {
    clock.set(NOW);
    f.inForce();
    Instant start = NOW.minus(Duration.ofDays(2));
    Session first = hold(request("day-1", start, EIGHT_HOURS).build());

    assertThatThrownBy(
            () -> hold(request("before", PROPOSED.minus(Duration.ofDays(30)), EIGHT_HOURS).build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::code)
                    .containsExactly(ViolationCode.SESSION_OUTSIDE_FORUM_LIFE));
    assertThatThrownBy(
            () -> hold(request("ahead", NOW.plus(Duration.ofDays(400)), EIGHT_HOURS).build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(codes(e)).containsExactly(ViolationCode.SESSION_IN_FUTURE);
              assertThat(e.getMessage()).startsWith("TR-7: ");
            });
    for (String id : List.of("day-1-again", "day-1-third")) {
      assertThatThrownBy(() -> hold(request(id, start, EIGHT_HOURS).build()))
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e -> {
                // one violation per member present, each naming CPD-1 and nobody
                assertThat(codes(e))
                    .containsExactly(
                        ViolationCode.ATTENDANCE_OVERLAPS,
                        ViolationCode.ATTENDANCE_OVERLAPS,
                        ViolationCode.ATTENDANCE_OVERLAPS);
                assertThat(e.violations().get(1).message())
                    .isEqualTo(
                        "CPD-1: member 2 of those present, in order of membership, is already"
                            + " recorded present at another session that overlaps this one");
                assertThat(e.getMessage()).doesNotContain("p-0").doesNotContain("day-1");
              });
    }
    assertThat(stored()).containsExactly(first);
    LocalDate day = LocalDate.ofInstant(start, clock.getZone());
    CpdRecord cpd = cpdOfFirstMember(day, day);
    assertThat(cpd.reflectiveTime()).isEqualTo(EIGHT_HOURS);
    assertThat(cpd.reflectiveHours()).isEqualByComparingTo("8.00");
  }

  @Test
  void everyViolationIsListedAtOnce() {
    clock.set(NOW);
    f.inForce(); // the template's quorum is 3
    assertThatThrownBy(
            () ->
                hold(
                    request("early", PROPOSED.minus(Duration.ofDays(1)), EIGHT_HOURS)
                        .present(f.members.subList(0, 2))
                        .build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(codes(e))
                    .containsExactlyInAnyOrder(
                        ViolationCode.QUORUM_NOT_MET, ViolationCode.SESSION_OUTSIDE_FORUM_LIFE));
    assertThat(stored()).isEmpty();
  }

  @Test
  void attendanceMayNotOverlapASessionOfAnotherForum() {
    clock.set(NOW);
    f.inForce();
    Instant start = NOW.minus(Duration.ofHours(30));
    PractitionerId second = f.members.get(1);
    // Another forum's session, stored as a host's storage might hold it, with member 2 present.
    f.storage.inTransaction(
        tx ->
            tx.sessions()
                .insert(
                    Session.builder()
                        .id(SessionId.of("elsewhere"))
                        .forum(ForumId.of("forum-2"))
                        .mode(SessionMode.CONSULTATIVE)
                        .startedAt(start.plus(Duration.ofMinutes(89)))
                        .duration(Duration.ofHours(1))
                        .termsVersion(1)
                        .addAttendance(Attendance.of(second, AttendanceStatus.PRESENT))
                        .recordedAt(NOW)
                        .build()));
    assertThatThrownBy(() -> hold(request("here", start, Duration.ofMinutes(90)).build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(codes(e)).containsExactly(ViolationCode.ATTENDANCE_OVERLAPS);
              assertThat(e.violations().get(0).message()).contains("member 2 of those present");
            });
    // Back to back is not an overlap.
    hold(request("here", start, Duration.ofMinutes(89)).build());
    assertThat(stored()).extracting(s -> s.id().value()).containsExactly("here");
  }

  @Test
  void aSessionInAClosedForumsAfterlifeIsRefusedWithEveryReason() {
    clock.set(NOW.minus(Duration.ofDays(10)));
    f.inForce();
    f.sdk
        .forums()
        .transition(
            Actor.administrator(TermsFixture.ADMIN),
            f.forum,
            ForumState.CLOSED,
            "the members decided to stop meeting");
    clock.set(NOW);
    assertThatThrownBy(
            () -> hold(request("late", NOW.minus(Duration.ofDays(2)), EIGHT_HOURS).build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(codes(e))
                    .contains(
                        ViolationCode.FORUM_CLOSED, ViolationCode.SESSION_OUTSIDE_FORUM_LIFE));
    assertThat(stored()).isEmpty();
  }

  @Test
  void aSessionMayStartUpToTheMarginAheadOfNow() {
    clock.set(NOW);
    f.inForce();
    hold(request("later-today", NOW.plus(Duration.ofHours(20)), Duration.ofHours(1)).build());
    assertThatThrownBy(
            () -> hold(request("next-week", NOW.plus(Duration.ofDays(2)), EIGHT_HOURS).build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(codes(e)).containsExactly(ViolationCode.SESSION_IN_FUTURE));
    assertThatThrownBy(() -> ForumSdk.builder().sessionStartMargin(Duration.ofDays(8)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("TR-7: ");
    assertThatThrownBy(() -> ForumSdk.builder().sessionStartMargin(Duration.ofMinutes(-1)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(ForumSdk.builder().sessionStartMargin(Duration.ZERO).build()).isNotNull();
  }

  @Test
  void cpdNeverCountsTheSameTimeTwiceInDataStoredWithOverlaps() {
    clock.set(NOW);
    PractitionerId me = f.members.get(0);
    Instant start = NOW.minus(Duration.ofDays(3));
    // Written through the storage SPI, around the rules: three 8-hour sessions at the same start,
    // then one overlapping the last hour of them and running one hour beyond.
    f.storage.inTransaction(
        tx -> {
          for (String id : List.of("a", "b", "c")) {
            tx.sessions().insert(session(id, start, EIGHT_HOURS, me));
          }
          tx.sessions()
              .insert(session("d", start.plus(Duration.ofHours(7)), Duration.ofHours(2), me));
          return null;
        });
    LocalDate day = LocalDate.ofInstant(start, clock.getZone());
    CpdRecord cpd = cpdOfFirstMember(day, day);
    assertThat(cpd.reflectiveTime()).isEqualTo(Duration.ofHours(9));
    assertThat(cpd.entries())
        .extracting(e -> e.session().value() + " " + e.duration())
        .containsExactly("a PT8H", "d PT1H");
  }

  private Session session(String id, Instant start, Duration length, PractitionerId present) {
    return Session.builder()
        .id(SessionId.of(id))
        .forum(f.forum)
        .mode(SessionMode.REFLECTIVE)
        .startedAt(start)
        .duration(length)
        .termsVersion(1)
        .addAttendance(Attendance.of(present, AttendanceStatus.PRESENT))
        .recordedAt(NOW)
        .build();
  }
}

package org.practitionersforum.core.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.CpdExport;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.Reading;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

class SessionServiceTest {
  private static final String MINUTES =
      "Discussed the new duty rota; agreed a response to the consultation.";

  /** The forum is proposed a good while before the sessions held in these tests. */
  static final Instant PROPOSED = Instant.parse("2025-01-01T09:00:00Z");

  private final TestClock clock = new TestClock(PROPOSED);
  private final TermsFixture f = fixture(clock);

  private static TermsFixture fixture(TestClock clock) {
    TermsFixture fixture = new TermsFixture(5, 1, clock);
    clock.set(TermsFixture.NOW);
    return fixture;
  }

  private SessionRequest.Builder request(String id, SessionMode mode, int present) {
    return SessionRequest.builder()
        .id(SessionId.of(id))
        .mode(mode)
        .startedAt(TermsFixture.NOW.minus(Duration.ofDays(1)))
        .duration(Duration.ofMinutes(90))
        .present(f.members.subList(0, present));
  }

  private List<Session> stored() {
    return f.storage.inTransaction(tx -> tx.sessions().findByForum(f.forum));
  }

  @Test
  void noSessionIsHeldBeforeTermsAreInForce() {
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .hold(f.member(0), f.forum, request("s1", SessionMode.REFLECTIVE, 5).build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.has(ViolationCode.TERMS_NOT_IN_FORCE)).isTrue());
    assertThat(stored()).isEmpty();
  }

  @Test
  void aSessionGoesAheadOnlyWithTheQuorumOfTheTermsInForce() {
    f.inForce(); // the template's quorum is 3
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .hold(f.member(0), f.forum, request("s1", SessionMode.REFLECTIVE, 2).build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.has(ViolationCode.QUORUM_NOT_MET)).isTrue());
    assertThat(stored()).isEmpty();
    Session held =
        f.sdk
            .sessions()
            .hold(f.member(0), f.forum, request("s1", SessionMode.REFLECTIVE, 3).build());
    assertThat(held.present()).hasSize(3);
    assertThat(held.termsVersion()).isEqualTo(1);
  }

  @Test
  void attendanceIsRecordedForEveryMemberInEveryMode() {
    f.inForce();
    for (SessionMode mode : SessionMode.values()) {
      Session held =
          f.sdk
              .sessions()
              .hold(
                  f.member(0),
                  f.forum,
                  request("s-" + mode, mode, 3)
                      .startedAt(TermsFixture.NOW.minus(Duration.ofHours(4 + 2 * mode.ordinal())))
                      .apologies(Set.of(f.members.get(3)))
                      .reading(
                          mode == SessionMode.STUDY
                              ? Optional.of(Reading.ofCitation("A paper read by the forum"))
                              : Optional.empty())
                      .build());
      assertThat(held.attendance()).hasSize(5);
      assertThat(held.attendance().get(3).status()).isEqualTo(AttendanceStatus.APOLOGIES);
      assertThat(held.attendance().get(4).status()).isEqualTo(AttendanceStatus.ABSENT);
      assertThat(held.attendance().get(0).status()).isEqualTo(AttendanceStatus.PRESENT);
    }
  }

  @Test
  void aReflectiveSessionKeepsNoMinutes() {
    f.inForce();
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .hold(
                        f.member(0),
                        f.forum,
                        request("s1", SessionMode.REFLECTIVE, 3).minutes(MINUTES).build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.has(ViolationCode.REFLECTIVE_NOT_MINUTED)).isTrue());
    Session reflective =
        f.sdk
            .sessions()
            .hold(f.member(0), f.forum, request("s2", SessionMode.REFLECTIVE, 3).build());
    assertThatThrownBy(() -> f.sdk.sessions().recordMinutes(f.member(0), reflective.id(), MINUTES))
        .isInstanceOf(RuleViolationException.class);
    assertThat(stored()).containsExactly(reflective);
  }

  @Test
  void aConsultativeSessionIsMinuted() {
    f.inForce();
    Session held =
        f.sdk
            .sessions()
            .hold(
                f.member(0),
                f.forum,
                request("s1", SessionMode.CONSULTATIVE, 3).minutes(MINUTES).build());
    assertThat(held.minutes()).contains(MINUTES);
    Session corrected =
        f.sdk.sessions().recordMinutes(f.member(1), held.id(), MINUTES + " Corrected.");
    assertThat(corrected.minutes()).contains(MINUTES + " Corrected.");
    assertThat(corrected.version()).isEqualTo(2);
    assertThat(corrected.toString()).doesNotContain("duty rota");
  }

  @Test
  void attendanceNamesOnlyMembersEachOnce() {
    f.inForce();
    PractitionerId outsider = f.volunteers.get(0);
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .hold(
                        f.member(0),
                        f.forum,
                        request("s1", SessionMode.REFLECTIVE, 3).addPresent(outsider).build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.has(ViolationCode.NOT_AN_ATTENDEE)).isTrue());
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .hold(
                        f.member(0),
                        f.forum,
                        request("s1", SessionMode.REFLECTIVE, 3)
                            .apologies(Set.of(f.members.get(0)))
                            .build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.has(ViolationCode.NOT_AN_ATTENDEE)).isTrue());
    assertThat(stored()).isEmpty();
  }

  @Test
  void onlyMembersAndTheFacilitatorRecordSessions() {
    f.inForce();
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .hold(
                        Actor.manager(TermsFixture.SPONSOR),
                        f.forum,
                        request("s1", SessionMode.CONSULTATIVE, 3).build()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .hold(
                        Actor.practitioner(f.volunteers.get(0)),
                        f.forum,
                        request("s1", SessionMode.CONSULTATIVE, 3).build()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(stored()).isEmpty();
  }

  @Test
  void managersNeverSeeReflectiveSessions() {
    f.inForce();
    Session reflective =
        f.sdk
            .sessions()
            .hold(f.member(0), f.forum, request("r1", SessionMode.REFLECTIVE, 3).build());
    Session consultative =
        f.sdk
            .sessions()
            .hold(
                f.member(0),
                f.forum,
                request("c1", SessionMode.CONSULTATIVE, 3)
                    .startedAt(TermsFixture.NOW.minus(Duration.ofHours(27)))
                    .minutes(MINUTES)
                    .build());
    Actor sponsor = Actor.manager(TermsFixture.SPONSOR);
    // SEC-1: the sponsor sees that the consultative session was held, but nothing attributed to
    // anyone: neither who attended nor the minutes.
    Session released =
        Session.builder()
            .from(consultative)
            .attendance(List.of())
            .minutes(Optional.empty())
            .build();
    assertThat(f.sdk.sessions().list(sponsor, f.forum)).containsExactly(released);
    assertThat(f.sdk.sessions().get(sponsor, consultative.id())).isEqualTo(released);
    assertThatThrownBy(() -> f.sdk.sessions().get(sponsor, reflective.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no session has this id");
    assertThatThrownBy(() -> f.sdk.sessions().get(sponsor, SessionId.of("nothing")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no session has this id");
    Actor otherManager = Actor.manager(PersonId.of("manager-9"));
    assertThatThrownBy(() -> f.sdk.sessions().get(otherManager, consultative.id()))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class, e -> assertThat(e.rule()).isEqualTo("SEC-1"));
    assertThatThrownBy(() -> f.sdk.sessions().list(otherManager, f.forum))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(f.sdk.sessions().list(f.member(2), f.forum))
        .containsExactlyInAnyOrder(reflective, consultative);
  }

  @Test
  void cpdEvidenceCountsHoursOfReflectivePracticeAndSessionsAttendedWithoutContent() {
    f.inForce();
    f.sdk.sessions().hold(f.member(0), f.forum, request("r1", SessionMode.REFLECTIVE, 3).build());
    f.sdk
        .sessions()
        .hold(
            f.member(0),
            f.forum,
            request("r2", SessionMode.REFLECTIVE, 3)
                .startedAt(TermsFixture.NOW.minus(Duration.ofDays(8)))
                .duration(Duration.ofMinutes(60))
                .build());
    f.sdk
        .sessions()
        .hold(
            f.member(0),
            f.forum,
            request("c1", SessionMode.CONSULTATIVE, 3)
                .startedAt(TermsFixture.NOW.minus(Duration.ofHours(27)))
                .minutes(MINUTES)
                .build());
    f.sdk
        .sessions()
        .hold(
            f.member(0),
            f.forum,
            request("r-old", SessionMode.REFLECTIVE, 3)
                .startedAt(Instant.parse("2025-01-10T10:00:00Z"))
                .build());
    f.sdk
        .sessions()
        .hold(
            f.member(0),
            f.forum,
            request("r-absent", SessionMode.REFLECTIVE, 3)
                .startedAt(TermsFixture.NOW.minus(Duration.ofHours(21)))
                .present(f.members.subList(1, 4))
                .build());
    PractitionerId me = f.members.get(0);
    CpdRecord cpd =
        f.sdk
            .sessions()
            .cpd(Actor.practitioner(me), me, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 2));
    assertThat(cpd.entries())
        .extracting(e -> e.session().value())
        .containsExactly("r2", "c1", "r1");
    assertThat(cpd.sessionsAttended()).isEqualTo(3);
    assertThat(cpd.reflectiveSessions()).isEqualTo(2);
    assertThat(cpd.reflectiveHours()).isEqualByComparingTo("2.50");

    String json = CpdExport.toJson(cpd);
    String csv = CpdExport.toCsv(cpd);
    assertThat(json)
        .contains("\"reflectiveHours\":2.50")
        .contains("\"sessionsAttended\":3")
        .doesNotContain("rota");
    assertThat(ForumJson.read(json, CpdRecord.class)).isEqualTo(cpd);
    assertThat(csv)
        .startsWith(CpdExport.CSV_HEADER + "\r\n")
        .contains("2026-03-01,forum-1,r1,reflective,90,1.50\r\n")
        .contains("total,,2 sessions,reflective,150,2.50\r\n")
        .contains("total,,3 sessions,all,240,4.00\r\n")
        .doesNotContain("rota")
        .doesNotContain("p-0");
  }

  @Test
  void cpdEvidenceIsThePractitionersOwn() {
    PractitionerId me = f.members.get(0);
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .cpd(f.member(1), me, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class, e -> assertThat(e.rule()).isEqualTo("SEC-1"));
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .cpd(
                        Actor.manager(TermsFixture.SPONSOR),
                        me,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 1)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .cpd(
                        Actor.practitioner(me),
                        me,
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 1, 1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void csvFieldsAreQuotedAndFormulaeNeutralised() {
    CpdRecord record =
        CpdRecord.builder()
            .practitioner(PractitionerId.of("x"))
            .from(LocalDate.of(2026, 1, 1))
            .to(LocalDate.of(2026, 1, 31))
            .addEntries(
                CpdEntry.builder()
                    .date(LocalDate.of(2026, 1, 5))
                    .forum(ForumId.of("=cmd,\"x\""))
                    .session(SessionId.of("s"))
                    .mode(SessionMode.REFLECTIVE)
                    .duration(Duration.ofMinutes(45))
                    .build())
            .build();
    assertThat(CpdExport.toCsv(record))
        .contains("2026-01-05,\"'=cmd,\"\"x\"\"\",s,reflective,45,0.75\r\n");
  }
}

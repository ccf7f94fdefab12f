package org.practitionersforum.core.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.event.SessionHeld;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.CpdExport;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.Reading;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/**
 * Study sessions (CPD-1): a journal club or reading group records what it read, keeps no minutes,
 * is hidden from managers, and counts as participatory CPD and as study, once.
 */
class StudySessionTest {
  private static final String CITATION =
      "Ruch G (2005) Relationship-based practice and reflective practice. Child & Family Social"
          + " Work 10(2)";
  private static final String LINK = "https://doi.org/10.1111/j.1365-2206.2005.00359.x";

  private final TestClock clock = new TestClock(SessionServiceTest.PROPOSED);
  private final TermsFixture f = new TermsFixture(5, 1, clock);

  private SessionRequest.Builder request(String id, SessionMode mode, int hoursAgo) {
    return SessionRequest.builder()
        .id(SessionId.of(id))
        .mode(mode)
        .startedAt(TermsFixture.NOW.minus(Duration.ofHours(hoursAgo)))
        .duration(Duration.ofMinutes(60))
        .present(f.members.subList(0, 3));
  }

  private List<Session> stored() {
    return f.storage.inTransaction(tx -> tx.sessions().findByForum(f.forum));
  }

  @Test
  void aStudySessionRecordsWhatWasReadAndIsAnnounced() {
    clock.set(TermsFixture.NOW);
    f.inForce();
    Reading reading = Reading.builder().citation("  " + CITATION + " ").link(LINK).build();
    Session s =
        f.sdk
            .sessions()
            .hold(
                f.member(0),
                f.forum,
                request("j1", SessionMode.STUDY, 30).reading(reading).build());
    assertThat(s.mode()).isEqualTo(SessionMode.STUDY);
    assertThat(s.reading().flatMap(Reading::citation)).contains(CITATION);
    assertThat(s.reading().flatMap(Reading::link)).contains(LINK);
    assertThat(s.study()).isTrue();
    assertThat(stored()).containsExactly(s);
    assertThat(f.events).anySatisfy(e -> assertThat(e).isInstanceOf(SessionHeld.class));
    // What was read is neither in the event nor in toString.
    assertThat(f.events.toString()).doesNotContain("Ruch").doesNotContain("doi.org");
    assertThat(s.toString()).doesNotContain("Ruch").doesNotContain("doi.org");
    assertThat(reading.toString()).doesNotContain("Ruch").doesNotContain("doi.org");
  }

  @Test
  void aStudySessionMustRecordWhatWasReadAndKeepsNoMinutes() {
    clock.set(TermsFixture.NOW);
    f.inForce();
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .hold(f.member(0), f.forum, request("j1", SessionMode.STUDY, 30).build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations().get(0).code())
                  .isEqualTo(ViolationCode.STUDY_WITHOUT_READING);
              assertThat(e.getMessage()).startsWith("CPD-1: ");
            });
    assertThatThrownBy(
            () ->
                f.sdk
                    .sessions()
                    .hold(
                        f.member(0),
                        f.forum,
                        request("j2", SessionMode.STUDY, 30)
                            .reading(Reading.ofCitation(CITATION))
                            .minutes("We discussed the paper.")
                            .build()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations().get(0).code())
                    .isEqualTo(ViolationCode.STUDY_NOT_MINUTED));
    assertThat(stored()).isEmpty();
    Session s =
        f.sdk
            .sessions()
            .hold(
                f.member(0),
                f.forum,
                request("j3", SessionMode.STUDY, 30).reading(Reading.ofLink(LINK)).build());
    assertThatThrownBy(() -> f.sdk.sessions().recordMinutes(f.member(0), s.id(), "minutes"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations().get(0).code())
                    .isEqualTo(ViolationCode.STUDY_NOT_MINUTED));
    assertThat(stored()).containsExactly(s);
    assertThatThrownBy(() -> Session.builder().from(s).reading(Optional.empty()).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CPD-1: ");
  }

  @Test
  void aReadingIsValidatedWithoutQuotingIt() {
    for (String link :
        List.of(
            "javascript:alert('secret-1')",
            "ftp://files.example.org/secret-1",
            "https://user:secret-1@example.org/paper",
            "/relative/secret-1",
            "https:///secret-1",
            "https://example.org/secret-1 with spaces",
            "https://example.org/" + "x".repeat(Reading.MAX_LINK_LENGTH))) {
      assertThatThrownBy(() -> Reading.ofLink(link))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("CPD-1: ")
          .hasMessageNotContaining("secret-1");
    }
    for (String citation :
        List.of(
            "   ",
            "secret-1\u0007",
            "secret-1\nsecond line",
            "y".repeat(Reading.MAX_CITATION_LENGTH + 1))) {
      assertThatThrownBy(() -> Reading.ofCitation(citation))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("CPD-1: ")
          .hasMessageNotContaining("secret-1");
    }
    assertThatThrownBy(() -> Reading.builder().build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CPD-1: ");
    assertThat(Reading.ofLink("HTTPS://Example.org/a?b=c#d").link()).isPresent();
  }

  @Test
  void managersNeverSeeStudySessions() {
    clock.set(TermsFixture.NOW);
    f.inForce();
    Session s =
        f.sdk
            .sessions()
            .hold(
                f.member(0),
                f.forum,
                request("j1", SessionMode.STUDY, 30).reading(Reading.ofCitation(CITATION)).build());
    Actor sponsor = Actor.manager(TermsFixture.SPONSOR);
    assertThat(f.sdk.sessions().list(sponsor, f.forum)).isEmpty();
    assertThatThrownBy(() -> f.sdk.sessions().get(sponsor, s.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no session has this id");
    assertThat(f.sdk.sessions().list(f.member(1), f.forum)).containsExactly(s);
  }

  @Test
  void cpdCountsStudyAndReflectiveStudyOnceEach() throws Exception {
    clock.set(TermsFixture.NOW);
    f.inForce();
    f.sdk
        .sessions()
        .hold(
            f.member(0),
            f.forum,
            request("j1", SessionMode.STUDY, 30).reading(Reading.ofCitation(CITATION)).build());
    // A reflective session on a reading: both study and reflective.
    f.sdk
        .sessions()
        .hold(
            f.member(0),
            f.forum,
            request("r1", SessionMode.REFLECTIVE, 28)
                .duration(Duration.ofMinutes(90))
                .reading(Reading.ofLink(LINK))
                .build());
    f.sdk.sessions().hold(f.member(0), f.forum, request("r2", SessionMode.REFLECTIVE, 26).build());
    PractitionerId me = f.members.get(0);
    LocalDate day = LocalDate.ofInstant(TermsFixture.NOW, clock.getZone());
    CpdRecord cpd = f.sdk.sessions().cpd(Actor.practitioner(me), me, day.minusDays(3), day);
    assertThat(cpd.studyTime()).isEqualTo(Duration.ofMinutes(150));
    assertThat(cpd.reflectiveTime()).isEqualTo(Duration.ofMinutes(150));
    assertThat(cpd.participatoryTime()).isEqualTo(Duration.ofMinutes(210));
    assertThat(cpd.studySessions()).isEqualTo(2);
    assertThat(cpd.participatoryHours()).isEqualByComparingTo("3.50");
    String csv = CpdExport.toCsv(cpd);
    assertThat(csv)
        .contains(",j1,study,60,1.00\r\n")
        .contains(",r1,reflective+study,90,1.50\r\n")
        .contains(",r2,reflective,60,1.00\r\n")
        .contains("total,,2 sessions,reflective,150,2.50\r\n")
        .contains("total,,2 sessions,study,150,2.50\r\n")
        .endsWith("total,,3 sessions,all,210,3.50\r\n")
        .doesNotContain("Ruch")
        .doesNotContain("doi.org");
    String json = CpdExport.toJson(cpd);
    assertThat(json)
        .contains("\"studyHours\":2.50")
        .contains("\"participatoryHours\":3.50")
        .doesNotContain("Ruch");
    assertThat(ForumJson.read(json, CpdRecord.class)).isEqualTo(cpd);
  }
}

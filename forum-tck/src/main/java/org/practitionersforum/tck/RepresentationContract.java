package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.consultation.Attendance;
import org.practitionersforum.api.consultation.CentralMeeting;
import org.practitionersforum.api.consultation.Mandate;
import org.practitionersforum.api.consultation.MandateEnd;
import org.practitionersforum.api.consultation.MeetingDue;
import org.practitionersforum.api.consultation.MeetingId;
import org.practitionersforum.api.consultation.MissingReportBack;
import org.practitionersforum.api.consultation.Purpose;
import org.practitionersforum.api.consultation.Representation;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundMode;
import org.practitionersforum.api.consultation.RoundRequest;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.privacy.ErasureReceipt;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.RepresentationTransaction;

/**
 * Representatives and meetings (CR-2, CR-7) on the storage under test, through the services: a
 * forum's representation stored whole and read back exactly, under optimistic versions; every rule,
 * each refusal naming CR-7 and changing nothing; report backs whose content managers never read;
 * report backs and revocations racing on real threads; erasure and subject access; and the meeting
 * schedule. Skipped for a storage that keeps no representations or no rounds.
 */
public interface RepresentationContract extends StorageUnderTest {

  /** Runs work on the representation part of a unit of work; skips on a storage without it. */
  private <T> T representations(Function<RepresentationTransaction, T> work) {
    return storage()
        .inTransaction(
            tx -> {
              assumeTrue(
                  tx instanceof RepresentationTransaction && tx instanceof ConsultationTransaction,
                  "this storage keeps no representatives");
              return work.apply((RepresentationTransaction) tx);
            });
  }

  private List<Representation> naming(PersonId person) {
    return representations(tx -> tx.representations().findNaming(person));
  }

  private List<Representation> ofOrganisation(ConsultationWorld w) {
    return representations(tx -> tx.representations().findByOrganisation(w.org));
  }

  private Optional<Representation> stored(ForumId forum) {
    return representations(tx -> tx.representations().find(forum));
  }

  /** A world whose forum A is facilitated, with its second member mandated until next year. */
  private ConsultationWorld mandated() {
    ConsultationWorld w = new ConsultationWorld(storage());
    w.facilitate(w.forumA);
    w.sdk
        .consultations()
        .mandate(
            w.facilitator,
            w.forumA,
            w.membersA.get(1),
            "Rotas and cover, as agreed at our last session.",
            w.today().plusDays(365));
    return w;
  }

  private static CentralMeeting meeting(
      ConsultationWorld w, String id, LocalDate heldOn, PractitionerId... attendees) {
    List<CentralMeeting.Attendee> list = new ArrayList<>();
    for (PractitionerId p : attendees) {
      list.add(new CentralMeeting.Attendee(w.forumA, p));
    }
    return new CentralMeeting(MeetingId.of(w.ns + id), w.org, heldOn, list);
  }

  private static void refused(ViolationCode code, Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining(code.rule())
        .matches(e -> ((RuleViolationException) e).has(code), "has " + code);
  }

  /** A representation the services wrote reads back exactly; the store keeps versions. */
  @Test
  default void representationStoreReadsBackExactlyAndKeepsVersions() {
    representations(tx -> true);
    ConsultationWorld w = mandated();
    w.sdk
        .consultations()
        .recordCentralMeeting(w.manager, meeting(w, "m1", w.today(), w.membersA.get(1)));
    Representation seen =
        w.sdk
            .consultations()
            .reportBack(
                Actor.practitioner(w.membersA.get(1)),
                w.forumA,
                MeetingId.of(w.ns + "m1"),
                "The group heard our rota concerns; “ünïcode” kept.");
    Representation read = stored(w.forumA).orElseThrow();
    assertThat(read).isEqualTo(seen);
    assertThat(read.version()).isEqualTo(3);
    assertThat(read.mandates()).hasSize(1);
    assertThat(read.attendances()).singleElement().matches(Attendance::reported);
    PersonId rep = w.membersA.get(1).asPerson();
    assertThat(naming(rep)).extracting(Representation::forum).containsExactly(w.forumA);
    assertThat(ofOrganisation(w)).extracting(Representation::forum).containsExactly(w.forumA);
    assertThat(stored(w.forumB)).isEmpty();
    assertThatThrownBy(
            () ->
                representations(
                    tx ->
                        tx.representations()
                            .update(Representation.builder().from(read).version(1).build())))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(
            () ->
                representations(
                    tx ->
                        tx.representations()
                            .insert(Representation.builder().from(read).version(0).build())))
        .isInstanceOf(DuplicateException.class);
    assertThat(stored(w.forumA)).contains(read);
  }

  /**
   * CR-7 on a mandate: only the facilitator records one, only for a current member, ending after
   * today, with a scope of sensible length; each refusal names the rule and changes nothing.
   */
  @Test
  default void mandateRulesRefuseAndChangeNothing() {
    representations(tx -> true);
    ConsultationWorld w = mandated();
    Representation before = stored(w.forumA).orElseThrow();
    LocalDate next = w.today().plusDays(30);
    refused(
        ViolationCode.REPRESENTATIVE_NOT_MEMBER,
        () ->
            w.sdk
                .consultations()
                .mandate(w.facilitator, w.forumA, w.membersB.get(0), "Rotas", next));
    refused(
        ViolationCode.MANDATE_DATES,
        () ->
            w.sdk
                .consultations()
                .mandate(
                    w.facilitator, w.forumA, w.membersA.get(2), "Rotas", w.today().minusDays(1)));
    refused(
        ViolationCode.MANDATE_HELD,
        () ->
            w.sdk
                .consultations()
                .mandate(w.facilitator, w.forumA, w.membersA.get(1), "Rotas", next));
    assertThatThrownBy(
            () ->
                w.sdk
                    .consultations()
                    .mandate(w.facilitator, w.forumA, w.membersA.get(2), "x".repeat(1 << 20), next))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CR-7");
    assertThatThrownBy(
            () ->
                w.sdk
                    .consultations()
                    .mandate(
                        w.facilitator, ForumId.of(w.ns + "no-forum"), w.membersA.get(2), "R", next))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                w.sdk
                    .consultations()
                    .mandate(
                        Actor.practitioner(w.membersA.get(0)),
                        w.forumA,
                        w.membersA.get(2),
                        "Rotas",
                        next))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("CR-7");
    assertThat(stored(w.forumA)).contains(before);
    assertThat(stored(w.forumB)).isEmpty();
  }

  /**
   * CR-7 after a central meeting: each attending representative owes their forum a report back,
   * listed as missing (no person, no content) until recorded and overdue after the period; the
   * summary is the forum's alone; only the representative who attended reports, once.
   */
  @Test
  default void reportBacksAreOwedListedAndReadOnlyByTheForum() {
    representations(tx -> true);
    ConsultationWorld w = mandated();
    MeetingId m1 = MeetingId.of(w.ns + "m1");
    List<MissingReportBack> owed =
        w.sdk
            .consultations()
            .recordCentralMeeting(w.manager, meeting(w, "m1", w.today(), w.membersA.get(1)));
    LocalDate dueBy = w.today().plusDays(14);
    assertThat(owed).containsExactly(new MissingReportBack(w.forumA, m1, w.today(), dueBy, false));
    Actor anyone = Actor.practitioner(w.membersB.get(0));
    assertThat(w.sdk.consultations().missingReportBacks(anyone, w.org, dueBy.plusDays(1)))
        .containsExactly(new MissingReportBack(w.forumA, m1, w.today(), dueBy, true));
    Representation before = stored(w.forumA).orElseThrow();
    refused(
        ViolationCode.MEETING_RECORDED,
        () ->
            w.sdk
                .consultations()
                .recordCentralMeeting(w.manager, meeting(w, "m1", w.today(), w.membersA.get(1))));
    refused(
        ViolationCode.NO_MANDATE,
        () ->
            w.sdk
                .consultations()
                .recordCentralMeeting(w.manager, meeting(w, "m2", w.today(), w.membersA.get(2))));
    refused(
        ViolationCode.MANDATE_DATES,
        () ->
            w.sdk
                .consultations()
                .recordCentralMeeting(
                    w.manager, meeting(w, "m3", w.today().plusDays(1), w.membersA.get(1))));
    refused(
        ViolationCode.NOT_ATTENDED,
        () ->
            w.sdk
                .consultations()
                .reportBack(
                    Actor.practitioner(w.membersA.get(1)),
                    w.forumA,
                    MeetingId.of(w.ns + "m9"),
                    "Nothing."));
    refused(
        ViolationCode.NO_MANDATE,
        () ->
            w.sdk
                .consultations()
                .reportBack(Actor.practitioner(w.membersA.get(0)), w.forumA, m1, "Not mine."));
    assertThat(stored(w.forumA)).contains(before);
    String summary = "The group heard our rota concerns and will reply in March.";
    w.sdk.consultations().reportBack(Actor.practitioner(w.membersA.get(1)), w.forumA, m1, summary);
    refused(
        ViolationCode.REPORTED_BACK,
        () ->
            w.sdk
                .consultations()
                .reportBack(Actor.practitioner(w.membersA.get(1)), w.forumA, m1, "Again."));
    assertThat(w.sdk.consultations().missingReportBacks(anyone, w.org, dueBy)).isEmpty();
    Representation byMember =
        w.sdk.consultations().representation(Actor.practitioner(w.membersA.get(3)), w.forumA);
    assertThat(byMember.attendances().get(0).summary()).contains(summary);
    Representation byManager = w.sdk.consultations().representation(w.manager, w.forumA);
    assertThat(byManager.attendances().get(0).summary()).isEmpty();
    assertThat(byManager.attendances().get(0).reported()).isTrue();
    assertThat(ForumJson.write(byManager)).doesNotContain("rota concerns");
    Representation byFacilitator = w.sdk.consultations().representation(w.facilitator, w.forumA);
    assertThat(byFacilitator.attendances().get(0).summary()).isEmpty();
    assertThatThrownBy(
            () ->
                w.sdk
                    .consultations()
                    .representation(Actor.practitioner(w.membersB.get(0)), w.forumA))
        .isInstanceOf(PermissionDeniedException.class);
  }

  /**
   * CR-7: a mandate ends when revoked or when its holder leaves the forum; then its holder neither
   * attends nor reports back.
   */
  @Test
  default void aMandateEndsWhenRevokedOrWhenTheMemberLeaves() {
    representations(tx -> true);
    ConsultationWorld w = mandated();
    w.sdk
        .consultations()
        .mandate(w.facilitator, w.forumA, w.membersA.get(2), "Supervision", w.today().plusDays(90));
    w.sdk
        .consultations()
        .recordCentralMeeting(
            w.manager, meeting(w, "m1", w.today(), w.membersA.get(1), w.membersA.get(2)));
    Representation revoked = w.sdk.consultations().revokeMandate(w.facilitator, w.forumA, 1);
    assertThat(revoked.mandate(1).orElseThrow().endReason()).contains(MandateEnd.REVOKED);
    refused(
        ViolationCode.NO_MANDATE,
        () -> w.sdk.consultations().revokeMandate(w.facilitator, w.forumA, 1));
    refused(
        ViolationCode.NO_MANDATE,
        () ->
            w.sdk
                .consultations()
                .reportBack(
                    Actor.practitioner(w.membersA.get(1)),
                    w.forumA,
                    MeetingId.of(w.ns + "m1"),
                    "Late."));
    PractitionerId leaver = w.membersA.get(2);
    w.sdk.forums().leave(Actor.practitioner(leaver), w.forumA, leaver);
    Mandate ended = stored(w.forumA).orElseThrow().mandate(2).orElseThrow();
    assertThat(ended.endReason()).contains(MandateEnd.LEFT_FORUM);
    refused(
        ViolationCode.REPRESENTATIVE_NOT_MEMBER,
        () ->
            w.sdk
                .consultations()
                .recordCentralMeeting(w.manager, meeting(w, "m2", w.today(), leaver)));
    assertThat(w.sdk.consultations().missingReportBacks(w.manager, w.org, w.today()))
        .hasSize(2)
        .allMatch(m -> m.forum().equals(w.forumA));
  }

  /**
   * Two report backs, and a revocation and an attendance, racing on real threads never break CR-7:
   * one report back is stored, the other refused; an attendance is stored only under a mandate that
   * held when it committed.
   *
   * @throws Exception if setting up or running a race fails otherwise than by an assertion
   */
  @Test
  default void reportBacksAndRevocationsRacingKeepTheRules() throws Exception {
    representations(tx -> true);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int race = 0; race < 3; race++) {
        ConsultationWorld w = mandated();
        MeetingId m1 = MeetingId.of(w.ns + "m1");
        w.sdk
            .consultations()
            .recordCentralMeeting(w.manager, meeting(w, "m1", w.today(), w.membersA.get(1)));
        Actor rep = Actor.practitioner(w.membersA.get(1));
        List<Callable<Object>> reports = new ArrayList<>();
        reports.add(() -> w.sdk.consultations().reportBack(rep, w.forumA, m1, "First."));
        reports.add(() -> w.sdk.consultations().reportBack(rep, w.forumA, m1, "Second."));
        List<Object> outcomes = Races.together(pool, reports);
        assertThat(outcomes).filteredOn(o -> o instanceof Representation).hasSize(1);
        assertThat(outcomes)
            .filteredOn(o -> o instanceof Throwable)
            .singleElement()
            .matches(
                o -> o instanceof RuleViolationException e && e.has(ViolationCode.REPORTED_BACK));
        assertThat(stored(w.forumA).orElseThrow().attendances())
            .singleElement()
            .matches(Attendance::reported);

        List<Callable<Object>> race2 = new ArrayList<>();
        race2.add(() -> w.sdk.consultations().revokeMandate(w.facilitator, w.forumA, 1));
        race2.add(
            () ->
                w.sdk
                    .consultations()
                    .recordCentralMeeting(
                        w.manager, meeting(w, "m2", w.today(), w.membersA.get(1))));
        List<Object> second = Races.together(pool, race2);
        assertThat(second.get(0)).isInstanceOf(Representation.class);
        Representation after = stored(w.forumA).orElseThrow();
        boolean attended =
            after.attendance(MeetingId.of(w.ns + "m2"), w.membersA.get(1).asPerson()).isPresent();
        if (second.get(1) instanceof Throwable t) {
          assertThat(t)
              .isInstanceOf(RuleViolationException.class)
              .matches(e -> ((RuleViolationException) e).has(ViolationCode.NO_MANDATE));
          assertThat(attended).isFalse();
        } else {
          assertThat(attended).isTrue();
        }
        assertThat(after.mandate(1).orElseThrow().endReason()).contains(MandateEnd.REVOKED);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  /**
   * SEC-3: subject access lists a representative's mandates and attendances with their summaries;
   * erasure names the token in them and removes the summaries, leaving dates and scope.
   *
   * @throws Exception if the export is not JSON
   */
  @Test
  default void erasureAndSubjectAccessCoverMandatesAndReportBacks() throws Exception {
    representations(tx -> true);
    ConsultationWorld w = mandated();
    MeetingId m1 = MeetingId.of(w.ns + "m1");
    w.sdk
        .consultations()
        .recordCentralMeeting(w.manager, meeting(w, "m1", w.today(), w.membersA.get(1)));
    PractitionerId rep = w.membersA.get(1);
    w.sdk.consultations().reportBack(Actor.practitioner(rep), w.forumA, m1, "Reported: rotas.");
    Actor admin = Actor.administrator(PersonId.of("admin"));
    JsonNode section =
        ForumJson.mapper().readTree(w.sdk.privacy().export(admin, rep)).get("representation");
    JsonNode forum = section.get("forums").get(0);
    assertThat(forum.get("forum").asText()).isEqualTo(w.forumA.value());
    assertThat(forum.get("mandates").get(0).get("scope").asText()).startsWith("Rotas and cover");
    assertThat(forum.get("attendances").get(0).get("summary").asText())
        .isEqualTo("Reported: rotas.");
    ErasureReceipt receipt = w.sdk.privacy().erase(admin, rep);
    assertThat(receipt.pseudonymised(ErasureCategory.REPRESENTATIVE_MANDATE)).isEqualTo(1);
    assertThat(receipt.pseudonymised(ErasureCategory.REPRESENTATIVE_ATTENDANCE)).isEqualTo(1);
    Representation after = stored(w.forumA).orElseThrow();
    assertThat(after.people()).doesNotContain(rep.asPerson());
    assertThat(after.mandate(1).orElseThrow().endReason()).contains(MandateEnd.LEFT_FORUM);
    assertThat(after.attendances().get(0).summary()).isEmpty();
    assertThat(after.attendances().get(0).reportedOn()).isPresent();
    assertThat(naming(rep.asPerson())).isEmpty();
  }

  /**
   * CR-2: a forum invited to a round run as a meeting is next due a meeting half a year (by the
   * default two a year) after that round opened, overdue after; a round in writing does not count.
   */
  @Test
  default void meetingScheduleCountsFromTheLastMeetingRound() {
    representations(tx -> true);
    ConsultationWorld w = new ConsultationWorld(storage());
    RoundRequest.Builder meeting =
        RoundRequest.builder()
            .id(RoundId.of(w.ns + "meeting-round"))
            .organisation(w.org)
            .topic("Spring meeting with managers")
            .purpose(Purpose.MONITORING)
            .addQuestions("How is cover working?")
            .addInvitedForums(w.forumA)
            .opensOn(w.today())
            .closesOn(w.today().plusDays(28))
            .formative(true)
            .mode(RoundMode.MEETING);
    assertThat(w.sdk.consultations().open(w.manager, meeting.build()).mode())
        .isEqualTo(RoundMode.MEETING);
    w.open();
    LocalDate due = w.today().plusDays(182);
    Actor anyone = Actor.practitioner(w.membersB.get(0));
    assertThat(w.sdk.consultations().meetingsDue(anyone, w.org, due))
        .containsExactly(new MeetingDue(w.forumA, Optional.of(w.today()), due, false));
    assertThat(w.sdk.consultations().meetingsDue(anyone, w.org, due.plusDays(1)))
        .containsExactly(new MeetingDue(w.forumA, Optional.of(w.today()), due, true));
    w.clock.advance(Duration.ofDays(100));
    w.sdk
        .consultations()
        .open(
            w.manager,
            meeting
                .id(RoundId.of(w.ns + "meeting-round-2"))
                .opensOn(w.today())
                .closesOn(w.today().plusDays(28))
                .build());
    assertThat(w.sdk.consultations().meetingsDue(anyone, w.org, due).get(0).dueOn())
        .isEqualTo(w.today().plusDays(182));
  }
}

package org.practitionersforum.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.Objection;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsVersion;

/** Every terms and session type round-trips through {@link ForumJson} unchanged. */
class TermsJsonProperties {

  private static <T> void roundTrips(Class<T> type, Function<RandomGenerator, T> generator) {
    qt().withExamples(50)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              T value = generator.apply(new SplittableRandom(seed));
              assertThat(ForumJson.read(ForumJson.write(value), type)).isEqualTo(value);
            });
  }

  @Test
  void termsContentRoundTrips() {
    roundTrips(TermsContent.class, TermsGenerators::content);
  }

  @Test
  void contentHashRoundTrips() {
    roundTrips(ContentHash.class, TermsGenerators::contentHash);
  }

  @Test
  void forumTermsWithEveryVersionAgreementAndObjectionRoundTrip() {
    roundTrips(ForumTerms.class, TermsGenerators::forumTerms);
  }

  @Test
  void termsVersionsAgreementsAndObjectionsRoundTripAlone() {
    roundTrips(TermsVersion.class, r -> TermsGenerators.forumTerms(r).versions().get(0));
    roundTrips(
        Agreement.class,
        r ->
            TermsGenerators.version(r, 1, org.practitionersforum.api.terms.TermsStatus.IN_FORCE)
                .agreements()
                .stream()
                .findFirst()
                .orElse(
                    Agreement.builder()
                        .party(TermsGenerators.personId(r))
                        .role(TermsGenerators.partyRole(r))
                        .version(1)
                        .hash(TermsGenerators.contentHash(r))
                        .round(1)
                        .at(TermsGenerators.instant(r))
                        .build()));
    roundTrips(
        Objection.class,
        r ->
            Objection.builder()
                .party(TermsGenerators.personId(r))
                .role(TermsGenerators.partyRole(r))
                .version(2)
                .hash(TermsGenerators.contentHash(r))
                .round(1)
                .reason(TermsGenerators.text(r))
                .at(TermsGenerators.instant(r))
                .build());
  }

  @Test
  void receiptsRoundTrip() {
    roundTrips(AgreementReceipt.class, TermsGenerators::receipt);
  }

  @Test
  void sessionsAttendanceRequestsAndCpdRecordsRoundTrip() {
    roundTrips(Session.class, SessionGenerators::session);
    roundTrips(
        Attendance.class,
        r -> SessionGenerators.attendance(r, SessionGenerators.members(r)).get(0));
    roundTrips(SessionRequest.class, SessionGenerators::request);
    roundTrips(CpdRecord.class, SessionGenerators::cpdRecord);
    roundTrips(
        CpdEntry.class,
        r ->
            CpdEntry.builder()
                .date(LocalDate.of(2026, 1, 1))
                .forum(ForumId.of("f"))
                .session(SessionGenerators.sessionId(r))
                .mode(SessionGenerators.mode(r))
                .duration(Duration.ofMinutes(30))
                .build());
  }

  @Test
  void cpdJsonCarriesItsTotals() {
    CpdRecord record = SessionGenerators.cpdRecord(new SplittableRandom(1));
    assertThat(ForumJson.write(record))
        .contains("\"reflectiveHours\"")
        .contains("\"sessionsAttended\"");
    assertThat(ForumJson.read(ForumJson.write(record), CpdRecord.class).reflectiveHours())
        .isEqualByComparingTo(record.reflectiveHours());
    assertThat(record.toString()).doesNotContain(record.practitioner().value());
  }
}

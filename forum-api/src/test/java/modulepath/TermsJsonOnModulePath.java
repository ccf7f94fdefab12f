package modulepath;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.Objection;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * Run in a child JVM with forum-api and Jackson on the module path: proves the module descriptor
 * opens the terms and session packages to Jackson. Exits 0 when every value round-trips.
 */
public final class TermsJsonOnModulePath {
  private TermsJsonOnModulePath() {}

  public static void main(String[] args) {
    Instant t = Instant.parse("2026-11-23T09:00:00Z");
    TermsContent content = TermsTemplate.standard(LocalDate.of(2027, 11, 23));
    ContentHash hash = ContentHash.of(content);
    TermsVersion version =
        TermsVersion.builder()
            .number(1)
            .content(content)
            .hash(hash)
            .status(TermsStatus.IN_FORCE)
            .round(2)
            .draftedAt(t)
            .openedAt(t)
            .inForceAt(t)
            .addAgreements(
                Agreement.builder()
                    .party(PersonId.of("m-1"))
                    .role(PartyRole.SPONSOR)
                    .version(1)
                    .hash(hash)
                    .round(2)
                    .at(t)
                    .build())
            .addObjections(
                Objection.builder()
                    .party(PersonId.of("p-1"))
                    .role(PartyRole.MEMBER)
                    .version(1)
                    .hash(hash)
                    .round(1)
                    .reason("too strict")
                    .at(t)
                    .build())
            .build();
    ForumTerms terms =
        ForumTerms.builder().forum(ForumId.of("f-1")).addVersions(version).version(4).build();
    Session session =
        Session.builder()
            .id(SessionId.of("s-1"))
            .forum(ForumId.of("f-1"))
            .mode(SessionMode.CONSULTATIVE)
            .startedAt(t)
            .duration(Duration.ofMinutes(90))
            .termsVersion(1)
            .addAttendance(Attendance.of(PractitionerId.of("p-1"), AttendanceStatus.PRESENT))
            .minutes("minuted")
            .recordedAt(t)
            .version(2)
            .build();
    SessionRequest request =
        SessionRequest.builder()
            .id(SessionId.of("s-2"))
            .mode(SessionMode.REFLECTIVE)
            .startedAt(t)
            .duration(Duration.ofHours(1))
            .addPresent(PractitionerId.of("p-1"))
            .build();
    CpdRecord cpd =
        CpdRecord.builder()
            .practitioner(PractitionerId.of("p-1"))
            .from(LocalDate.of(2026, 1, 1))
            .to(LocalDate.of(2026, 12, 31))
            .addEntries(
                CpdEntry.builder()
                    .date(LocalDate.of(2026, 11, 23))
                    .forum(ForumId.of("f-1"))
                    .session(SessionId.of("s-1"))
                    .mode(SessionMode.REFLECTIVE)
                    .duration(Duration.ofMinutes(90))
                    .build())
            .build();
    int ok =
        check(terms, ForumTerms.class)
            + check(
                AgreementReceipt.of(ForumId.of("f-1"), version.agreements().get(0)),
                AgreementReceipt.class)
            + check(session, Session.class)
            + check(request, SessionRequest.class)
            + check(cpd, CpdRecord.class);
    System.out.println("OK " + ok);
  }

  private static <T> int check(T value, Class<T> type) {
    T back = ForumJson.read(ForumJson.write(value), type);
    if (!back.equals(value)) {
      System.out.println("MISMATCH " + type.getSimpleName());
      System.exit(1);
    }
    return 1;
  }
}

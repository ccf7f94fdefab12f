package org.practitionersforum.core.internal.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.cpd.Evidence;
import org.practitionersforum.api.cpd.Format;
import org.practitionersforum.api.cpd.NoteContent;
import org.practitionersforum.api.cpd.Readiness;
import org.practitionersforum.api.cpd.RegistrantProfile;
import org.practitionersforum.api.cpd.Registration;
import org.practitionersforum.api.cpd.RegistrationPeriod;
import org.practitionersforum.api.cpd.Regulator;
import org.practitionersforum.api.cpd.Regulators;
import org.practitionersforum.api.cpd.Requirement;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.AccessPolicy;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Relationship;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.security.View;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/**
 * Regulator-shaped CPD evidence through the SDK (CPD-1): the author's own record and notes, their
 * readiness and export; every other role refused naming CPD-2 with nothing changed; and a regulator
 * the host adds on the builder.
 */
class CpdServiceTest {
  private static final String LEARNT = "Learnt-3be1: ask the family first";
  static final Registration SWE = Registration.with(Regulators.SOCIAL_WORK_ENGLAND);
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

  /** A regulator a host adds: one forum session in each calendar year, due at its end. */
  static final class CalendarYear implements Regulator {
    @Override
    public String id() {
      return "abroad";
    }

    @Override
    public String name() {
      return "A professional body abroad";
    }

    @Override
    public RegistrationPeriod period(Registration registration, LocalDate today) {
      LocalDate start = LocalDate.of(today.getYear(), 1, 1);
      LocalDate end = LocalDate.of(today.getYear(), 12, 31);
      return new RegistrationPeriod(start, end, end);
    }

    @Override
    public Readiness readiness(Evidence evidence) {
      int n = evidence.record().sessionsAttended();
      return new Readiness(
          id(),
          evidence.period(),
          List.of(new Requirement("sessions", "A forum session: " + n + " of 1", n >= 1)),
          name() + ": " + n + " sessions");
    }

    @Override
    public String render(Evidence evidence, Format format) {
      return format + ":" + evidence.record().participatoryHours();
    }
  }

  private final TestClock clock = new TestClock(TermsFixture.NOW.minus(Duration.ofDays(30)));
  private final TermsFixture f =
      new TermsFixture(5, 1, clock, true, b -> b.regulator(new CalendarYear()));
  private final Actor author;

  CpdServiceTest() {
    clock.set(TermsFixture.NOW);
    f.inForce();
    hold("s-1", SessionMode.REFLECTIVE, 5, 90);
    hold("s-2", SessionMode.CONSULTATIVE, 2, 60);
    author = f.member(0);
    clock.advance(Duration.ofMinutes(5));
    f.sdk.notes().write(author, SessionId.of("s-1"), NoteContent.builder().learnt(LEARNT).build());
  }

  private void hold(String id, SessionMode mode, int hoursAgo, int minutes) {
    f.sdk
        .sessions()
        .hold(
            f.member(0),
            f.forum,
            SessionRequest.builder()
                .id(SessionId.of(id))
                .mode(mode)
                .startedAt(TermsFixture.NOW.minus(Duration.ofHours(hoursAgo)))
                .duration(Duration.ofMinutes(minutes))
                .present(f.members.subList(0, 4))
                .build());
  }

  private List<String> snapshot() {
    List<String> out = new ArrayList<>(f.storage.everythingAsJson());
    out.sort(String::compareTo);
    out.add(f.events.toString());
    return out;
  }

  @Test
  void theAuthorsReadinessCountsTheirNotesAsPiecesAndTheirSessionsOnce() {
    Readiness r = f.sdk.cpd().readiness(author, SWE, AS_OF);
    assertThat(r.summary())
        .isEqualTo(
            "Social Work England 2025-26: 1 of 2 pieces, peer reflection yes, due 30 November 2026");
    clock.advance(Duration.ofMinutes(1));
    f.sdk
        .notes()
        .write(author, SessionId.of("s-2"), NoteContent.builder().learnt("Second").build());
    assertThat(f.sdk.cpd().readiness(author, SWE, AS_OF).ready()).isTrue();
    // A member with no notes has no pieces, whatever their colleague wrote.
    assertThat(f.sdk.cpd().readiness(f.member(1), SWE, AS_OF).summary())
        .contains(": 0 of 2 pieces");
    // The NMC counts the same 2.5 hours once, as participatory.
    Readiness nmc =
        f.sdk
            .cpd()
            .readiness(
                author, Registration.renewedOn(Regulators.NMC, LocalDate.of(2027, 4, 30)), AS_OF);
    assertThat(nmc.summary())
        .startsWith("NMC revalidation 2024-27: 2.50 of 35 CPD hours, 2.50 of 20");
  }

  @Test
  void theExportHoldsTheAuthorsNotesInTheRegulatorsShapeAndNoOneElse() {
    String md = f.sdk.cpd().regulatorExport(author, SWE, AS_OF, Format.MARKDOWN);
    assertThat(md).contains("# Social Work England: CPD record 2025-26").contains(LEARNT);
    for (Format format : Format.values()) {
      String doc = f.sdk.cpd().regulatorExport(author, SWE, AS_OF, format);
      for (var member : f.members) {
        assertThat(doc).as(format.name()).doesNotContain(member.value());
      }
    }
    assertThat(f.sdk.cpd().regulatorExport(f.member(1), SWE, AS_OF, Format.JSON))
        .doesNotContain(LEARNT);
  }

  @Test
  void everyOtherRoleIsRefusedNamingCpd2AndNothingChanges() {
    List<String> before = snapshot();
    for (Actor actor :
        List.of(
            Actor.facilitator(TermsFixture.FACILITATOR),
            Actor.manager(TermsFixture.SPONSOR),
            Actor.reviewer(PersonId.of("reviewer-1")),
            Actor.administrator(TermsFixture.ADMIN),
            Actor.system())) {
      for (Runnable attempt :
          List.<Runnable>of(
              () -> f.sdk.cpd().readiness(actor, SWE, AS_OF),
              () -> f.sdk.cpd().regulatorExport(actor, SWE, AS_OF, Format.MARKDOWN))) {
        Throwable t = catchThrowable(attempt::run);
        assertThat(t)
            .as(actor.role().name())
            .isInstanceOf(PermissionDeniedException.class)
            .hasMessageStartingWith("CPD-2: ");
        assertThat(t.getMessage()).doesNotContain(LEARNT).doesNotContain(f.members.get(0).value());
      }
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aHostAddsARegulatorOnTheBuilder() {
    assertThat(f.sdk.cpd().regulators())
        .extracting(Regulator::id)
        .containsExactly("swe", "nmc", "hcpc", "sssc", "abroad");
    Registration abroad = Registration.with("abroad");
    assertThat(f.sdk.cpd().readiness(author, abroad, AS_OF).summary())
        .isEqualTo("A professional body abroad: 2 sessions");
    assertThat(f.sdk.cpd().regulatorExport(author, abroad, AS_OF, Format.CSV))
        .isEqualTo("CSV:2.50");
  }

  @Test
  void anUnknownRegulatorOrAMissingDateIsRefusedNamingCpd1() {
    List<String> before = snapshot();
    assertThatThrownBy(() -> f.sdk.cpd().readiness(author, Registration.with("gmc"), AS_OF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("CPD-1: no regulator known to this SDK has this id");
    assertThatThrownBy(
            () -> f.sdk.cpd().readiness(author, Registration.with(Regulators.NMC), AS_OF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CPD-1: ");
    assertThatThrownBy(() -> f.sdk.cpd().regulatorExport(author, SWE, AS_OF, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                ForumSdk.builder()
                    .regulator(new CalendarYear())
                    .regulator(new CalendarYear())
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("CPD-1: two regulators cannot share an id");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aStoredProfileGivesReadinessForEveryRegisteredRegulator() {
    f.sdk.cpd().register(author, Registration.with(Regulators.SOCIAL_WORK_ENGLAND));
    f.sdk.cpd().register(author, Registration.renewedOn(Regulators.NMC, LocalDate.of(2027, 4, 30)));
    f.sdk.cpd().recordReflectiveDiscussion(author, LocalDate.of(2026, 2, 20));
    List<Readiness> all = f.sdk.cpd().readiness(author);
    assertThat(all).extracting(Readiness::regulator).containsExactly("swe", "nmc");
    assertThat(all.get(1).summary())
        .endsWith(
            "reflective discussion recorded by you on 20 February 2026, not verified,"
                + " due 30 April 2027");
    String nmc = f.sdk.cpd().regulatorExport(author, Regulators.NMC, Format.MARKDOWN);
    assertThat(nmc).contains("Recorded by you, not verified");
    assertThat(all.get(0)).isEqualTo(f.sdk.cpd().readiness(author, SWE, AS_OF));
    RegistrantProfile mine = f.sdk.cpd().profile(author);
    assertThat(mine.toString()).doesNotContain(f.members.get(0).value()).doesNotContain("2027");
    assertThat(f.sdk.cpd().readiness(f.member(1))).isEmpty();
    assertThat(f.sdk.cpd().deregister(author, Regulators.NMC).registrations())
        .extracting(Registration::regulator)
        .containsExactly("swe");
  }

  @Test
  void aProfileIsItsOwnersAloneNamingCpd1() {
    f.sdk.cpd().register(author, Registration.with(Regulators.SOCIAL_WORK_ENGLAND));
    for (Actor other :
        List.of(
            Actor.facilitator(TermsFixture.FACILITATOR),
            Actor.manager(TermsFixture.SPONSOR),
            Actor.reviewer(PersonId.of("reviewer-1")),
            Actor.administrator(TermsFixture.ADMIN),
            Actor.system())) {
      assertThatThrownBy(() -> f.sdk.cpd().profile(other))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageStartingWith("CPD-1: ");
      assertThatThrownBy(() -> f.sdk.cpd().register(other, SWE))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageStartingWith("CPD-1: ");
    }
    assertThat(f.sdk.cpd().profile(f.member(1)).registrations()).isEmpty();
    for (Role role : Role.values()) {
      for (Relationship rel : Relationship.values()) {
        if (role == Role.PRACTITIONER && rel == Relationship.SELF) {
          continue;
        }
        View view = role == Role.MANAGER ? View.UNATTRIBUTED : View.ALL;
        assertThatThrownBy(
                () ->
                    AccessPolicy.standard().toBuilder()
                        .grant(role, Operation.CPD_PROFILE_GET, rel, view)
                        .build())
            .isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("CPD-1: ");
      }
    }
  }

  @Test
  void badProfileInputIsRefusedNamingCpd1AndChangesNothing() {
    f.sdk.cpd().register(author, SWE);
    List<String> before = snapshot();
    List<Runnable> bad =
        List.of(
            () -> f.sdk.cpd().register(author, Registration.with("gmc")),
            () -> f.sdk.cpd().register(author, Registration.with(Regulators.NMC)),
            () -> f.sdk.cpd().recordReflectiveDiscussion(author, AS_OF.plusDays(1)),
            () -> f.sdk.cpd().deregister(author, Regulators.HCPC),
            () -> f.sdk.cpd().regulatorExport(author, Regulators.NMC, Format.CSV));
    for (Runnable r : bad) {
      assertThatThrownBy(r::run)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("CPD-1: ");
    }
    assertThatThrownBy(() -> f.sdk.cpd().register(author, Registration.with("x".repeat(1 << 20))))
        .isInstanceOf(InvalidInputException.class);
    for (int i = 0; i < 60; i++) {
      f.sdk.cpd().recordReflectiveDiscussion(author, AS_OF.minusDays(i));
    }
    List<String> full = snapshot();
    assertThatThrownBy(() -> f.sdk.cpd().recordReflectiveDiscussion(author, AS_OF.minusDays(100)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CPD-1: ");
    assertThat(snapshot()).isEqualTo(full);
    assertThat(before).isNotEqualTo(full);
  }
}

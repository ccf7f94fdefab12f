package org.practitionersforum.core.internal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.privacy.ErasureReceipt;
import org.practitionersforum.api.privacy.RetentionReport;
import org.practitionersforum.api.privacy.RetentionSettings;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.memory.InMemoryForumStorage;
import org.practitionersforum.testkit.TestClock;

/** The privacy service (SEC-3) as a host calls it, on the in-memory store. */
class PrivacyServiceTest {
  private static final OrganisationId NORTH = OrganisationId.of("north-trust");
  private final TestClock clock = new TestClock(Instant.parse("2026-05-01T09:00:00Z"));
  private final Actor admin = Actor.administrator(PersonId.of("admin-1"));
  private final PersonId sponsor = PersonId.of("manager-1");
  private final ForumId forum = ForumId.of("forum-1");
  private final List<PractitionerId> members = new ArrayList<>();
  private final List<AgreementReceipt> receipts = new ArrayList<>();

  private final ForumSdk sdk =
      ForumSdk.builder()
          .storage(new InMemoryForumStorage())
          .clock(clock)
          .retention(
              NORTH,
              RetentionSettings.builder()
                  .closedForumAttendance(Period.ofMonths(6))
                  .closedForumSessions(Period.ofYears(6))
                  .build())
          .build();

  /**
   * Four practitioners of two disciplines and specialisms agree their terms; the forum is active.
   */
  private void activeForumOfFour() {
    List<Discipline> disciplines = List.of(Discipline.SOCIAL_WORK, Discipline.NURSING);
    for (int i = 0; i < 4; i++) {
      PractitionerId p = PractitionerId.of("practitioner-" + i);
      sdk.practitioners()
          .register(
              admin,
              PractitionerProfile.builder()
                  .id(p)
                  .discipline(disciplines.get(i % 2))
                  .specialism(Specialism.wellKnown().get(i % 2))
                  .base(BaseId.of("base-1"))
                  .organisation(NORTH)
                  .locality(LocalityId.of("north"))
                  .build());
      members.add(p);
    }
    sdk.forums()
        .propose(
            admin,
            ForumProposal.builder()
                .id(forum)
                .name("North reflective forum")
                .organisation(NORTH)
                .base(BaseId.of("base-1"))
                .locality(LocalityId.of("north"))
                .sponsor(sponsor)
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    for (PractitionerId p : members) {
      sdk.forums().join(Actor.practitioner(p), forum, p);
    }
    TermsContent terms = TermsTemplate.standard(LocalDate.of(2030, 1, 1));
    ContentHash hash = ContentHash.of(terms);
    sdk.terms().draft(Actor.practitioner(members.get(0)), forum, terms);
    sdk.terms().propose(Actor.practitioner(members.get(0)), forum, hash);
    for (PractitionerId p : members) {
      receipts.add(sdk.terms().agree(Actor.practitioner(p), forum, p.asPerson(), hash));
    }
    receipts.add(sdk.terms().agree(Actor.manager(sponsor), forum, sponsor, hash));
    sdk.forums().transition(admin, forum, ForumState.ACTIVE, "we are ready to meet");
  }

  private SessionId holdSession() {
    SessionId id = SessionId.of("session-1");
    sdk.sessions()
        .hold(
            Actor.practitioner(members.get(0)),
            forum,
            SessionRequest.builder()
                .id(id)
                .mode(SessionMode.REFLECTIVE)
                .startedAt(clock.instant().plus(Duration.ofMinutes(1)))
                .duration(Duration.ofMinutes(90))
                .present(Set.copyOf(members))
                .build());
    return id;
  }

  @Test
  void erasureSuspendsAForumLeftBelowStrengthAndKeepsAgreementsVerifiable() {
    activeForumOfFour();
    PractitionerId leaving = members.get(3);

    ErasureReceipt receipt = sdk.privacy().erase(admin, leaving);

    assertThat(receipt.removed(ErasureCategory.PROFILE)).isEqualTo(1);
    assertThat(receipt.removed(ErasureCategory.MEMBERSHIP)).isEqualTo(1);
    assertThat(receipt.pseudonymised(ErasureCategory.AGREEMENT)).isEqualTo(1);
    assertThat(receipt.forumsSuspended()).isEqualTo(1);
    Forum after = sdk.forums().get(admin, forum);
    assertThat(after.state()).isEqualTo(ForumState.SUSPENDED);
    assertThat(after.history().get(after.history().size() - 1).reason())
        .isEqualTo("a member left and the forum no longer meets its rules: BELOW_MINIMUM");
    for (AgreementReceipt r : receipts) {
      boolean erased = r.party().equals(leaving.asPerson());
      assertThat(sdk.terms().verify(admin, r)).isEqualTo(!erased);
    }
    assertThatThrownBy(() -> sdk.privacy().export(admin, leaving))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aPractitionerExportsWhatTheSdkHoldsAboutThem() throws Exception {
    activeForumOfFour();
    holdSession();
    PractitionerId me = members.get(0);

    String json = sdk.privacy().export(Actor.practitioner(me), me);

    JsonNode export = ForumJson.mapper().readTree(json);
    assertThat(export.get("memberships").get(0).get("forum").asText()).isEqualTo("forum-1");
    assertThat(export.get("agreements").get(0).get("role").asText()).isEqualTo("MEMBER");
    assertThat(export.get("attendance").get(0).get("status").asText()).isEqualTo("PRESENT");
    assertThat(export.get("heldInOtherForms")).isNotEmpty();
    assertThatThrownBy(() -> sdk.privacy().export(Actor.practitioner(members.get(1)), me))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("SEC-3: ");
  }

  @Test
  void retentionIsAppliedByTheClock() {
    activeForumOfFour();
    SessionId session = holdSession();
    sdk.forums().transition(admin, forum, ForumState.CLOSED, "the forum has done its work");

    clock.advance(Period.ofMonths(6));
    RetentionReport halfYear = sdk.privacy().applyRetention(Actor.system());
    assertThat(halfYear.attendanceRemoved()).isEqualTo(4);
    assertThat(sdk.sessions().get(admin, session).attendance()).isEmpty();

    clock.advance(Period.ofYears(6));
    RetentionReport sixYears = sdk.privacy().applyRetention(Actor.system());
    assertThat(sixYears.sessionsRemoved()).isEqualTo(1);
    assertThat(sdk.sessions().list(admin, forum)).isEmpty();
  }

  @Test
  void tokensAreRandomWithAtLeast128BitsAndNoFunctionOfTheId() {
    Eraser eraser = new Eraser((u, f, p, r) -> null, List.of(), List.of(), new SecureRandom());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = eraser.newToken().value();
      assertThat(token).startsWith(Eraser.TOKEN_PREFIX);
      byte[] bits = Base64.getUrlDecoder().decode(token.substring(Eraser.TOKEN_PREFIX.length()));
      assertThat(bits.length * 8).isGreaterThanOrEqualTo(128);
      assertThat(seen.add(token)).isTrue();
    }
  }
}

package org.practitionersforum.core.internal.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.cpd.StudyTimeAggregate;
import org.practitionersforum.api.cpd.StudyTimeUse;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.AccessPolicy;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Relationship;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.security.View;
import org.practitionersforum.api.session.Reading;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/**
 * Protected study time through the SDK (CPD-3): who grants, who sees what, and what a manager's
 * totals show.
 */
class StudyTimeServiceTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
  private final TestClock clock = new TestClock(TermsFixture.NOW.minus(Duration.ofDays(30)));
  private final TermsFixture f = new TermsFixture(5, 1, clock, true, b -> b);
  private final Actor admin = Actor.administrator(TermsFixture.ADMIN);
  private final Actor manager = Actor.manager(TermsFixture.SPONSOR);

  StudyTimeServiceTest() {
    clock.set(TermsFixture.NOW);
    f.inForce();
    // A study session that is also reflective, and a consultative one: only the first draws.
    hold("s-1", SessionMode.REFLECTIVE, 5, 90, true);
    hold("s-2", SessionMode.CONSULTATIVE, 2, 60, false);
  }

  private void hold(String id, SessionMode mode, int hoursAgo, int minutes, boolean reading) {
    SessionRequest.Builder b =
        SessionRequest.builder()
            .id(SessionId.of(id))
            .mode(mode)
            .startedAt(TermsFixture.NOW.minus(Duration.ofHours(hoursAgo)))
            .duration(Duration.ofMinutes(minutes))
            .present(f.members.subList(0, 4));
    if (reading) {
      b.reading(Reading.ofCitation("A paper on supervision"));
    }
    f.sdk.sessions().hold(f.member(0), f.forum, b.build());
  }

  private List<String> snapshot() {
    List<String> out = new ArrayList<>(f.storage.everythingAsJson());
    out.sort(String::compareTo);
    out.add(f.events.toString());
    return out;
  }

  @Test
  void aMemberSeesTheirOwnGrantedUsedAndRemainingTime() {
    f.sdk.studyTime().setPolicy(admin, TermsFixture.ORG, Duration.ofHours(20), Month.APRIL);
    f.sdk.studyTime().grant(admin, f.members.get(0), Duration.ofHours(30));
    StudyTimeUse mine = f.sdk.studyTime().mine(f.member(0), AS_OF);
    assertThat(mine.year().start()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(mine.granted()).isEqualTo(Duration.ofHours(30));
    assertThat(mine.used()).isEqualTo(Duration.ofMinutes(90));
    assertThat(mine.remaining()).isEqualTo(Duration.ofMinutes(30 * 60 - 90));
    assertThat(mine.toString()).isEqualTo("granted 30.00 hours, used 1.50, remaining 28.50");
    StudyTimeUse theirs = f.sdk.studyTime().mine(f.member(1), AS_OF);
    assertThat(theirs.granted()).isEqualTo(Duration.ofHours(20));
    assertThat(theirs.used()).isEqualTo(Duration.ofMinutes(90));
    // A practitioner who attended nothing, and an organisation with no policy: nothing granted.
    assertThat(f.sdk.studyTime().mine(Actor.practitioner(f.volunteers.get(0)), AS_OF).used())
        .isZero();
    assertThat(f.sdk.studyTime().removeGrant(admin, f.members.get(0))).isTrue();
    assertThat(f.sdk.studyTime().removeGrant(admin, f.members.get(0))).isFalse();
    assertThat(f.sdk.studyTime().mine(f.member(0), AS_OF).granted())
        .isEqualTo(Duration.ofHours(20));
    // No event, and the audit names no time.
    assertThat(f.events.toString()).doesNotContain("StudyTime");
  }

  @Test
  void nobodyElseSeesAMembersOwnUseNamingCpd3() {
    for (Actor other :
        List.of(
            manager,
            admin,
            Actor.facilitator(TermsFixture.FACILITATOR),
            Actor.reviewer(PersonId.of("reviewer-1")),
            Actor.system())) {
      assertThatThrownBy(() -> f.sdk.studyTime().mine(other, AS_OF))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageStartingWith("CPD-3: ");
    }
    for (Role role : Role.values()) {
      for (Relationship rel : Relationship.values()) {
        if (role == Role.PRACTITIONER && rel == Relationship.SELF) {
          continue;
        }
        View view = role == Role.MANAGER ? View.UNATTRIBUTED : View.ALL;
        assertThatThrownBy(
                () ->
                    AccessPolicy.standard().toBuilder()
                        .grant(role, Operation.STUDY_TIME_MINE, rel, view)
                        .build())
            .isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("CPD-3: ");
      }
    }
  }

  @Test
  void managersSeeTotalsWithSmallGroupsSuppressedAndGrantOnlyWhereAllowed() {
    f.sdk.studyTime().setPolicy(admin, TermsFixture.ORG, Duration.ofHours(20), Month.APRIL);
    StudyTimeAggregate team = f.sdk.studyTime().forumTotals(manager, f.forum, AS_OF);
    assertThat(team.practitioners().value()).hasValue(5);
    assertThat(team.granted()).contains(Duration.ofHours(100));
    assertThat(team.used()).contains(Duration.ofMinutes(4 * 90));
    assertThat(team.summary())
        .isEqualTo(
            "forum "
                + f.forum.value()
                + " 2025-26: 5 practitioners, 6.00 of 100.00 hours used (6.0%)");
    // Lower the member count below the threshold: one fewer member, nothing but "fewer than 5".
    f.sdk.forums().leave(f.member(4), f.forum, f.members.get(4));
    StudyTimeAggregate small = f.sdk.studyTime().forumTotals(manager, f.forum, AS_OF);
    assertThat(small.summary())
        .isEqualTo("forum " + f.forum.value() + " 2025-26: fewer than 5 practitioners");
    assertThat(ForumJson.write(small)).doesNotContain("\"value\"").doesNotContain("PT");
    assertThat(
            f.sdk
                .studyTime()
                .baseTotals(admin, TermsFixture.ORG, TermsFixture.BASE, AS_OF)
                .practitioners()
                .value())
        .hasValue(6);
    assertThatThrownBy(() -> f.sdk.studyTime().forumTotals(f.member(0), f.forum, AS_OF))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("CPD-3: ");
    // The standard policy lets administrators grant; a manager needs the organisation's leave.
    assertThatThrownBy(
            () -> f.sdk.studyTime().grant(manager, f.members.get(0), Duration.ofHours(1)))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("CPD-3: ");
    assertThat(AccessPolicy.ceiling().allows(Role.MANAGER, Operation.STUDY_TIME_GRANT)).isTrue();
    assertThat(AccessPolicy.standard().allows(Role.MANAGER, Operation.STUDY_TIME_MINE)).isFalse();
  }

  @Test
  void badInputIsRefusedNamingCpd3AndChangesNothing() {
    f.sdk.studyTime().setPolicy(admin, TermsFixture.ORG, Duration.ofHours(20), Month.APRIL);
    List<String> before = snapshot();
    for (Duration bad :
        List.of(Duration.ofHours(-1), Duration.ofHours(2001), Duration.ofSeconds(90))) {
      assertThatThrownBy(() -> f.sdk.studyTime().grant(admin, f.members.get(0), bad))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("CPD-3: ");
      assertThatThrownBy(() -> f.sdk.studyTime().setPolicy(admin, TermsFixture.ORG, bad, Month.MAY))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("CPD-3: ");
    }
    assertThatThrownBy(
            () -> f.sdk.studyTime().setPolicy(admin, TermsFixture.ORG, Duration.ZERO, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> f.sdk.studyTime().mine(f.member(0), null))
        .isInstanceOf(InvalidInputException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void grantsAreAuditedWithoutTheTimeGranted() {
    f.sdk.studyTime().grant(admin, f.members.get(0), Duration.ofMinutes(1234));
    String trail =
        ForumJson.write(f.sdk.audit().query(admin, AuditQuery.all().limit(500)).records());
    // Salts, digests and hashes are random hex, which may hold any run of digits: left out.
    String withoutHex = trail.replaceAll("[0-9a-f]{32,64}", "");
    assertThat(withoutHex)
        .contains("STUDY_TIME_GRANT")
        .doesNotContain("1234")
        .doesNotContain("PT20H34M");
  }
}

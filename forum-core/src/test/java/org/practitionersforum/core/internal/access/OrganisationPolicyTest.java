package org.practitionersforum.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.security.AccessPolicy;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Relationship;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.security.View;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.internal.access.PolicyWorld.Stage;
import org.practitionersforum.core.internal.terms.TermsFixture;

/**
 * SEC-1 per organisation and in what managers see: an organisation's own policy is the one in force
 * for its forums; a policy that would break an invariant cannot be built; and whatever the policy,
 * a manager sees nothing reflective, no draft and nothing attributed to a person.
 */
class OrganisationPolicyTest {
  private static final Actor SPONSOR = Actor.manager(TermsFixture.SPONSOR);

  @Test
  void anOrganisationsPolicyDecidesForItsForums() {
    OrganisationId org = TermsFixture.ORG;
    AccessPolicy listing =
        AccessPolicy.standard().toBuilder()
            .grant(Role.MANAGER, Operation.FORUM_LIST_AT_BASE, Relationship.ANY, View.UNATTRIBUTED)
            .revoke(Role.PRACTITIONER, Operation.FORUM_INVITE)
            .build();
    ForumSdk sdk = ForumSdk.builder().accessPolicy(org, listing).build();

    assertThat(sdk.accessPolicy(org)).isEqualTo(listing);
    assertThat(sdk.accessPolicy(OrganisationId.of("elsewhere"))).isEqualTo(AccessPolicy.standard());
    assertThat(sdk.accessPolicy(org).allows(Role.MANAGER, Operation.FORUM_LIST_AT_BASE)).isTrue();
    assertThat(AccessPolicy.standard().allows(Role.MANAGER, Operation.FORUM_LIST_AT_BASE))
        .isFalse();

    PolicyWorld w = PolicyWorld.at(Stage.ACTIVE, b -> b.accessPolicy(org, listing));
    List<Forum> listed = w.f.sdk.forums().forumsAt(SPONSOR, TermsFixture.BASE);
    assertThat(listed).extracting(Forum::id).containsExactly(w.f.forum);
    assertThatThrownBy(
            () -> w.f.sdk.forums().invite(w.f.member(0), w.f.forum, w.f.volunteers.get(0)))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class, e -> assertThat(e.rule()).isEqualTo("FR-2"));
  }

  @Test
  void aPolicyThatWouldBreakAnInvariantIsRefusedWhenBuilt() {
    assertRefused(
        AccessPolicy.standard().toBuilder()
            .grant(Role.MANAGER, Operation.SESSION_GET, Relationship.SPONSOR, View.ALL),
        "SEC-1");
    assertRefused(
        AccessPolicy.standard().toBuilder()
            .grant(Role.ADMINISTRATOR, Operation.FORUM_JOIN, Relationship.ANY, View.ALL),
        "FR-2");
    assertRefused(
        AccessPolicy.standard().toBuilder()
            .grant(Role.FACILITATOR, Operation.FORUM_LEAVE, Relationship.FACILITATOR, View.ALL),
        "FR-2");
    assertRefused(
        AccessPolicy.standard().toBuilder()
            .grant(Role.PRACTITIONER, Operation.TERMS_AGREE, Relationship.MEMBER, View.ALL),
        "TR-2");
    assertRefused(
        AccessPolicy.standard().toBuilder()
            .grant(Role.MANAGER, Operation.TERMS_DRAFT, Relationship.SPONSOR, View.UNATTRIBUTED),
        "TR-6");
    // Within the invariants but beyond the ceiling: a manager may not hold a session.
    assertRefused(
        AccessPolicy.standard().toBuilder()
            .grant(Role.MANAGER, Operation.SESSION_HOLD, Relationship.SPONSOR, View.UNATTRIBUTED),
        "SEC-1");
  }

  private static void assertRefused(AccessPolicy.Builder policy, String rule) {
    assertThatThrownBy(policy::build)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(rule + ": ");
  }

  @Test
  void aManagerNeverSeesAReflectiveSessionOrWhoAttended() {
    PolicyWorld w = PolicyWorld.at(Stage.ACTIVE, b -> b);
    assertThatThrownBy(() -> w.f.sdk.sessions().get(SPONSOR, w.reflective.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no session has this id");
    Session seen = w.f.sdk.sessions().get(SPONSOR, w.consultative.id());
    assertThat(seen.attendance()).isEmpty();
    assertThat(seen.minutes()).isEmpty();
    assertThat(seen.id()).isEqualTo(w.consultative.id());
    assertThat(w.f.sdk.sessions().list(SPONSOR, w.f.forum)).containsExactly(seen);
    // Members see everything.
    assertThat(w.f.sdk.sessions().get(w.f.member(1), w.reflective.id()).attendance()).hasSize(4);
    assertThat(w.f.sdk.sessions().list(w.f.member(1), w.f.forum)).hasSize(2);
  }

  @Test
  void aManagerNeverSeesDraftTermsOrWhoObjected() {
    PolicyWorld w = PolicyWorld.at(Stage.AMENDMENT_DRAFTED, b -> b);
    ForumTerms seen = w.f.sdk.terms().get(SPONSOR, w.f.forum);
    assertThat(seen.versions()).extracting(v -> v.status()).containsExactly(TermsStatus.IN_FORCE);
    assertThat(w.f.sdk.terms().get(w.f.member(1), w.f.forum).versions()).hasSize(2);

    // An objection to the open amendment: the member's, then the manager's own.
    w.f.sdk.terms().propose(w.f.member(0), w.f.forum, w.amendment);
    w.f
        .sdk
        .terms()
        .object(w.f.member(1), w.f.forum, w.f.members.get(1).asPerson(), w.amendment, "too soon");
    w.f.sdk.terms().propose(w.f.member(0), w.f.forum, w.amendment);
    w.f.sdk.terms().object(SPONSOR, w.f.forum, TermsFixture.SPONSOR, w.amendment, "not yet");
    w.f.sdk.terms().propose(w.f.member(0), w.f.forum, w.amendment);
    ForumTerms open = w.f.sdk.terms().get(SPONSOR, w.f.forum);
    assertThat(open.versions().get(1).objections())
        .extracting(o -> o.party())
        .containsExactly(TermsFixture.SPONSOR);
    assertThat(w.f.sdk.terms().get(w.f.member(2), w.f.forum).versions().get(1).objections())
        .hasSize(2);
    assertThat(w.f.sdk.terms().inForce(SPONSOR, w.f.forum)).isPresent();
    assertThat(Optional.of(open.versions().get(0)))
        .isEqualTo(w.f.sdk.terms().inForce(SPONSOR, w.f.forum));
  }
}

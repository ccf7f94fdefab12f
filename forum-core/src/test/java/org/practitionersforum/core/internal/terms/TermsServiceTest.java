// Longer than 500 lines because one test class per service: every rule TR-1 to TR-6 with its
// refusals, in the order of the brief.
package org.practitionersforum.core.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.event.TermsInForce;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;

class TermsServiceTest {
  private final TermsFixture f = new TermsFixture(4, 2);

  private TermsVersion version(int number) {
    return f.storedTerms().orElseThrow().byNumber(number).orElseThrow();
  }

  private static TermsContent amended() {
    return TermsContent.builder().from(TermsFixture.template()).quorum(4).build();
  }

  // TR-2 -----------------------------------------------------------------------------------------

  @Test
  void thePartiesAreComputedFromTheForumMembersFacilitatorAndSponsor() {
    f.sdk.forums().startFacilitation(f.member(0), f.forum, TermsFixture.FACILITATOR);
    assertThat(f.sdk.terms().parties(f.member(0), f.forum))
        .containsEntry(f.members.get(0).asPerson(), PartyRole.MEMBER)
        .containsEntry(TermsFixture.FACILITATOR, PartyRole.FACILITATOR)
        .containsEntry(TermsFixture.SPONSOR, PartyRole.SPONSOR)
        .hasSize(6);
  }

  @Test
  void aVersionComesIntoForceOnlyWhenEveryPartyHasAgreed() {
    ContentHash hash = f.open(TermsFixture.template());
    for (PractitionerId m : f.members) {
      f.sdk.terms().agree(Actor.practitioner(m), f.forum, m.asPerson(), hash);
    }
    assertThat(version(1).status()).isEqualTo(TermsStatus.OPEN);
    assertThat(f.sdk.terms().awaiting(f.member(0), f.forum)).containsExactly(TermsFixture.SPONSOR);
    f.sdk.terms().agree(Actor.manager(TermsFixture.SPONSOR), f.forum, TermsFixture.SPONSOR, hash);
    assertThat(version(1).status()).isEqualTo(TermsStatus.IN_FORCE);
    assertThat(f.events).filteredOn(e -> e instanceof TermsInForce).hasSize(1);
  }

  @Test
  void theFacilitatorMustAgreeWhileFacilitationIsOngoing() {
    f.sdk.forums().startFacilitation(f.member(0), f.forum, TermsFixture.FACILITATOR);
    ContentHash hash = f.open(TermsFixture.template());
    for (PractitionerId m : f.members) {
      f.sdk.terms().agree(Actor.practitioner(m), f.forum, m.asPerson(), hash);
    }
    f.sdk.terms().agree(Actor.manager(TermsFixture.SPONSOR), f.forum, TermsFixture.SPONSOR, hash);
    assertThat(version(1).status()).isEqualTo(TermsStatus.OPEN);
    f.sdk.forums().endFacilitation(f.member(1), f.forum, "we run ourselves now");
    assertThat(version(1).status()).isEqualTo(TermsStatus.IN_FORCE);
  }

  @Test
  void aVersionCannotBeOpenedForAgreementUntilTheForumHasASponsor() {
    TermsFixture unsponsored =
        new TermsFixture(4, 0, Clock.fixed(TermsFixture.NOW, ZoneOffset.UTC), false);
    unsponsored
        .sdk
        .terms()
        .draft(unsponsored.member(0), unsponsored.forum, TermsFixture.template());
    ContentHash hash = ContentHash.of(TermsFixture.template());
    assertRefused(
        () -> unsponsored.sdk.terms().propose(unsponsored.member(0), unsponsored.forum, hash),
        ViolationCode.PARTIES_INCOMPLETE);
    unsponsored
        .sdk
        .forums()
        .nameSponsor(unsponsored.member(0), unsponsored.forum, TermsFixture.SPONSOR);
    unsponsored.sdk.terms().propose(unsponsored.member(0), unsponsored.forum, hash);
    assertThat(unsponsored.sdk.terms().awaiting(unsponsored.member(0), unsponsored.forum))
        .contains(TermsFixture.SPONSOR)
        .hasSize(5);
  }

  @Test
  void aNewSponsorNamedWhileOpenMustAgreeToo() {
    ContentHash hash = f.open(TermsFixture.template());
    f.allAgree(hash);
    ContentHash next = f.open(amended());
    for (PractitionerId m : f.members) {
      f.sdk.terms().agree(Actor.practitioner(m), f.forum, m.asPerson(), next);
    }
    PersonId newSponsor = PersonId.of("sponsor-2");
    f.sdk.forums().nameSponsor(f.member(0), f.forum, newSponsor);
    assertThat(version(2).status()).isEqualTo(TermsStatus.OPEN);
    f.sdk.terms().agree(Actor.manager(newSponsor), f.forum, newSponsor, next);
    assertThat(version(2).status()).isEqualTo(TermsStatus.IN_FORCE);
  }

  @Test
  void aMemberLeavingWhileOpenNoLongerCountsAndTheVersionComesIntoForce() {
    ContentHash hash = f.open(TermsFixture.template());
    f.sdk.terms().agree(Actor.manager(TermsFixture.SPONSOR), f.forum, TermsFixture.SPONSOR, hash);
    for (int i = 0; i < 3; i++) {
      f.sdk.terms().agree(f.member(i), f.forum, f.members.get(i).asPerson(), hash);
    }
    assertThat(version(1).status()).isEqualTo(TermsStatus.OPEN);
    f.sdk.forums().leave(f.member(3), f.forum, f.members.get(3));
    assertThat(version(1).status()).isEqualTo(TermsStatus.IN_FORCE);
  }

  @Test
  void aPractitionerJoiningWhileOpenMustAgreeToo() {
    ContentHash hash = f.open(TermsFixture.template());
    PractitionerId newcomer = f.volunteers.get(0);
    f.sdk.forums().join(Actor.practitioner(newcomer), f.forum, newcomer);
    f.allAgree(hash);
    assertThat(version(1).agreedBy(newcomer.asPerson())).isTrue();
    assertThat(version(1).status()).isEqualTo(TermsStatus.IN_FORCE);
  }

  @Test
  void aNewcomerJoiningWhileOpenHoldsBackAVersionUntilTheyAgree() {
    ContentHash hash = f.open(TermsFixture.template());
    f.sdk.terms().agree(Actor.manager(TermsFixture.SPONSOR), f.forum, TermsFixture.SPONSOR, hash);
    for (int i = 0; i < 3; i++) {
      f.sdk.terms().agree(f.member(i), f.forum, f.members.get(i).asPerson(), hash);
    }
    PractitionerId newcomer = f.volunteers.get(0);
    f.sdk.forums().join(Actor.practitioner(newcomer), f.forum, newcomer);
    f.sdk.terms().agree(f.member(3), f.forum, f.members.get(3).asPerson(), hash);
    assertThat(version(1).status()).isEqualTo(TermsStatus.OPEN);
    f.sdk.terms().agree(Actor.practitioner(newcomer), f.forum, newcomer.asPerson(), hash);
    assertThat(version(1).status()).isEqualTo(TermsStatus.IN_FORCE);
  }

  // TR-3 -----------------------------------------------------------------------------------------

  @Test
  void everyAgreementCarriesTheHashOfItsVersion() {
    ContentHash hash = f.inForce();
    assertThat(version(1).agreements())
        .hasSize(5)
        .allSatisfy(
            a -> {
              assertThat(a.hash()).isEqualTo(hash);
              assertThat(a.version()).isEqualTo(1);
            });
    assertThat(hash.matches(version(1).content())).isTrue();
  }

  @Test
  void receiptsVerifyAgainstTheStoredVersionAndForgedOnesDoNot() {
    ContentHash hash = f.open(TermsFixture.template());
    AgreementReceipt receipt =
        f.sdk.terms().agree(f.member(0), f.forum, f.members.get(0).asPerson(), hash);
    assertThat(receipt.hash()).isEqualTo(hash);
    assertThat(receipt.role()).isEqualTo(PartyRole.MEMBER);
    assertThat(receipt.agreedAt()).isEqualTo(TermsFixture.NOW);
    assertThat(f.sdk.terms().verify(Actor.system(), receipt)).isTrue();
    AgreementReceipt otherParty =
        AgreementReceipt.builder().from(receipt).party(PersonId.of("p-1")).build();
    AgreementReceipt otherHash =
        AgreementReceipt.builder().from(receipt).hash(ContentHash.of(amended())).build();
    AgreementReceipt otherVersion = AgreementReceipt.builder().from(receipt).version(2).build();
    assertThat(f.sdk.terms().verify(Actor.system(), otherParty)).isFalse();
    assertThat(f.sdk.terms().verify(Actor.system(), otherHash)).isFalse();
    assertThat(f.sdk.terms().verify(Actor.system(), otherVersion)).isFalse();
  }

  @Test
  void anEditedTextNeverInheritsEarlierAgreements() {
    ContentHash first = f.open(TermsFixture.template());
    f.sdk.terms().agree(f.member(0), f.forum, f.members.get(0).asPerson(), first);
    ContentHash second = f.open(amended());
    assertThat(version(1).status()).isEqualTo(TermsStatus.WITHDRAWN);
    assertThat(version(2).agreements()).isEmpty();
    assertThat(second).isNotEqualTo(first);
  }

  // TR-4 -----------------------------------------------------------------------------------------

  @Test
  void aForumCannotBecomeActiveWithoutTermsInForce() {
    assertThatThrownBy(
            () -> f.sdk.forums().transition(f.member(0), f.forum, ForumState.ACTIVE, "ready"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.has(ViolationCode.TERMS_NOT_IN_FORCE)).isTrue());
    f.inForce();
    Forum active = f.sdk.forums().transition(f.member(0), f.forum, ForumState.ACTIVE, "ready");
    assertThat(active.state()).isEqualTo(ForumState.ACTIVE);
  }

  @Test
  void onceTermsAreInForceANewcomerJoinsOnlyByAgreeingThem() {
    ContentHash hash = f.inForce();
    PractitionerId newcomer = f.volunteers.get(0);
    Forum before = f.storedForum();
    assertThatThrownBy(() -> f.sdk.forums().join(Actor.practitioner(newcomer), f.forum, newcomer))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.has(ViolationCode.TERMS_NOT_AGREED)).isTrue());
    assertThatThrownBy(
            () ->
                f.sdk
                    .terms()
                    .joinAgreeing(
                        Actor.practitioner(newcomer), f.forum, newcomer, ContentHash.of(amended())))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.has(ViolationCode.TERMS_NOT_AGREED)).isTrue());
    assertThatThrownBy(() -> f.sdk.terms().joinAgreeing(f.member(0), f.forum, newcomer, hash))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class, e -> assertThat(e.rule()).isEqualTo("FR-2"));
    assertThat(f.storedForum()).isEqualTo(before);

    AgreementReceipt receipt =
        f.sdk.terms().joinAgreeing(Actor.practitioner(newcomer), f.forum, newcomer, hash);
    assertThat(f.storedForum().isMember(newcomer)).isTrue();
    assertThat(receipt.hash()).isEqualTo(hash);
    assertThat(version(1).agreedBy(newcomer.asPerson())).isTrue();
    assertThat(f.sdk.terms().verify(Actor.system(), receipt)).isTrue();
  }

  @Test
  void aMemberWhoLeavesAndRejoinsKeepsTheirOneAgreementOfTheVersionInForce() {
    ContentHash hash = f.inForce();
    PractitionerId member = f.members.get(0);
    f.sdk.forums().leave(Actor.practitioner(member), f.forum, member);
    AgreementReceipt receipt =
        f.sdk.terms().joinAgreeing(Actor.practitioner(member), f.forum, member, hash);
    assertThat(f.storedForum().isMember(member)).isTrue();
    assertThat(version(1).agreements())
        .filteredOn(a -> a.party().equals(member.asPerson()))
        .hasSize(1);
    assertThat(f.sdk.terms().verify(Actor.system(), receipt)).isTrue();
  }

  @Test
  void joiningByAgreementClosesAnOpenInvitation() {
    ContentHash hash = f.inForce();
    PractitionerId invitee = f.volunteers.get(1);
    f.sdk.forums().invite(f.member(0), f.forum, invitee);
    f.sdk.terms().joinAgreeing(Actor.practitioner(invitee), f.forum, invitee, hash);
    assertThat(f.storedForum().invitations()).isEmpty();
    assertThat(f.storedForum().isMember(invitee)).isTrue();
  }

  // TR-5 -----------------------------------------------------------------------------------------

  @Test
  void anObjectionIsRecordedAndReturnsTheVersionToDraftAndANewProposalRestartsAgreement() {
    ContentHash hash = f.open(TermsFixture.template());
    f.sdk.terms().agree(f.member(0), f.forum, f.members.get(0).asPerson(), hash);
    ForumTerms objected =
        f.sdk
            .terms()
            .object(
                f.member(1),
                f.forum,
                f.members.get(1).asPerson(),
                hash,
                "the attendance rule is too strict");
    TermsVersion v = objected.byNumber(1).orElseThrow();
    assertThat(v.status()).isEqualTo(TermsStatus.DRAFT);
    assertThat(v.objections())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.reason()).isEqualTo("the attendance rule is too strict");
              assertThat(o.hash()).isEqualTo(hash);
            });
    f.sdk.terms().propose(f.member(0), f.forum, hash);
    assertThat(version(1).round()).isEqualTo(2);
    assertThat(version(1).agreedBy(f.members.get(0).asPerson())).isFalse();
    assertThat(version(1).agreements()).hasSize(1);
    f.allAgree(hash);
    assertThat(version(1).status()).isEqualTo(TermsStatus.IN_FORCE);
  }

  @Test
  void theOldVersionStaysInForceUntilTheAmendmentIsAgreed() {
    f.inForce();
    ContentHash next = f.open(amended());
    assertThat(version(1).status()).isEqualTo(TermsStatus.IN_FORCE);
    assertThat(version(2).status()).isEqualTo(TermsStatus.OPEN);
    f.allAgree(next);
    assertThat(version(1).status()).isEqualTo(TermsStatus.SUPERSEDED);
    assertThat(version(2).status()).isEqualTo(TermsStatus.IN_FORCE);
  }

  @Test
  void aDraftIdenticalToTheVersionInForceIsRefused() {
    f.inForce();
    ForumTerms before = f.storedTerms().orElseThrow();
    assertRefused(
        () -> f.sdk.terms().draft(f.member(0), f.forum, TermsFixture.template()),
        ViolationCode.TERMS_UNCHANGED);
    assertThat(f.storedTerms()).contains(before);
  }

  // TR-6 and who may act -------------------------------------------------------------------------

  @Test
  void managersAdministratorsAndOutsidersCannotCreateOrEditTerms() {
    assertDenied(
        () ->
            f.sdk
                .terms()
                .draft(Actor.manager(TermsFixture.SPONSOR), f.forum, TermsFixture.template()),
        "TR-6");
    assertDenied(
        () ->
            f.sdk
                .terms()
                .draft(Actor.administrator(TermsFixture.ADMIN), f.forum, TermsFixture.template()),
        "TR-6");
    assertDenied(
        () ->
            f.sdk
                .terms()
                .draft(Actor.practitioner(f.volunteers.get(0)), f.forum, TermsFixture.template()),
        "TR-6");
    assertThat(f.storedTerms()).isEmpty();
    ContentHash hash = f.open(TermsFixture.template());
    f.sdk.terms().object(f.member(0), f.forum, f.members.get(0).asPerson(), hash, "not yet");
    ForumTerms before = f.storedTerms().orElseThrow();
    assertDenied(
        () -> f.sdk.terms().propose(Actor.manager(TermsFixture.SPONSOR), f.forum, hash), "TR-6");
    assertDenied(
        () -> f.sdk.terms().draft(Actor.manager(TermsFixture.SPONSOR), f.forum, amended()), "TR-6");
    assertThat(f.storedTerms()).contains(before);
  }

  @Test
  void theFacilitatorMayDraftAndPropose() {
    f.sdk.forums().startFacilitation(f.member(0), f.forum, TermsFixture.FACILITATOR);
    Actor facilitator = Actor.facilitator(TermsFixture.FACILITATOR);
    f.sdk.terms().draft(facilitator, f.forum, TermsFixture.template());
    ForumTerms open =
        f.sdk.terms().propose(facilitator, f.forum, ContentHash.of(TermsFixture.template()));
    assertThat(open.pending().orElseThrow().status()).isEqualTo(TermsStatus.OPEN);
  }

  // Bad input: typed errors naming the rule, stored state unchanged (SEC-4) -----------------------

  @Test
  void agreeingTwiceIsRefused() {
    ContentHash hash = f.open(TermsFixture.template());
    f.sdk.terms().agree(f.member(0), f.forum, f.members.get(0).asPerson(), hash);
    assertUnchangedAfter(
        () -> f.sdk.terms().agree(f.member(0), f.forum, f.members.get(0).asPerson(), hash),
        e -> assertThat(((RuleViolationException) e).has(ViolationCode.ALREADY_AGREED)).isTrue());
  }

  @Test
  void agreeingTheVersionInForceAgainIsRefused() {
    ContentHash hash = f.inForce();
    assertUnchangedAfter(
        () -> f.sdk.terms().agree(f.member(2), f.forum, f.members.get(2).asPerson(), hash),
        e -> assertThat(((RuleViolationException) e).has(ViolationCode.ALREADY_AGREED)).isTrue());
  }

  @Test
  void agreeingADraftIsRefused() {
    f.sdk.terms().draft(f.member(0), f.forum, TermsFixture.template());
    ContentHash hash = ContentHash.of(TermsFixture.template());
    assertUnchangedAfter(
        () -> f.sdk.terms().agree(f.member(0), f.forum, f.members.get(0).asPerson(), hash),
        e -> assertThat(((RuleViolationException) e).has(ViolationCode.VERSION_NOT_OPEN)).isTrue());
  }

  @Test
  void agreeingASupersededVersionIsRefused() {
    ContentHash old = f.inForce();
    f.allAgree(f.open(amended()));
    assertThat(version(1).status()).isEqualTo(TermsStatus.SUPERSEDED);
    PractitionerId newcomer = f.volunteers.get(0);
    f.sdk
        .terms()
        .joinAgreeing(Actor.practitioner(newcomer), f.forum, newcomer, ContentHash.of(amended()));
    assertUnchangedAfter(
        () -> f.sdk.terms().agree(Actor.practitioner(newcomer), f.forum, newcomer.asPerson(), old),
        e -> assertThat(((RuleViolationException) e).has(ViolationCode.VERSION_NOT_OPEN)).isTrue());
  }

  @Test
  void agreeingAnUnknownHashIsRefused() {
    f.open(TermsFixture.template());
    assertUnchangedAfter(
        () ->
            f.sdk
                .terms()
                .agree(
                    f.member(0), f.forum, f.members.get(0).asPerson(), ContentHash.of(amended())),
        e ->
            assertThat(((RuleViolationException) e).has(ViolationCode.UNKNOWN_CONTENT_HASH))
                .isTrue());
  }

  @Test
  void agreeingOnSomeoneElsesBehalfIsRefused() {
    ContentHash hash = f.open(TermsFixture.template());
    assertUnchangedAfter(
        () -> f.sdk.terms().agree(f.member(0), f.forum, f.members.get(1).asPerson(), hash),
        e -> assertThat(((PermissionDeniedException) e).rule()).isEqualTo("TR-2"));
    assertUnchangedAfter(
        () ->
            f.sdk
                .terms()
                .agree(Actor.administrator(TermsFixture.ADMIN), f.forum, TermsFixture.ADMIN, hash),
        e -> assertThat(((PermissionDeniedException) e).rule()).isEqualTo("TR-2"));
    assertUnchangedAfter(
        () ->
            f.sdk
                .terms()
                .agree(
                    Actor.practitioner(TermsFixture.SPONSOR.asPractitioner()),
                    f.forum,
                    TermsFixture.SPONSOR,
                    hash),
        e -> assertThat(((PermissionDeniedException) e).rule()).isEqualTo("TR-2"));
  }

  @Test
  void agreeingAsSomeoneWhoIsNotAPartyIsRefused() {
    ContentHash hash = f.open(TermsFixture.template());
    PractitionerId outsider = f.volunteers.get(0);
    assertUnchangedAfter(
        () -> f.sdk.terms().agree(Actor.practitioner(outsider), f.forum, outsider.asPerson(), hash),
        e -> assertThat(((RuleViolationException) e).has(ViolationCode.NOT_A_PARTY)).isTrue());
  }

  @Test
  void objectingWithoutAReasonIsRefused() {
    ContentHash hash = f.open(TermsFixture.template());
    for (String blank : new String[] {null, "", "  ", "\n\t"}) {
      assertUnchangedAfter(
          () ->
              f.sdk.terms().object(f.member(0), f.forum, f.members.get(0).asPerson(), hash, blank),
          e ->
              assertThat(((RuleViolationException) e).has(ViolationCode.OBJECTION_REASON_REQUIRED))
                  .isTrue());
    }
  }

  @Test
  void objectingToADraftOrToTheVersionInForceIsRefused() {
    ContentHash hash = f.inForce();
    assertUnchangedAfter(
        () -> f.sdk.terms().object(f.member(0), f.forum, f.members.get(0).asPerson(), hash, "no"),
        e -> assertThat(((RuleViolationException) e).has(ViolationCode.VERSION_NOT_OPEN)).isTrue());
  }

  @Test
  void aManagerEditingTermsIsRefusedAndNothingChanges() {
    f.open(TermsFixture.template());
    assertUnchangedAfter(
        () -> f.sdk.terms().draft(Actor.manager(TermsFixture.SPONSOR), f.forum, amended()),
        e -> assertThat(((PermissionDeniedException) e).rule()).isEqualTo("TR-6"));
  }

  @Test
  void proposingSomethingOtherThanADraftIsRefused() {
    ContentHash hash = f.open(TermsFixture.template());
    assertUnchangedAfter(
        () -> f.sdk.terms().propose(f.member(0), f.forum, hash),
        e ->
            assertThat(((RuleViolationException) e).has(ViolationCode.VERSION_NOT_DRAFT)).isTrue());
  }

  @Test
  void missingArgumentsAreInvalidInput() {
    assertThatThrownBy(() -> f.sdk.terms().draft(f.member(0), f.forum, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> f.sdk.terms().agree(f.member(0), f.forum, null, null))
        .isInstanceOf(InvalidInputException.class);
    assertThat(f.storedTerms()).isEmpty();
    assertThatThrownBy(() -> f.sdk.terms().get(f.member(0), f.forum))
        .isInstanceOf(NotFoundException.class);
  }

  // Visibility and review ------------------------------------------------------------------------

  @Test
  void aManagerSeesTheTermsButNotWhoObjected() {
    ContentHash hash = f.open(TermsFixture.template());
    f.sdk.terms().object(f.member(1), f.forum, f.members.get(1).asPerson(), hash, "too strict");
    // SEC-1: the objection sent the version back to draft, and a manager sees no draft material.
    Actor sponsor = Actor.manager(TermsFixture.SPONSOR);
    assertThat(f.sdk.terms().get(sponsor, f.forum).versions()).isEmpty();
    f.sdk.terms().propose(f.member(0), f.forum, hash);
    ForumTerms managerView = f.sdk.terms().get(sponsor, f.forum);
    assertThat(managerView.byNumber(1).orElseThrow().objections()).isEmpty();
    assertThat(f.sdk.terms().get(f.member(0), f.forum).byNumber(1).orElseThrow().objections())
        .hasSize(1);
    assertDenied(
        () -> f.sdk.terms().get(Actor.manager(PersonId.of("other-manager")), f.forum), "SEC-1");
  }

  @Test
  void termsPastTheirReviewDateAreFlaggedToMembers() {
    f.inForce();
    assertThat(f.sdk.terms().reviewDue(f.member(0), f.forum)).isFalse();
    TermsFixture later =
        new TermsFixture(4, 0, Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC));
    later.inForce();
    assertThat(later.sdk.terms().reviewDue(later.member(0), later.forum)).isTrue();
  }

  @Test
  void toStringOfTheTermsShowsNoTextAndNoPerson() {
    ContentHash hash = f.open(TermsFixture.template());
    f.sdk
        .terms()
        .object(f.member(1), f.forum, f.members.get(1).asPerson(), hash, "confidential reason");
    String shown = f.storedTerms().orElseThrow().toString();
    assertThat(shown)
        .doesNotContain("confidential reason")
        .doesNotContain("p-1")
        .doesNotContain("stays in the forum");
  }

  private void assertUnchangedAfter(Runnable command, Consumer<ForumException> check) {
    Optional<ForumTerms> terms = f.storedTerms();
    Forum forum = f.storedForum();
    int events = f.events.size();
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(
            ForumException.class,
            e -> {
              check.accept(e);
              assertThat(e.getMessage()).matches("(TR|FR|SEC)-\\d.*");
            });
    assertThat(f.storedTerms()).isEqualTo(terms);
    assertThat(f.storedForum()).isEqualTo(forum);
    assertThat(f.events).hasSize(events);
  }

  private static void assertRefused(Runnable command, ViolationCode code) {
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(e.has(code)).isTrue());
  }

  private static void assertDenied(Runnable command, String rule) {
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(
            PermissionDeniedException.class, e -> assertThat(e.rule()).isEqualTo(rule));
  }
}

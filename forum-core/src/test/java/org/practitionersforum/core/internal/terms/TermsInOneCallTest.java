package org.practitionersforum.core.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.TermsDrafted;
import org.practitionersforum.api.event.TermsProposed;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * The one-call forms of the terms service: {@code proposeDraft} (draft, hash and propose in one
 * unit of work) and {@code agreeAsParty} (the actor worked out from the party's role).
 */
class TermsInOneCallTest {
  private final TermsFixture f = new TermsFixture(4, 2);

  private static TermsContent amended() {
    return TermsContent.builder().from(TermsFixture.template()).quorum(4).build();
  }

  @Test
  void proposeDraftOpensTheContentUnderItsHashInOneStep() {
    ForumTerms terms = f.sdk.terms().proposeDraft(f.member(0), f.forum, TermsFixture.template());

    TermsVersion open = terms.pending().orElseThrow();
    assertThat(open.status()).isEqualTo(TermsStatus.OPEN);
    assertThat(open.hash()).isEqualTo(ContentHash.of(TermsFixture.template()));
    assertThat(f.storedTerms()).contains(terms);
    assertThat(f.events.subList(f.events.size() - 2, f.events.size()))
        .hasExactlyElementsOfTypes(TermsDrafted.class, TermsProposed.class);
    assertThat(f.sdk.terms().awaiting(f.member(0), f.forum)).hasSize(5);
  }

  @Test
  void proposeDraftThatCannotBeProposedStoresNoDraftEither() {
    TermsFixture unsponsored =
        new TermsFixture(4, 0, Clock.fixed(TermsFixture.NOW, ZoneOffset.UTC), false);
    int events = unsponsored.events.size();
    Forum forum = unsponsored.storedForum();

    assertThatThrownBy(
            () ->
                unsponsored
                    .sdk
                    .terms()
                    .proposeDraft(
                        unsponsored.member(0), unsponsored.forum, TermsFixture.template()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.has(ViolationCode.PARTIES_INCOMPLETE)).isTrue());

    assertThat(unsponsored.storedTerms()).isEmpty();
    assertThat(unsponsored.storedForum()).isEqualTo(forum);
    assertThat(unsponsored.events).hasSize(events);
  }

  @Test
  void proposeDraftIsRefusedToAManagerAsDraftIs() {
    assertThatThrownBy(
            () ->
                f.sdk
                    .terms()
                    .proposeDraft(
                        Actor.manager(TermsFixture.SPONSOR), f.forum, TermsFixture.template()))
        .hasMessageStartingWith("TR-6");
    assertThat(f.storedTerms()).isEmpty();
  }

  @Test
  void agreeAsPartyActsForEachPartyInTheirRoleAndBringsTheVersionIntoForce() {
    f.sdk.forums().startFacilitation(f.member(0), f.forum, TermsFixture.FACILITATOR);
    ContentHash hash = ContentHash.of(TermsFixture.template());
    f.sdk.terms().proposeDraft(f.member(0), f.forum, TermsFixture.template());
    Map<PersonId, PartyRole> parties = f.sdk.terms().parties(Actor.system(), f.forum);
    assertThat(parties.values()).contains(PartyRole.FACILITATOR, PartyRole.SPONSOR);

    List<AgreementReceipt> receipts = new ArrayList<>();
    for (PersonId party : parties.keySet()) {
      receipts.add(f.sdk.terms().agreeAsParty(f.forum, party, hash));
    }

    for (AgreementReceipt receipt : receipts) {
      assertThat(receipt.role()).isEqualTo(parties.get(receipt.party()));
      assertThat(receipt.hash()).isEqualTo(hash);
      assertThat(f.sdk.terms().verify(Actor.system(), receipt)).isTrue();
    }
    assertThat(f.storedTerms().orElseThrow().inForce().map(TermsVersion::hash)).contains(hash);
  }

  @Test
  void eachRoleActsAsTheMatchingActor() {
    PersonId person = PersonId.of("person-1");
    assertThat(PartyRole.MEMBER.actor(person).role()).isEqualTo(Role.PRACTITIONER);
    assertThat(PartyRole.FACILITATOR.actor(person).role()).isEqualTo(Role.FACILITATOR);
    assertThat(PartyRole.SPONSOR.actor(person).role()).isEqualTo(Role.MANAGER);
    for (PartyRole role : PartyRole.values()) {
      assertThat(role.actor(person).person()).isEqualTo(person);
    }
  }

  @Test
  void agreeAsPartyRefusesSomeoneWhoIsNotAPartyAndStoresNothing() {
    ContentHash hash = ContentHash.of(TermsFixture.template());
    f.sdk.terms().proposeDraft(f.member(0), f.forum, TermsFixture.template());
    Optional<ForumTerms> before = f.storedTerms();
    int events = f.events.size();

    for (PersonId stranger :
        List.of(f.volunteers.get(0).asPerson(), TermsFixture.FACILITATOR, TermsFixture.ADMIN)) {
      assertThatThrownBy(() -> f.sdk.terms().agreeAsParty(f.forum, stranger, hash))
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e -> assertThat(e.has(ViolationCode.NOT_A_PARTY)).isTrue())
          .hasMessageStartingWith("TR-2");
    }
    assertThatThrownBy(
            () ->
                f.sdk.terms().agreeAsParty(ForumId.of("no-such-forum"), TermsFixture.SPONSOR, hash))
        .isInstanceOf(NotFoundException.class);

    assertThat(f.storedTerms()).isEqualTo(before);
    assertThat(f.events).hasSize(events);
  }

  @Test
  void agreeAsPartyToAStaleVersionIsRefusedAndNeverCountsForTheNewOne() {
    ContentHash stale = ContentHash.of(TermsFixture.template());
    f.sdk.terms().proposeDraft(f.member(0), f.forum, TermsFixture.template());
    ContentHash current = ContentHash.of(amended());
    f.sdk.terms().proposeDraft(f.member(1), f.forum, amended());
    Optional<ForumTerms> before = f.storedTerms();
    List<ForumEvent> events = List.copyOf(f.events);
    PersonId member = f.members.get(2).asPerson();

    assertThatThrownBy(() -> f.sdk.terms().agreeAsParty(f.forum, member, stale))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.has(ViolationCode.VERSION_NOT_OPEN)).isTrue());

    assertThat(f.storedTerms()).isEqualTo(before);
    assertThat(f.events).isEqualTo(events);
    ForumTerms terms = f.storedTerms().orElseThrow();
    assertThat(terms.byNumber(1).orElseThrow().status()).isEqualTo(TermsStatus.WITHDRAWN);
    assertThat(terms.byNumber(2).orElseThrow().agreedBy(member)).isFalse();
    AgreementReceipt receipt = f.sdk.terms().agreeAsParty(f.forum, member, current);
    assertThat(receipt.version()).isEqualTo(2);
    assertThat(receipt.hash()).isEqualTo(current);
  }
}

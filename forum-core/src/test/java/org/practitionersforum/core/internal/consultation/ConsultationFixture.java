package org.practitionersforum.core.internal.consultation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.Purpose;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundRequest;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/**
 * Three forums of one organisation on the in-memory store with a settable clock: forum-1 (members
 * p-0 to p-3) and forum-2 (p-4 to p-7) with terms in force, forum-3 (p-8 to p-11) without.
 */
final class ConsultationFixture {
  static final PersonId MANAGER = PersonId.of("manager-1");
  static final PersonId OTHER_MANAGER = PersonId.of("manager-2");
  static final RoundId ROUND = RoundId.of("round-1");

  final TestClock clock = new TestClock(TermsFixture.NOW);
  final TermsFixture f;
  final ForumSdk sdk;
  final ForumId forum1;
  final ForumId forum2 = ForumId.of("forum-2");
  final ForumId forum3 = ForumId.of("forum-3");
  final Actor manager = Actor.manager(MANAGER);

  ConsultationFixture() {
    this(b -> b);
  }

  ConsultationFixture(UnaryOperator<ForumSdk.Builder> customiser) {
    f = new TermsFixture(4, 8, clock, true, customiser);
    sdk = f.sdk;
    forum1 = f.forum;
    f.inForce();
    propose(forum2, f.volunteers.subList(0, 4));
    propose(forum3, f.volunteers.subList(4, 8));
    TermsContent text = TermsFixture.template();
    ContentHash hash = ContentHash.of(text);
    Actor first = member(forum2, 0);
    sdk.terms().draft(first, forum2, text);
    sdk.terms().propose(first, forum2, hash);
    sdk.terms()
        .parties(Actor.system(), forum2)
        .forEach((p, role) -> sdk.terms().agree(TermsFixture.actorFor(p, role), forum2, p, hash));
  }

  private void propose(ForumId id, List<PractitionerId> members) {
    sdk.forums()
        .propose(
            Actor.administrator(TermsFixture.ADMIN),
            ForumProposal.builder()
                .id(id)
                .name("Forum " + id.value())
                .organisation(TermsFixture.ORG)
                .base(TermsFixture.BASE)
                .locality(TermsFixture.LOCALITY)
                .composition(
                    Composition.builder()
                        .disciplineMix(Composition.Mix.MULTI)
                        .specialismMix(Composition.Mix.SINGLE)
                        .specialism(org.practitionersforum.api.practitioner.Specialism.ADULTS)
                        .focus(Composition.Focus.ORGANISATION)
                        .build())
                .sponsor(Optional.of(TermsFixture.SPONSOR))
                .build());
    for (PractitionerId m : members) {
      sdk.forums().join(Actor.practitioner(m), id, m);
    }
  }

  /** The members of a forum, in order. */
  List<PractitionerId> members(ForumId forum) {
    if (forum.equals(forum1)) {
      return f.members;
    }
    return forum.equals(forum2) ? f.volunteers.subList(0, 4) : f.volunteers.subList(4, 8);
  }

  Actor member(ForumId forum, int i) {
    return Actor.practitioner(members(forum).get(i));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** A request for a four-week round from today, inviting forum-1 and forum-2. */
  RoundRequest.Builder request() {
    RoundRequest.Builder b = RoundRequest.builder();
    b.id(ROUND)
        .organisation(TermsFixture.ORG)
        .topic("Duty rota for the winter")
        .purpose(Purpose.PLANNING)
        .addQuestions("What would make the rota fairer?", "What should we stop doing?")
        .addInvitedForums(forum1, forum2)
        .opensOn(today())
        .closesOn(today().plusDays(28))
        .formative(true);
    return b;
  }

  ConsultationRound open() {
    return sdk.consultations().open(manager, request().build());
  }

  static ResponseContent content(int recommendations) {
    return ResponseContent.of(
        "We discussed the rota at two consultative sessions.",
        java.util.stream.IntStream.rangeClosed(1, recommendations)
            .mapToObj(i -> "Recommendation number " + i + ": keep Fridays free of visits.")
            .toList());
  }

  /** Drafts a forum's response and has every member agree it. */
  ConsultationRound answer(ForumId forum, ResponseContent content) {
    sdk.consultations().respond(member(forum, 0), ROUND, forum, content);
    ConsultationRound last = null;
    for (int i = 0; i < members(forum).size(); i++) {
      last = sdk.consultations().agree(member(forum, i), ROUND, forum, content.hash());
    }
    return last;
  }

  /** Moves the clock past the round's close date. */
  void pastClose() {
    clock.advance(Duration.ofDays(29));
  }

  /** The round as stored, unfiltered. */
  ConsultationRound stored() {
    return f.storage
        .inTransaction(
            tx ->
                ((org.practitionersforum.api.spi.ConsultationTransaction) tx)
                    .consultations()
                    .find(ROUND))
        .orElseThrow();
  }
}

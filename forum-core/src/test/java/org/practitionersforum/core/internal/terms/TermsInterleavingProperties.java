package org.practitionersforum.core.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * TR-2, TR-3, TR-5 over random interleavings of agreements, amendments, proposals, objections,
 * joins and departures. After every step: a version that came into force in that step has an
 * agreement of its current round, with its exact hash, from every party concerned at that moment;
 * no agreement carries another version's hash; at most one version is in force; and a refused
 * command changed nothing.
 */
class TermsInterleavingProperties {
  private static final int COMMANDS = 12;
  private static final AtomicInteger CAME_INTO_FORCE = new AtomicInteger();

  @Test
  void agreementNeverAttachesToTheWrongVersionNorLeavesAVersionAgreedWithoutEveryParty() {
    qt().withExamples(200)
        .withShrinkCycles(200)
        .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 60))
        .checkAssert(TermsInterleavingProperties::run);
    assertThat(CAME_INTO_FORCE.get())
        .as("the generated scripts bring versions into force")
        .isGreaterThan(10);
  }

  private static void run(List<Integer> script) {
    TermsFixture f = new TermsFixture(4, 4);
    List<TermsContent> texts = new ArrayList<>();
    TermsContent base = TermsFixture.template();
    for (int i = 0; i < 4; i++) {
      texts.add(TermsContent.builder().from(base).quorum(i + 1).build());
    }
    for (int code : script) {
      Optional<ForumTerms> before = f.storedTerms();
      Forum forumBefore = f.storedForum();
      try {
        step(f, texts, code % COMMANDS, code / COMMANDS);
      } catch (ForumException refused) {
        assertThat(f.storedTerms()).as("a refused command changes no terms").isEqualTo(before);
        assertThat(f.storedForum()).as("a refused command changes no forum").isEqualTo(forumBefore);
      }
      check(f, before);
    }
  }

  private static void step(TermsFixture f, List<TermsContent> texts, int command, int arg) {
    Forum forum = f.storedForum();
    List<PractitionerId> everyone = new ArrayList<>(f.members);
    everyone.addAll(f.volunteers);
    PractitionerId someone = everyone.get(arg % everyone.size());
    Optional<ForumTerms> terms = f.storedTerms();
    ContentHash anyHash = ContentHash.of(texts.get(arg % texts.size()));
    switch (command) {
      case 0, 1, 2, 3, 10, 11 -> {
        // agree: mostly a party still awaited, with the pending hash; otherwise anyone (party or
        // not) with the pending hash, the in-force hash, or any text's hash
        Map<PersonId, PartyRole> parties = Parties.of(forum);
        Optional<TermsVersion> pending = terms.flatMap(ForumTerms::pending);
        List<PersonId> awaited =
            parties.keySet().stream()
                .filter(p -> pending.filter(v -> !v.agreedBy(p)).isPresent())
                .toList();
        PersonId party;
        ContentHash hash;
        if ((arg / 3) % 4 != 0 && !awaited.isEmpty()) {
          party = awaited.get(arg % awaited.size());
          hash = pending.get().hash();
        } else {
          List<PersonId> candidates = new ArrayList<>(parties.keySet());
          candidates.add(someone.asPerson());
          party = candidates.get(arg % candidates.size());
          hash =
              switch ((arg / 7) % 3) {
                case 0 -> pending.map(TermsVersion::hash).orElse(anyHash);
                case 1 ->
                    terms.flatMap(ForumTerms::inForce).map(TermsVersion::hash).orElse(anyHash);
                default -> anyHash;
              };
        }
        PartyRole role = parties.getOrDefault(party, PartyRole.MEMBER);
        f.sdk.terms().agree(TermsFixture.actorFor(party, role), f.forum, party, hash);
      }
      case 4 ->
          f.sdk.terms().draft(memberActor(forum, arg), f.forum, texts.get(arg % texts.size()));
      case 5 ->
          f.sdk
              .terms()
              .propose(
                  memberActor(forum, arg),
                  f.forum,
                  terms.flatMap(ForumTerms::pending).map(TermsVersion::hash).orElse(anyHash));
      case 6 -> {
        Map<PersonId, PartyRole> parties = Parties.of(forum);
        List<PersonId> candidates = new ArrayList<>(parties.keySet());
        PersonId party = candidates.get(arg % candidates.size());
        f.sdk
            .terms()
            .object(
                TermsFixture.actorFor(party, parties.get(party)),
                f.forum,
                party,
                terms.flatMap(ForumTerms::pending).map(TermsVersion::hash).orElse(anyHash),
                "reason " + arg);
      }
      case 7 -> f.sdk.forums().join(Actor.practitioner(someone), f.forum, someone);
      case 8 ->
          f.sdk
              .terms()
              .joinAgreeing(
                  Actor.practitioner(someone),
                  f.forum,
                  someone,
                  terms.flatMap(ForumTerms::inForce).map(TermsVersion::hash).orElse(anyHash));
      default -> f.sdk.forums().leave(Actor.practitioner(someone), f.forum, someone);
    }
  }

  private static Actor memberActor(Forum forum, int arg) {
    List<PractitionerId> members = forum.members().stream().map(m -> m.practitioner()).toList();
    return members.isEmpty()
        ? Actor.practitioner(PractitionerId.of("p-0"))
        : Actor.practitioner(members.get(arg % members.size()));
  }

  private static void check(TermsFixture f, Optional<ForumTerms> before) {
    Optional<ForumTerms> after = f.storedTerms();
    if (after.isEmpty()) {
      return;
    }
    ForumTerms terms = after.get();
    Forum forum = f.storedForum();
    assertThat(terms.versions().stream().filter(v -> v.status() == TermsStatus.IN_FORCE).count())
        .isLessThanOrEqualTo(1);
    for (TermsVersion v : terms.versions()) {
      assertThat(v.hash()).isEqualTo(ContentHash.of(v.content()));
      for (Agreement a : v.agreements()) {
        assertThat(a.hash()).as("an agreement carries its own version's hash").isEqualTo(v.hash());
        assertThat(a.version()).isEqualTo(v.number());
      }
      boolean wasInForce =
          before
              .flatMap(t -> t.byNumber(v.number()))
              .filter(
                  old ->
                      old.status() == TermsStatus.IN_FORCE
                          || old.status() == TermsStatus.SUPERSEDED)
              .isPresent();
      if (v.status() == TermsStatus.IN_FORCE && !wasInForce) {
        Set<PersonId> agreed = new HashSet<>();
        for (Agreement a : v.currentAgreements()) {
          agreed.add(a.party());
        }
        assertThat(agreed)
            .as("every party concerned agreed the version that came into force")
            .containsAll(Parties.of(forum).keySet());
        assertThat(forum.members()).isNotEmpty();
        assertThat(forum.sponsor()).isPresent();
        CAME_INTO_FORCE.incrementAndGet();
      }
      if (v.status() == TermsStatus.IN_FORCE) {
        for (PractitionerId m : forum.memberIds()) {
          assertThat(v.agreedBy(m.asPerson()))
              .as("every member of a forum with terms in force agreed them")
              .isTrue();
        }
      }
    }
  }
}

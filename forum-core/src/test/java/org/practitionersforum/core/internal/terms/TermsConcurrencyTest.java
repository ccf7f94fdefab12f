package org.practitionersforum.core.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * Agreements racing an amendment, an objection, a join and a departure on the in-memory store, from
 * several threads at once. Bounded: a couple of hundred small rounds, each finishing in
 * milliseconds. After each round: a version in force was agreed, with its exact hash, by every
 * member and the sponsor; a newcomer who joined without agreeing never sits in a forum whose terms
 * came into force without them; no agreement carries another version's hash.
 */
class TermsConcurrencyTest {
  private static final int ROUNDS = 200;

  @Test
  void racingCommandsNeverLeaveAVersionInForceWithoutEveryParty() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    int inForce = 0;
    try {
      for (int round = 0; round < ROUNDS; round++) {
        inForce += round(pool, round) ? 1 : 0;
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(inForce).as("some rounds bring a version into force").isPositive();
  }

  private static boolean round(ExecutorService pool, int round) throws Exception {
    TermsFixture f = new TermsFixture(5, 2);
    ContentHash hash = f.open(TermsFixture.template());
    TermsContent amendment = TermsContent.builder().from(TermsFixture.template()).quorum(2).build();
    PractitionerId newcomer = f.volunteers.get(0);
    PractitionerId leaver = f.members.get(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Runnable> commands = new ArrayList<>();
    for (PractitionerId m : f.members) {
      commands.add(() -> f.sdk.terms().agree(Actor.practitioner(m), f.forum, m.asPerson(), hash));
    }
    commands.add(
        () ->
            f.sdk
                .terms()
                .agree(Actor.manager(TermsFixture.SPONSOR), f.forum, TermsFixture.SPONSOR, hash));
    commands.add(() -> f.sdk.forums().join(Actor.practitioner(newcomer), f.forum, newcomer));
    commands.add(() -> f.sdk.forums().leave(Actor.practitioner(leaver), f.forum, leaver));
    if (round % 3 == 1) {
      commands.add(() -> f.sdk.terms().draft(f.member(0), f.forum, amendment));
    }
    if (round % 3 == 2) {
      commands.add(
          () ->
              f.sdk
                  .terms()
                  .object(f.member(1), f.forum, f.members.get(1).asPerson(), hash, "not yet"));
    }
    List<Future<?>> done = new ArrayList<>();
    for (Runnable c : commands) {
      done.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  c.run();
                } catch (RuleViolationException expected) {
                  // a command can lose the race: the version was withdrawn, objected to or already
                  // in force
                } catch (ForumException other) {
                  throw new AssertionError("unexpected failure " + other.code(), other);
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> d : done) {
      d.get(20, TimeUnit.SECONDS);
    }
    ForumTerms terms = f.storedTerms().orElseThrow();
    Forum forum = f.storedForum();
    for (TermsVersion v : terms.versions()) {
      for (Agreement a : v.agreements()) {
        assertThat(a.hash()).isEqualTo(v.hash());
        assertThat(a.version()).isEqualTo(v.number());
      }
    }
    TermsVersion first = terms.byNumber(1).orElseThrow();
    if (first.status() == TermsStatus.IN_FORCE) {
      for (PractitionerId m : forum.memberIds()) {
        assertThat(first.agreedBy(m.asPerson()))
            .as("every member of the forum agreed the terms in force")
            .isTrue();
      }
      assertThat(first.agreedBy(TermsFixture.SPONSOR)).isTrue();
      return true;
    }
    return false;
  }
}

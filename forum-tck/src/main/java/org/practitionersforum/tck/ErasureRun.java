package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsTemplate;

/**
 * One run of {@link ErasureContract}'s property: random commands by random people on three forums
 * (joins, leaves, invitations, sponsors and facilitators who are themselves practitioners, terms
 * drafted, proposed, agreed and objected to with reasons that name their writer, transitions,
 * sessions) with erasures of random people among them, checked after every erasure.
 */
final class ErasureRun {
  private static final int PEOPLE = 8;
  private static final int FORUMS = 3;
  private static final List<Discipline> DISCIPLINES =
      List.of(Discipline.SOCIAL_WORK, Discipline.NURSING, Discipline.OCCUPATIONAL_THERAPY);

  private final PrivacyWorld world;
  private final List<PractitionerId> people = new ArrayList<>();
  private final Set<PractitionerId> erased = new LinkedHashSet<>();
  private final List<AgreementReceipt> receipts = new ArrayList<>();
  private final List<ForumId> forums = new ArrayList<>();

  private final Supplier<Optional<String>> stored;

  ErasureRun(ForumStorage storage, Supplier<Optional<String>> stored) {
    world = new PrivacyWorld(storage);
    this.stored = stored;
  }

  void run(List<Integer> commands) {
    for (int i = 0; i < PEOPLE; i++) {
      people.add(world.register("p" + i, DISCIPLINES.get(i % 3), Optional.empty()));
    }
    for (int f = 0; f < FORUMS; f++) {
      forums.add(world.propose("f" + f, Optional.of(PersonId.of(world.ns + "mgr"))));
    }
    for (int command : commands) {
      SplittableRandom r = new SplittableRandom(command);
      world.clock.advance(Duration.ofMinutes(1));
      apply(r);
    }
  }

  private void apply(SplittableRandom r) {
    ForumId forum = forums.get(r.nextInt(FORUMS));
    int i = r.nextInt(PEOPLE);
    PractitionerId p = people.get(i);
    Actor self = Actor.practitioner(p);
    TermsContent text =
        TermsContent.builder()
            .from(TermsTemplate.standard(LocalDate.of(2040, 1, 1)))
            .quorum(1 + r.nextInt(3))
            .build();
    ContentHash hash = ContentHash.of(text);
    switch (r.nextInt(12)) {
      case 0, 1, 2 -> attempt(() -> world.sdk.forums().join(self, forum, p));
      case 3 -> attempt(() -> world.sdk.forums().leave(self, forum, p));
      case 4 -> attempt(() -> world.sdk.forums().invite(world.admin, forum, p));
      case 5 -> {
        if (r.nextBoolean()) {
          attempt(() -> world.sdk.forums().nameSponsor(world.admin, forum, p.asPerson()));
        } else {
          attempt(() -> world.sdk.forums().startFacilitation(world.admin, forum, p.asPerson()));
        }
      }
      case 6 -> {
        attempt(() -> world.sdk.terms().draft(self, forum, text));
        attempt(() -> world.sdk.terms().propose(self, forum, hash));
      }
      case 7 -> {
        for (PractitionerId q : people) {
          attempt(
              () ->
                  receipts.add(
                      world.sdk.terms().agree(Actor.practitioner(q), forum, q.asPerson(), hash)));
        }
        PersonId mgr = PersonId.of(world.ns + "mgr");
        attempt(() -> receipts.add(world.sdk.terms().agree(Actor.manager(mgr), forum, mgr, hash)));
      }
      case 8 ->
          attempt(
              () ->
                  world
                      .sdk
                      .terms()
                      .object(self, forum, p.asPerson(), hash, written(i) + " objects"));
      case 9 -> {
        ForumState target = r.nextInt(4) == 0 ? ForumState.CLOSED : ForumState.ACTIVE;
        attempt(() -> world.sdk.forums().transition(world.admin, forum, target, "we decided"));
      }
      case 10 -> {
        Set<PractitionerId> present = new HashSet<>();
        for (PractitionerId q : people) {
          if (r.nextBoolean()) {
            present.add(q);
          }
        }
        attempt(() -> world.hold(forum, p, present));
      }
      default -> erase(p, i);
    }
  }

  /**
   * What practitioner {@code i} of this run writes in an objection: their name, prefixed with the
   * run's namespace, because the stored text that is scanned holds every run's rows.
   */
  private String written(int i) {
    return world.ns + "Name" + i;
  }

  private void erase(PractitionerId p, int i) {
    try {
      world.sdk.privacy().erase(world.admin, p);
      erased.add(p);
    } catch (org.practitionersforum.api.NotFoundException e) {
      assertThat(erased).as("only the erased are unknown").contains(p);
      return;
    }
    String everything = String.join("\n", world.everything());
    assertThat(everything).as("nothing readable names the erased").doesNotContain(p.value());
    assertThat(everything).doesNotContain(written(i) + " ");
    stored
        .get()
        .ifPresent(
            text ->
                assertThat(text)
                    .as("nothing stored names the erased")
                    .doesNotContain(p.value())
                    .doesNotContain(written(i) + " "));
    assertThat(
            world
                .storage()
                .inTransaction(tx -> tx.erasure().findReferences(p.asPerson()))
                .isEmpty())
        .as("the store finds nothing that names the erased")
        .isTrue();
    for (ForumId f : forums) {
      Forum forum = world.sdk.forums().get(world.admin, f);
      if (forum.state() == ForumState.ACTIVE) {
        assertThat(forum.members().size())
            .as("FR-4: no active forum is below strength")
            .isGreaterThanOrEqualTo(forum.sizeBounds().minimum());
        assertThat(world.sdk.terms().inForce(world.admin, f)).isPresent();
      }
    }
    for (AgreementReceipt receipt : receipts) {
      boolean gone = erased.contains(receipt.party().asPractitioner());
      assertThat(world.sdk.terms().verify(world.admin, receipt))
          .as("a receipt verifies exactly when its party was not erased")
          .isEqualTo(!gone);
    }
  }

  private static void attempt(Runnable command) {
    try {
      command.run();
    } catch (ForumException e) {
      // A command the rules refuse changes nothing; the property is about what erasure leaves.
    }
  }
}

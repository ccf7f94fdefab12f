package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.memory.InMemoryForumStorage;
import org.practitionersforum.testkit.TestClock;

/**
 * One run of a command sequence for {@link ModelBasedContract}: the same commands through the SDK
 * on the storage under test and on the in-memory reference, compared command by command.
 */
final class ModelRun {
  /** How many command sequences are tried. */
  static final int SEQUENCES = 25;

  /** The longest sequence. */
  static final int MAX_COMMANDS = 40;

  /** Practitioners per sequence. */
  static final int PEOPLE = 10;

  /** Forums per sequence. */
  static final int FORUMS = 3;

  private final String ns = StorageFixtures.namespace();
  private final TestClock clock = new TestClock(StorageFixtures.T0);
  private final ForumSdk subject;
  private final ForumSdk reference;
  private final Actor admin = Actor.administrator(PersonId.of("admin"));

  ModelRun(ForumStorage storage) {
    subject = ForumSdk.builder().storage(storage).clock(clock).build();
    reference = ForumSdk.builder().storage(new InMemoryForumStorage()).clock(clock).build();
  }

  void run(List<Integer> commands) {
    SplittableRandom setup = new SplittableRandom(commands.size());
    for (int i = 0; i < PEOPLE; i++) {
      Optional<PractitionerId> manager =
          i >= 2 && setup.nextInt(4) == 0
              ? Optional.of(person(setup.nextInt(2)))
              : Optional.empty();
      PractitionerProfile p =
          StorageFixtures.profile(setup, ns + "p" + i, ns + "base" + (i % 2), manager);
      same("register", sdk -> sdk.practitioners().register(admin, p));
    }
    int step = 0;
    for (int command : commands) {
      clock.set(StorageFixtures.at(++step));
      SplittableRandom r = new SplittableRandom(command);
      apply(r.nextInt(10), r);
    }
    for (int b = 0; b < 2; b++) {
      BaseId base = BaseId.of(ns + "base" + b);
      same("forums at a base", sdk -> sdk.forums().forumsAt(admin, base));
    }
    for (int i = 0; i < PEOPLE; i++) {
      PractitionerId p = person(i);
      same("forums of a practitioner", sdk -> sdk.forums().forumsOf(admin, p));
      same("profile", sdk -> sdk.practitioners().get(admin, p));
    }
  }

  private void apply(int kind, SplittableRandom r) {
    ForumId forum = ForumId.of(ns + "f" + r.nextInt(FORUMS));
    PractitionerId p = person(r.nextInt(PEOPLE));
    Actor self = Actor.practitioner(p);
    switch (kind) {
      case 0 -> {
        boolean single = r.nextInt(3) == 0;
        Composition c =
            single
                ? Composition.builder()
                    .disciplineMix(Composition.Mix.SINGLE)
                    .discipline(Discipline.SOCIAL_WORK)
                    .specialismMix(Composition.Mix.MULTI)
                    .focus(Composition.Focus.ORGANISATION)
                    .build()
                : Composition.multiDisciplineAndSpecialism(Composition.Focus.LOCALITY);
        ForumProposal proposal =
            ForumProposal.builder()
                .id(forum)
                .name("Forum 'n; " + r.nextInt(9))
                .organisation(OrganisationId.of("org-" + r.nextInt(2)))
                .base(BaseId.of(ns + "base" + r.nextInt(2)))
                .locality(LocalityId.of("locality-0"))
                .composition(c)
                .build();
        same("propose", sdk -> sdk.forums().propose(admin, proposal));
      }
      case 1, 2, 3 -> same("join", sdk -> sdk.forums().join(self, forum, p));
      case 4 -> same("leave", sdk -> sdk.forums().leave(self, forum, p));
      case 5 -> same("invite", sdk -> sdk.forums().invite(admin, forum, p));
      case 6 -> same("accept", sdk -> sdk.forums().acceptInvitation(self, forum, p));
      case 7 -> {
        ForumState target = ForumState.values()[r.nextInt(ForumState.values().length)];
        same(
            "transition",
            sdk -> sdk.forums().transition(admin, forum, target, "because; \"we\" agreed"));
      }
      case 8 -> {
        if (r.nextBoolean()) {
          PersonId facilitator = PersonId.of("fac-" + r.nextInt(2));
          same(
              "start facilitation",
              sdk -> sdk.forums().startFacilitation(admin, forum, facilitator));
        } else {
          same(
              "end facilitation",
              sdk -> sdk.forums().endFacilitation(self, forum, "we're ready ✓"));
        }
      }
      default -> {
        if (r.nextBoolean()) {
          PersonId sponsor = PersonId.of("mgr-" + r.nextInt(2));
          same("name sponsor", sdk -> sdk.forums().nameSponsor(admin, forum, sponsor));
        } else {
          Discipline d = Discipline.wellKnown().get(r.nextInt(3));
          same(
              "update profile",
              sdk -> {
                PractitionerProfile current = sdk.practitioners().get(admin, p);
                return sdk.practitioners()
                    .update(
                        admin, PractitionerProfile.builder().from(current).discipline(d).build());
              });
        }
      }
    }
  }

  private PractitionerId person(int i) {
    return PractitionerId.of(ns + "p" + i);
  }

  private void same(String what, Function<ForumSdk, Object> command) {
    Object expected = outcome(() -> command.apply(reference));
    Object actual = outcome(() -> command.apply(subject));
    assertThat(comparable(actual))
        .as(what + " gives the same outcome on the storage under test as on the reference")
        .isEqualTo(comparable(expected));
    if (expected instanceof Forum f) {
      assertThat(subject.forums().get(admin, f.id()))
          .as(what + " leaves the same whole forum on the storage under test as on the reference")
          .isEqualTo(reference.forums().get(admin, f.id()));
    }
  }

  /**
   * An outcome as every store must give it: a command's forum leaves out more or less of its
   * earlier history depending on the store ({@code ForumStore.findCurrent}), so a forum is compared
   * cut to its latest state change and facilitation, with the counts of the rest.
   */
  private static Object comparable(Object outcome) {
    if (!(outcome instanceof Forum f)) {
      return outcome;
    }
    int history = f.history().size() - 1;
    int facilitations = Math.max(0, f.facilitations().size() - 1);
    return Forum.builder()
        .from(f)
        .history(f.history().subList(history, f.history().size()))
        .facilitations(f.facilitations().subList(facilitations, f.facilitations().size()))
        .earlierHistory(f.earlierHistory() + history)
        .earlierFacilitations(f.earlierFacilitations() + facilitations)
        .build();
  }

  private static Object outcome(Supplier<Object> command) {
    try {
      return command.get();
    } catch (ForumException e) {
      return e.getClass().getSimpleName() + "/" + e.code();
    }
  }
}

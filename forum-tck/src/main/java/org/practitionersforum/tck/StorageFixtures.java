package org.practitionersforum.tck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Role;

/**
 * Seeded test data for the contract suite: forums with every kind of child record, and profiles.
 * Instants carry nanoseconds so that storage must keep them exactly.
 */
final class StorageFixtures {
  private static final AtomicLong NAMESPACE = new AtomicLong();
  static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456789Z");

  /** Texts that must be stored exactly. */
  static final List<String> AWKWARD =
      List.of(
          "O'Brien's forum; DROP TABLE forum; --",
          "\"quoted\" \\backslash\\ %percent_ under_score",
          "Żółć, café, Straße, 日本語, עברית, 👩‍⚕️🧑🏽‍🤝‍🧑🏻",
          "line one\nline two\ttabbed",
          "' OR '1'='1",
          "x".repeat(Forum.MAX_NAME_LENGTH));

  /** Texts a store may refuse, but must then refuse with a typed error and store nothing. */
  static final List<String> HOSTILE =
      List.of("nul\u0000inside", "unpaired \uD800 surrogate", "r".repeat(2_000_000));

  private StorageFixtures() {}

  /** A prefix for ids unique in this JVM, so tests sharing a database never see each other. */
  static String namespace() {
    return "ns" + NAMESPACE.incrementAndGet() + "-";
  }

  static Instant at(int seconds) {
    return T0.plusSeconds(seconds).plusNanos(seconds * 7L);
  }

  static PractitionerProfile profile(String id, String base) {
    return PractitionerProfile.builder()
        .id(PractitionerId.of(id))
        .discipline(Discipline.SOCIAL_WORK)
        .specialism(Specialism.ADULTS)
        .base(BaseId.of(base))
        .organisation(OrganisationId.of("org-1"))
        .locality(LocalityId.of("north"))
        .build();
  }

  static PractitionerProfile profile(
      RandomGenerator r, String id, String base, Optional<PractitionerId> manager) {
    List<Discipline> ds = Discipline.wellKnown();
    List<Specialism> ss = Specialism.wellKnown();
    return PractitionerProfile.builder()
        .id(PractitionerId.of(id))
        .discipline(ds.get(r.nextInt(2)))
        .specialism(ss.get(r.nextInt(2)))
        .base(BaseId.of(base))
        .organisation(OrganisationId.of("org-" + r.nextInt(2)))
        .locality(LocalityId.of("locality-" + r.nextInt(2)))
        .lineManager(manager)
        .build();
  }

  /** A just-proposed forum at version 0, with no children beyond its proposal. */
  static Forum proposed(String id, String base) {
    return Forum.builder()
        .id(ForumId.of(id))
        .name("Forum " + id)
        .organisation(OrganisationId.of("org-1"))
        .base(BaseId.of(base))
        .locality(LocalityId.of("north"))
        .composition(Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
        .sizeBounds(SizeBounds.DEFAULT)
        .lineManagementExcluded(true)
        .addHistory(
            StateChange.builder()
                .to(ForumState.PROPOSED)
                .reason("proposed at the base")
                .by(Role.PRACTITIONER)
                .at(at(0))
                .build())
        .proposedAt(at(0))
        .build();
  }

  /** A forum at version 0 with random members, invitations, facilitations and history. */
  static Forum rich(RandomGenerator r, String id, String base) {
    int max = 3 + r.nextInt(14);
    int min = 3 + r.nextInt(max - 2);
    Set<String> people = new LinkedHashSet<>();
    int members = r.nextInt(max + 1);
    List<Member> ms = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      String p = id + "-p" + r.nextInt(40);
      if (people.add(p)) {
        ms.add(Member.builder().practitioner(PractitionerId.of(p)).joinedAt(at(10 + i)).build());
      }
    }
    List<Invitation> invs = new ArrayList<>();
    for (int i = 0, n = r.nextInt(3); i < n; i++) {
      String p = id + "-q" + i;
      invs.add(
          Invitation.builder()
              .invitee(PractitionerId.of(p))
              .invitedBy(Role.values()[r.nextInt(Role.values().length)])
              .invitedAt(at(20 + i))
              .build());
    }
    List<Facilitation> fs = new ArrayList<>();
    int facilitations = r.nextInt(3);
    for (int i = 0; i < facilitations; i++) {
      Facilitation.Builder f =
          Facilitation.builder().facilitator(PersonId.of("fac-" + i)).start(at(30 + 10 * i));
      if (i < facilitations - 1 || r.nextBoolean()) {
        f.end(at(35 + 10 * i)).endReason("the forum felt ready; reason " + i);
      }
      fs.add(f.build());
    }
    List<StateChange> history = new ArrayList<>();
    history.add(
        StateChange.builder()
            .to(ForumState.PROPOSED)
            .reason("proposed")
            .by(Role.PRACTITIONER)
            .at(at(0))
            .build());
    ForumState state = ForumState.PROPOSED;
    for (int i = 0, n = r.nextInt(4); i < n && !state.next().isEmpty(); i++) {
      List<ForumState> next = new ArrayList<>(state.next());
      next.sort(null);
      ForumState to = next.get(r.nextInt(next.size()));
      history.add(
          StateChange.builder()
              .from(state)
              .to(to)
              .reason("step " + i)
              .by(Role.SYSTEM)
              .at(at(40 + i))
              .build());
      state = to;
    }
    Composition composition =
        r.nextBoolean()
            ? Composition.multiDisciplineAndSpecialism(Composition.Focus.LOCALITY)
            : Composition.builder()
                .disciplineMix(Composition.Mix.SINGLE)
                .discipline(Discipline.NURSING)
                .specialismMix(Composition.Mix.SINGLE)
                .specialism(Specialism.MENTAL_HEALTH)
                .focus(Composition.Focus.ORGANISATION)
                .build();
    return Forum.builder()
        .id(ForumId.of(id))
        .name("Forum " + r.nextInt(1000))
        .organisation(OrganisationId.of("org-" + r.nextInt(3)))
        .base(BaseId.of(base))
        .locality(LocalityId.of("loc-" + r.nextInt(3)))
        .composition(composition)
        .sizeBounds(SizeBounds.of(Math.min(min, max), max))
        .lineManagementExcluded(r.nextBoolean())
        .sponsor(
            r.nextBoolean()
                ? Optional.of(PersonId.of("manager-" + r.nextInt(5)))
                : Optional.empty())
        .members(ms)
        .invitations(invs)
        .facilitations(fs)
        .history(history)
        .proposedAt(at(0))
        .build();
  }
}

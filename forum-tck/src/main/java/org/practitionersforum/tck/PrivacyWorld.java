package org.practitionersforum.tck;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.privacy.RetentionSettings;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.testkit.TestClock;

/**
 * A small world of practitioners, forums, terms and sessions built through the services, with ids
 * of its own namespace and a clock the test moves, for {@link ErasureContract}.
 */
final class PrivacyWorld {
  final String ns = StorageFixtures.namespace();
  final TestClock clock = new TestClock(StorageFixtures.T0);
  final OrganisationId org = OrganisationId.of(ns + "org");
  final BaseId base = BaseId.of(ns + "base");
  final Actor admin = Actor.administrator(PersonId.of("admin"));
  final ForumSdk sdk;
  private final ForumStorage storage;
  final List<ForumId> forums = new ArrayList<>();
  final Set<PractitionerId> people = new LinkedHashSet<>();
  final List<SessionId> sessions = new ArrayList<>();
  private int sessionCount;

  PrivacyWorld(ForumStorage storage, RetentionSettings retention) {
    this.storage = storage;
    sdk = ForumSdk.builder().storage(storage).clock(clock).retention(org, retention).build();
  }

  ForumStorage storage() {
    return storage;
  }

  PrivacyWorld(ForumStorage storage) {
    this(storage, RetentionSettings.KEEP);
  }

  PractitionerId id(String name) {
    return PractitionerId.of(ns + name);
  }

  PractitionerId register(String name, Discipline discipline, Optional<PractitionerId> manager) {
    PractitionerId id = id(name);
    clock.advance(Duration.ofMinutes(1));
    sdk.practitioners()
        .register(
            admin,
            PractitionerProfile.builder()
                .id(id)
                .discipline(discipline)
                .specialism(Specialism.wellKnown().get(people.size() % 2))
                .base(base)
                .organisation(org)
                .locality(LocalityId.of(ns + "north"))
                .lineManager(manager)
                .build());
    people.add(id);
    return id;
  }

  ForumId propose(String name, Optional<PersonId> sponsor) {
    ForumId id = ForumId.of(ns + name);
    clock.advance(Duration.ofMinutes(1));
    sdk.forums()
        .propose(
            admin,
            ForumProposal.builder()
                .id(id)
                .name("Forum " + name)
                .organisation(org)
                .base(base)
                .locality(LocalityId.of(ns + "north"))
                .sponsor(sponsor)
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    forums.add(id);
    return id;
  }

  void join(ForumId forum, PractitionerId p) {
    clock.advance(Duration.ofMinutes(1));
    sdk.forums().join(Actor.practitioner(p), forum, p);
  }

  /**
   * Proposes a forum, has the members join, has them and the sponsor agree the standard terms and
   * activates it; returns every agreement's receipt.
   */
  List<AgreementReceipt> activeForum(
      String name, PersonId sponsor, List<PractitionerId> members, ForumId[] created) {
    ForumId forum = propose(name, Optional.of(sponsor));
    created[0] = forum;
    for (PractitionerId p : members) {
      join(forum, p);
    }
    TermsContent text = TermsTemplate.standard(LocalDate.of(2040, 1, 1));
    ContentHash hash = ContentHash.of(text);
    Actor first = Actor.practitioner(members.get(0));
    clock.advance(Duration.ofMinutes(1));
    sdk.terms().draft(first, forum, text);
    clock.advance(Duration.ofMinutes(1));
    sdk.terms().propose(first, forum, hash);
    List<AgreementReceipt> receipts = new ArrayList<>();
    for (PractitionerId p : members) {
      clock.advance(Duration.ofMinutes(1));
      receipts.add(sdk.terms().agree(Actor.practitioner(p), forum, p.asPerson(), hash));
    }
    clock.advance(Duration.ofMinutes(1));
    receipts.add(sdk.terms().agree(Actor.manager(sponsor), forum, sponsor, hash));
    clock.advance(Duration.ofMinutes(1));
    sdk.forums().transition(admin, forum, ForumState.ACTIVE, "the members are ready");
    return receipts;
  }

  SessionId hold(ForumId forum, PractitionerId by, Set<PractitionerId> present) {
    SessionId id = SessionId.of(forum.value() + "-s" + (++sessionCount));
    clock.advance(Duration.ofMinutes(1));
    // Sessions two hours apart, each starting after the forum was proposed (TR-7) and never
    // overlapping another a member attended (CPD-1).
    clock.advance(Duration.ofHours(2));
    sdk.sessions()
        .hold(
            Actor.practitioner(by),
            forum,
            SessionRequest.builder()
                .id(id)
                .mode(SessionMode.REFLECTIVE)
                .startedAt(clock.instant().minus(Duration.ofHours(2)))
                .duration(Duration.ofMinutes(90))
                .present(present)
                .build());
    sessions.add(id);
    return id;
  }

  void close(ForumId forum) {
    clock.advance(Duration.ofMinutes(1));
    sdk.forums().transition(admin, forum, ForumState.CLOSED, "the forum has done its work");
  }

  /**
   * Returns, as JSON texts, everything of this world the services let an administrator read: every
   * forum whole with its terms, every session, every profile still registered.
   */
  List<String> everything() {
    List<String> out = new ArrayList<>();
    for (ForumId f : forums) {
      out.add(ForumJson.write(sdk.forums().get(admin, f)));
      try {
        out.add(ForumJson.write(sdk.terms().get(admin, f)));
      } catch (org.practitionersforum.api.NotFoundException e) {
        // no terms drafted in this forum
      }
      sdk.sessions().list(admin, f).forEach(s -> out.add(ForumJson.write(s)));
    }
    for (PractitionerId p : people) {
      try {
        out.add(ForumJson.write(sdk.practitioners().get(admin, p)));
      } catch (org.practitionersforum.api.NotFoundException e) {
        // erased
      }
    }
    return out;
  }
}

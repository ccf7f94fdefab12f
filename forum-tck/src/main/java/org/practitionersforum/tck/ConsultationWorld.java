package org.practitionersforum.tck;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.Purpose;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundRequest;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.testkit.TestClock;

/**
 * An organisation of its own namespace with two forums of four members each, both with terms in
 * force, and a round inviting both, driven through the services on a storage under test, for the
 * consultation contracts.
 */
final class ConsultationWorld {
  final String ns = StorageFixtures.namespace();
  final TestClock clock = new TestClock(StorageFixtures.T0);
  final ForumSdk sdk;
  final OrganisationId org = OrganisationId.of(ns + "org");
  final ForumId forumA = ForumId.of(ns + "forum-a");
  final ForumId forumB = ForumId.of(ns + "forum-b");
  final RoundId round = RoundId.of(ns + "round");
  final List<PractitionerId> membersA = new ArrayList<>();
  final List<PractitionerId> membersB = new ArrayList<>();
  final Actor manager = Actor.manager(PersonId.of(ns + "manager"));

  /** The events the SDK delivered, in order of delivery. */
  final java.util.Queue<org.practitionersforum.api.event.ForumEvent> events =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  ConsultationWorld(ForumStorage storage) {
    this(storage, null);
  }

  /** A world whose organisation has the given consultation settings, or the defaults if null. */
  ConsultationWorld(
      ForumStorage storage, org.practitionersforum.api.consultation.ConsultationSettings settings) {
    ForumSdk.Builder b = ForumSdk.builder().storage(storage).clock(clock).listener(events::add);
    if (settings != null) {
      b.consultationSettings(org, settings);
    }
    sdk = b.build();
    forum(forumA, membersA);
    forum(forumB, membersB);
  }

  private void forum(ForumId id, List<PractitionerId> members) {
    Actor admin = Actor.administrator(PersonId.of("admin"));
    BaseId base = BaseId.of(id.value() + "-base");
    for (int i = 0; i < 4; i++) {
      PractitionerId p = PractitionerId.of(id.value() + "-m" + i);
      sdk.practitioners()
          .register(
              admin,
              PractitionerProfile.builder()
                  .id(p)
                  .discipline(Discipline.SOCIAL_WORK)
                  .specialism(Specialism.ADULTS)
                  .base(base)
                  .organisation(org)
                  .locality(LocalityId.of(ns + "north"))
                  .build());
      members.add(p);
    }
    PersonId sponsor = PersonId.of(id.value() + "-sponsor");
    sdk.forums()
        .propose(
            admin,
            ForumProposal.builder()
                .id(id)
                .name("Consulted forum")
                .organisation(org)
                .base(base)
                .locality(LocalityId.of(ns + "north"))
                .sponsor(sponsor)
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    for (PractitionerId p : members) {
      sdk.forums().join(Actor.practitioner(p), id, p);
    }
    TermsContent text = TermsTemplate.standard(LocalDate.of(2030, 1, 1));
    ContentHash hash = ContentHash.of(text);
    Actor first = Actor.practitioner(members.get(0));
    sdk.terms().draft(first, id, text);
    sdk.terms().propose(first, id, hash);
    for (PractitionerId p : members) {
      sdk.terms().agree(Actor.practitioner(p), id, p.asPerson(), hash);
    }
    sdk.terms().agree(Actor.manager(sponsor), id, sponsor, hash);
  }

  /** Registers a practitioner profile under the manager's id, so that the manager can be erased. */
  PractitionerId registerManager() {
    PractitionerId id = manager.person().asPractitioner();
    sdk.practitioners()
        .register(
            Actor.administrator(PersonId.of("admin")),
            PractitionerProfile.builder()
                .id(id)
                .discipline(Discipline.NURSING)
                .specialism(Specialism.ADULTS)
                .base(BaseId.of(ns + "office"))
                .organisation(org)
                .locality(LocalityId.of(ns + "north"))
                .build());
    return id;
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** Opens the round, four weeks from today, inviting both forums. */
  ConsultationRound open() {
    return open(round);
  }

  /** Opens a round, four weeks from today, inviting both forums. */
  ConsultationRound open(RoundId id) {
    return sdk.consultations()
        .open(
            manager,
            RoundRequest.builder()
                .id(id)
                .organisation(org)
                .topic("Out-of-hours cover")
                .purpose(Purpose.MONITORING)
                .addQuestions("How is the new cover working?")
                .addInvitedForums(forumA, forumB)
                .opensOn(today())
                .closesOn(today().plusDays(28))
                .formative(true)
                .build());
  }

  static ResponseContent content(String forum, int recommendations) {
    return ResponseContent.of(
        "The view of " + forum + ", agreed at a consultative session.",
        IntStream.rangeClosed(1, recommendations)
            .mapToObj(i -> "Recommendation " + i + " of " + forum + ": “name” a lead, ünïcode.")
            .toList());
  }

  /** Drafts the forum's response and has the first {@code agreeing} members agree it. */
  void respond(ForumId forum, List<PractitionerId> members, ResponseContent c, int agreeing) {
    respond(round, forum, members, c, agreeing);
  }

  /** Drafts the forum's response to a round and has the first {@code agreeing} members agree it. */
  void respond(
      RoundId id, ForumId forum, List<PractitionerId> members, ResponseContent c, int agreeing) {
    sdk.consultations().respond(Actor.practitioner(members.get(0)), id, forum, c);
    for (int i = 0; i < agreeing; i++) {
      sdk.consultations().agree(Actor.practitioner(members.get(i)), id, forum, c.hash());
    }
  }

  /** The person who facilitates both forums, once {@link #facilitate} has run. */
  final Actor facilitator = Actor.facilitator(PersonId.of(ns + "facilitator"));

  /** Starts the facilitator's facilitation of a forum (CR-7: the facilitator records mandates). */
  void facilitate(ForumId forum) {
    sdk.forums()
        .startFacilitation(Actor.administrator(PersonId.of("admin")), forum, facilitator.person());
  }
}

package org.practitionersforum.core.internal.terms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
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
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.memory.InMemoryForumStorage;

/**
 * A forming forum on the in-memory store with a fixed clock: members who joined themselves and a
 * named sponsor. Builds forums directly, without the testkit's forum generators.
 */
public final class TermsFixture {
  public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  public static final OrganisationId ORG = OrganisationId.of("org-1");
  public static final BaseId BASE = BaseId.of("base-1");
  public static final LocalityId LOCALITY = LocalityId.of("locality-1");
  public static final PersonId SPONSOR = PersonId.of("sponsor-1");
  public static final PersonId FACILITATOR = PersonId.of("facilitator-1");
  public static final PersonId ADMIN = PersonId.of("admin-1");
  private static final Discipline[] DISCIPLINES = {
    Discipline.SOCIAL_WORK,
    Discipline.NURSING,
    Discipline.OCCUPATIONAL_THERAPY,
    Discipline.HOUSING_SUPPORT
  };

  public final InMemoryForumStorage storage = new InMemoryForumStorage();
  public final List<ForumEvent> events = Collections.synchronizedList(new ArrayList<>());
  public final ForumSdk sdk;
  public final ForumId forum = ForumId.of("forum-1");
  public final List<PractitionerId> members = new ArrayList<>();
  public final List<PractitionerId> volunteers = new ArrayList<>();
  private int colleagueCount;

  /**
   * Creates a forming forum with {@code memberCount} members, {@code spare} further registered
   * volunteers, and the sponsor named.
   */
  public TermsFixture(int memberCount, int spare) {
    this(memberCount, spare, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  public TermsFixture(int memberCount, int spare, Clock clock) {
    this(memberCount, spare, clock, true);
  }

  public TermsFixture(int memberCount, int spare, Clock clock, boolean sponsored) {
    this(memberCount, spare, clock, sponsored, b -> b);
  }

  /** As above, with additions to the SDK's builder, such as an organisation's access policy. */
  public TermsFixture(
      int memberCount,
      int spare,
      Clock clock,
      boolean sponsored,
      UnaryOperator<ForumSdk.Builder> customiser) {
    sdk =
        customiser
            .apply(ForumSdk.builder().storage(storage).clock(clock).listener(events::add))
            .build();
    Actor admin = Actor.administrator(ADMIN);
    for (int i = 0; i < memberCount + spare; i++) {
      PractitionerId id = PractitionerId.of("p-" + i);
      sdk.practitioners()
          .register(
              admin,
              PractitionerProfile.builder()
                  .id(id)
                  .discipline(DISCIPLINES[i % DISCIPLINES.length])
                  .specialism(Specialism.ADULTS)
                  .base(BASE)
                  .organisation(ORG)
                  .locality(LOCALITY)
                  .build());
      (i < memberCount ? members : volunteers).add(id);
    }
    sdk.forums()
        .propose(
            admin,
            ForumProposal.builder()
                .id(forum)
                .name("Forum one")
                .organisation(ORG)
                .base(BASE)
                .locality(LOCALITY)
                .composition(
                    Composition.builder()
                        .disciplineMix(Composition.Mix.MULTI)
                        .specialismMix(Composition.Mix.SINGLE)
                        .specialism(Specialism.ADULTS)
                        .focus(Composition.Focus.ORGANISATION)
                        .build())
                .sponsor(sponsored ? Optional.of(SPONSOR) : Optional.empty())
                .build());
    for (PractitionerId m : members) {
      sdk.forums().join(Actor.practitioner(m), forum, m);
    }
  }

  /**
   * Registers {@code count} practitioners who share everything but their id with one registered
   * already, so that a lesson of theirs passes the k-gate (AN-4) at its most precise disclosure.
   */
  public List<PractitionerId> colleagues(PractitionerId like, int count) {
    Actor admin = Actor.administrator(ADMIN);
    PractitionerProfile model =
        storage.inTransaction(tx -> tx.practitioners().find(like)).orElseThrow();
    List<PractitionerId> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      PractitionerId id = PractitionerId.of("colleague-" + like.value() + "-" + colleagueCount++);
      sdk.practitioners()
          .register(admin, PractitionerProfile.builder().from(model).id(id).version(0).build());
      out.add(id);
    }
    return out;
  }

  public static Actor actorFor(PersonId party, PartyRole role) {
    return role.actor(party);
  }

  public Actor member(int i) {
    return Actor.practitioner(members.get(i));
  }

  public static TermsContent template() {
    return TermsTemplate.standard(LocalDate.of(2027, 3, 1));
  }

  /** Drafts and proposes content, returning its hash. */
  public ContentHash open(TermsContent content) {
    sdk.terms().draft(member(0), forum, content);
    ContentHash hash = ContentHash.of(content);
    sdk.terms().propose(member(0), forum, hash);
    return hash;
  }

  /** Every current party agrees the version with this hash. */
  public void allAgree(ContentHash hash) {
    sdk.terms()
        .parties(Actor.system(), forum)
        .forEach((p, role) -> sdk.terms().agree(actorFor(p, role), forum, p, hash));
  }

  /** Terms in force from the template. */
  public ContentHash inForce() {
    ContentHash hash = open(template());
    allAgree(hash);
    return hash;
  }

  public Optional<ForumTerms> storedTerms() {
    return storage.inTransaction(tx -> tx.terms().find(forum));
  }

  public Forum storedForum() {
    return storage.inTransaction(tx -> tx.forums().find(forum)).orElseThrow();
  }
}

package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practitionersforum.tck.StorageFixtures.namespace;
import static org.practitionersforum.tck.StorageFixtures.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.ForumSdk;

/**
 * Terms commands racing each other through the services, with real threads, on the storage under
 * test: every party agrees a version open for agreement while a member drafts an amendment (which
 * withdraws it), objects to it, or a newcomer joins. Whatever the interleaving: every receipt a
 * party got is borne out by the stored terms, and every stored agreement has its receipt; the
 * version withdrawn by the amendment, or sent back to draft by the objection, holds exactly the
 * agreements the amending (or objecting) command saw, so none attached after the change; a version
 * that came into force was agreed in its round by every party, came into force with one of those
 * agreements and has not ended; a withdrawn version never came into force.
 */
public interface TermsConcurrencyContract extends StorageUnderTest {

  /**
   * Agreements racing an amendment, an objection or a join never leave terms agreed without every
   * party.
   *
   * @throws Exception if setting up or running a race fails otherwise than by an assertion
   */
  @Test
  default void agreementsRacingAnAmendmentNeverAttachToAChangedVersion() throws Exception {
    int races = 12; // each race sets up a forum of its own
    TickingClock clock = new TickingClock();
    ForumSdk sdk = ForumSdk.builder().storage(storage()).clock(clock).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    int inForce = 0;
    int withdrawn = 0;
    try {
      for (int round = 0; round < races; round++) {
        TermsStatus first = race(sdk, pool, round);
        inForce += first == TermsStatus.IN_FORCE ? 1 : 0;
        withdrawn += first == TermsStatus.WITHDRAWN ? 1 : 0;
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(inForce + withdrawn)
        .as("races end with the version in force or withdrawn")
        .isPositive();
  }

  /** One race on a fresh forum; returns what became of the version raced for. */
  private TermsStatus race(ForumSdk sdk, ExecutorService pool, int round) throws Exception {
    String ns = namespace();
    Actor admin = Actor.administrator(PersonId.of("admin"));
    PersonId sponsor = PersonId.of(ns + "sponsor");
    List<PractitionerId> members = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      members.add(PractitionerId.of(ns + "m" + i));
    }
    PractitionerId newcomer = PractitionerId.of(ns + "newcomer");
    for (PractitionerId p : members) {
      sdk.practitioners().register(admin, profile(p.value(), ns + "base"));
    }
    sdk.practitioners().register(admin, profile(newcomer.value(), ns + "base"));
    ForumId forum = ForumId.of(ns + "forum");
    sdk.forums()
        .propose(
            admin,
            ForumProposal.builder()
                .id(forum)
                .name("Racing forum")
                .organisation(OrganisationId.of("org-1"))
                .base(BaseId.of(ns + "base"))
                .locality(LocalityId.of("north"))
                .sponsor(sponsor)
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    for (PractitionerId p : members) {
      sdk.forums().join(Actor.practitioner(p), forum, p);
    }
    TermsContent text = TermsTemplate.standard(LocalDate.of(2030, 1, 1));
    ContentHash hash = ContentHash.of(text);
    Actor first = Actor.practitioner(members.get(0));
    sdk.terms().draft(first, forum, text);
    sdk.terms().propose(first, forum, hash);

    List<Callable<Object>> commands = new ArrayList<>();
    for (PractitionerId p : members) {
      commands.add(() -> sdk.terms().agree(Actor.practitioner(p), forum, p.asPerson(), hash));
    }
    commands.add(() -> sdk.terms().agree(Actor.manager(sponsor), forum, sponsor, hash));
    TermsContent amendment = TermsContent.builder().from(text).quorum(text.quorum() + 1).build();
    switch (round % 3) {
      case 0 -> commands.add(() -> sdk.terms().draft(first, forum, amendment));
      case 1 ->
          commands.add(
              () ->
                  sdk.terms()
                      .object(
                          Actor.practitioner(members.get(1)),
                          forum,
                          members.get(1).asPerson(),
                          hash,
                          "not yet"));
      default ->
          commands.add(() -> sdk.forums().join(Actor.practitioner(newcomer), forum, newcomer));
    }
    List<Object> outcomes = run(pool, commands);

    List<AgreementReceipt> receipts = new ArrayList<>();
    List<ForumTerms> changes = new ArrayList<>();
    for (Object o : outcomes) {
      if (o instanceof AgreementReceipt r) {
        receipts.add(r);
      } else if (o instanceof ForumTerms t) {
        changes.add(t);
      } else if (o instanceof Throwable t && !(t instanceof RuleViolationException)) {
        throw new AssertionError("a racing command failed otherwise than by a rule", t);
      }
    }
    ForumTerms terms = storage().inTransaction(tx -> tx.terms().find(forum)).orElseThrow();
    TermsVersion raced = terms.byNumber(1).orElseThrow();
    for (AgreementReceipt r : receipts) {
      assertThat(sdk.terms().verify(admin, r))
          .as("a receipt is borne out by the stored terms")
          .isTrue();
    }
    assertThat(raced.agreements())
        .as("every stored agreement was answered with a receipt")
        .hasSize(receipts.size());
    for (ForumTerms changed : changes) {
      // The amendment or objection committed on terms holding these agreements; whatever came
      // later found the version changed and was refused.
      assertThat(raced.agreements())
          .as("no agreement attached after the version was withdrawn or sent back")
          .isEqualTo(changed.byNumber(1).orElseThrow().agreements());
    }
    for (TermsVersion v : terms.versions()) {
      if (v.status() == TermsStatus.WITHDRAWN) {
        assertThat(v.inForceAt()).as("a withdrawn version never came into force").isEmpty();
      }
      if (v.status() == TermsStatus.IN_FORCE) {
        assertThat(v.endedAt()).as("a version in force has not ended").isEmpty();
        Map<PersonId, PartyRole> parties = sdk.terms().parties(admin, forum);
        assertThat(parties.keySet())
            .allSatisfy(
                p ->
                    assertThat(v.agreedBy(p))
                        .as("every party agreed the version in force")
                        .isTrue());
        assertThat(v.currentAgreements())
            .as("the version came into force with one of its agreements")
            .anySatisfy(a -> assertThat(v.inForceAt()).contains(a.at()));
      }
    }
    return raced.status();
  }

  /** Runs the commands together; each outcome is its result or what it threw. */
  private static List<Object> run(ExecutorService pool, List<Callable<Object>> commands) {
    return Races.together(pool, commands);
  }
}

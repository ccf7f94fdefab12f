// Longer than 500 lines because it holds the whole of erasure's contract (SEC-3): the services'
// behaviour on the storage under test, the store's own finds and deletes, and the property.
package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.cpd.NoteContent;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.privacy.ErasureReceipt;
import org.practitionersforum.api.privacy.RetentionReport;
import org.practitionersforum.api.privacy.RetentionSettings;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.ClosedForum;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.CpdTransaction;
import org.practitionersforum.api.spi.PersonReferences;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.Objection;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * Erasure, subject access and retention (SEC-3) on the storage under test, through the services:
 * the erased practitioner leaves their forums under the rules of leaving (a forum below strength is
 * suspended with its reason), everything that must stay names one pseudonymous token, nothing that
 * can be read names them, every other party's agreement still verifies, refused actors change
 * nothing, the export holds every category, retention removes what outlived its period by the
 * clock; the store's {@code ErasureStore} finds every aggregate that names a person and its deletes
 * are version-checked; and a property: random erasures interleaved with random commands keep every
 * rule.
 */
public interface ErasureContract extends StorageUnderTest {

  /** A name the erased practitioner writes into their objection: it must not survive erasure. */
  String NAME = "Kit Marlowe";

  /**
   * Returns how many random command sequences the erasure property tries on this storage. Override
   * it with a smaller number for a database server, to keep the build short.
   *
   * @return the number of sequences, at least 1
   */
  default int erasureExamples() {
    return 12;
  }

  /**
   * Returns every value the storage holds, as text: for a database every column of every row of its
   * tables, for a store in memory every record as JSON. The contract then checks that nothing of an
   * erased person remains anywhere, not only in what the services read. The default returns empty,
   * and the check covers what the services read.
   *
   * @return all stored values as one text, or empty if the store cannot list them
   */
  default Optional<String> everythingStored() {
    return Optional.empty();
  }

  /** The practitioner leaves their forums by the rules; the rest names one token. */
  @Test
  default void erasureEndsMembershipsUnderTheRulesAndPseudonymisesTheRest() {
    ErasureWorld w = world(storage());
    PersonReferences before =
        storage().inTransaction(tx -> tx.erasure().findReferences(w.x().asPerson()));
    assertThat(before.forums())
        .containsExactlyInAnyOrder(
            w.active(), w.closed(), w.invited(), w.sponsored(), w.facilitated());
    assertThat(before.terms()).containsExactly(w.active());
    assertThat(before.sessions()).containsExactly(w.session());
    assertThat(before.managedProfiles()).containsExactly(w.y());

    ErasureReceipt receipt = w.sdk().privacy().erase(w.world().admin, w.x());

    assertThat(receipt.removed(ErasureCategory.PROFILE)).isEqualTo(1);
    assertThat(receipt.removed(ErasureCategory.MEMBERSHIP)).isEqualTo(1);
    assertThat(receipt.pseudonymised(ErasureCategory.CLOSED_MEMBERSHIP)).isEqualTo(1);
    assertThat(receipt.removed(ErasureCategory.INVITATION)).isEqualTo(1);
    assertThat(receipt.removed(ErasureCategory.SPONSORSHIP)).isEqualTo(1);
    assertThat(receipt.pseudonymised(ErasureCategory.FACILITATION)).isEqualTo(1);
    assertThat(receipt.pseudonymised(ErasureCategory.AGREEMENT)).isEqualTo(1);
    assertThat(receipt.pseudonymised(ErasureCategory.OBJECTION)).isEqualTo(1);
    assertThat(receipt.pseudonymised(ErasureCategory.ATTENDANCE)).isEqualTo(1);
    assertThat(receipt.removed(ErasureCategory.LINE_MANAGER_REFERENCE)).isEqualTo(1);
    boolean keepsNotes = storage().inTransaction(tx -> tx instanceof CpdTransaction);
    assertThat(receipt.removed(ErasureCategory.CPD_NOTE)).isEqualTo(keepsNotes ? 1 : 0);
    assertThat(receipt.pseudonymousToken()).isTrue();
    assertThat(receipt.forumsSuspended()).isEqualTo(1);
    assertThat(receipt.toString()).doesNotContain(w.x().value());

    Forum active = w.sdk().forums().get(w.world().admin, w.active());
    assertThat(active.state())
        .as("FR-4, FR-8: below strength, suspended")
        .isEqualTo(ForumState.SUSPENDED);
    assertThat(active.history().get(active.history().size() - 1).reason())
        .startsWith("a member left and the forum no longer meets its rules");
    assertThat(active.members()).hasSize(3);
    assertThat(w.sdk().practitioners().get(w.world().admin, w.y()).lineManager()).isEmpty();
    assertThat(w.sdk().forums().get(w.world().admin, w.sponsored()).sponsor()).isEmpty();
    assertThat(w.sdk().forums().get(w.world().admin, w.invited()).invitations()).isEmpty();
    Facilitation facilitation =
        w.sdk().forums().get(w.world().admin, w.facilitated()).facilitations().get(0);
    assertThat(facilitation.ongoing()).isFalse();

    Set<String> tokens = new TreeSet<>();
    tokens.add(facilitation.facilitator().value());
    for (Member m : w.sdk().forums().get(w.world().admin, w.closed()).members()) {
      if (!w.world().people.contains(m.practitioner())) {
        tokens.add(m.practitioner().value());
      }
    }
    ForumTerms terms = w.sdk().terms().get(w.world().admin, w.active());
    for (TermsVersion v : terms.versions()) {
      for (Agreement a : v.agreements()) {
        if (!w.world().people.contains(a.party().asPractitioner())
            && !a.party().equals(w.sponsor())) {
          tokens.add(a.party().value());
        }
      }
      for (Objection o : v.objections()) {
        assertThat(o.reason()).doesNotContain(NAME);
        tokens.add(o.party().value());
      }
    }
    Session session = w.sdk().sessions().get(w.world().admin, w.session());
    assertThat(session.attendance()).hasSize(4);
    assertThat(session.present()).hasSize(3);
    for (Attendance a : session.attendance()) {
      if (!w.world().people.contains(a.practitioner())) {
        tokens.add(a.practitioner().value());
      }
    }
    assertThat(tokens).as("one token for the erasure, in every store").hasSize(1);
    assertThat(tokens.iterator().next()).doesNotContain(w.x().value());
  }

  /** After erasure nothing the SDK can read names the practitioner, and they are unknown. */
  @Test
  default void nothingOfTheErasedRemains() {
    ErasureWorld w = world(storage());
    assertThat(String.join("\n", w.world().everything())).contains(w.x().value()).contains(NAME);
    everythingStored().ifPresent(text -> assertThat(text).contains(w.x().value()).contains(NAME));
    w.sdk().privacy().erase(w.world().admin, w.x());
    everythingStored()
        .ifPresent(
            text ->
                assertThat(text)
                    .as("no column of any table, no stored record, names the erased")
                    .doesNotContain(w.x().value())
                    .doesNotContain(NAME));
    String everything = String.join("\n", w.world().everything());
    assertThat(everything).doesNotContain(w.x().value()).doesNotContain(NAME);
    assertThat(
            storage().inTransaction(tx -> tx.erasure().findReferences(w.x().asPerson())).isEmpty())
        .isTrue();
    assertThatThrownBy(() -> w.sdk().privacy().export(w.world().admin, w.x()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> w.sdk().privacy().erase(w.world().admin, w.x()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> w.sdk().practitioners().get(w.world().admin, w.x()))
        .isInstanceOf(NotFoundException.class);
  }

  /** Every other party's receipt still verifies; the erased party's no longer does. */
  @Test
  default void agreementsOfTheOtherPartiesStillVerify() {
    ErasureWorld w = world(storage());
    w.sdk().privacy().erase(w.world().admin, w.x());
    for (AgreementReceipt r : w.receipts()) {
      boolean erased = r.party().equals(w.x().asPerson());
      assertThat(w.sdk().terms().verify(w.world().admin, r))
          .as("a receipt verifies unless its party was erased")
          .isEqualTo(!erased);
    }
    TermsVersion inForce = w.sdk().terms().inForce(w.world().admin, w.active()).orElseThrow();
    assertThat(inForce.agreements()).hasSize(5);
    assertThat(inForce.hash().matches(inForce.content())).isTrue();
  }

  /** Actors other than an administrator cannot erase, and change nothing by trying. */
  @Test
  default void refusedActorsLeaveStateUnchanged() {
    ErasureWorld w = world(storage());
    List<String> before = w.world().everything();
    List<Actor> refused =
        List.of(
            Actor.practitioner(w.x()),
            Actor.practitioner(w.a()),
            Actor.manager(w.sponsor()),
            Actor.facilitator(PersonId.of("fac")),
            Actor.system());
    for (Actor actor : refused) {
      assertThatThrownBy(() -> w.sdk().privacy().erase(actor, w.x()))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageStartingWith("SEC-3: the access policy");
    }
    for (Actor actor :
        List.of(Actor.practitioner(w.a()), Actor.manager(w.sponsor()), Actor.system())) {
      assertThatThrownBy(() -> w.sdk().privacy().export(actor, w.x()))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("SEC-3");
    }
    for (Actor actor : List.of(Actor.practitioner(w.a()), Actor.manager(w.sponsor()))) {
      assertThatThrownBy(() -> w.sdk().privacy().applyRetention(actor))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("SEC-3");
    }
    assertThat(w.world().everything()).isEqualTo(before);
  }

  /** Erasing someone the SDK holds nothing about is not found, and stores nothing. */
  @Test
  default void erasingSomeoneUnknownIsNotFound() {
    PrivacyWorld world = new PrivacyWorld(storage());
    PractitionerId nobody = world.id("nobody");
    assertThatThrownBy(() -> world.sdk.privacy().erase(world.admin, nobody))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("SEC-3");
    assertThatThrownBy(() -> world.sdk.privacy().export(world.admin, nobody))
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * The export is JSON holding every category, for the practitioner or an administrator.
   *
   * @throws Exception if the export is not JSON
   */
  @Test
  default void exportHoldsEveryCategory() throws Exception {
    ErasureWorld w = world(storage());
    String text = w.sdk().privacy().export(Actor.practitioner(w.x()), w.x());
    assertThat(w.sdk().privacy().export(w.world().admin, w.x())).isEqualTo(text);
    JsonNode json = ForumJson.mapper().readTree(text);
    assertThat(json.get("format").asText()).isEqualTo("practitioners-forum-subject-access/1");
    assertThat(json.get("practitioner").asText()).isEqualTo(w.x().value());
    assertThat(json.get("profile").get("discipline").asText()).isEqualTo("social-work");
    assertThat(json.get("memberships")).hasSize(2);
    assertThat(json.get("invitationsReceived")).hasSize(1);
    assertThat(json.get("invitationsSent").isArray()).isTrue();
    assertThat(json.get("facilitations")).hasSize(1);
    assertThat(json.get("sponsorships")).hasSize(1);
    assertThat(json.get("agreements")).hasSize(1);
    assertThat(json.get("agreements").get(0).get("contentHash").asText()).hasSize(64);
    assertThat(json.get("objections")).hasSize(1);
    assertThat(json.get("objections").get(0).get("reason").asText()).contains(NAME);
    assertThat(json.get("attendance")).hasSize(1);
    assertThat(json.get("attendance").get(0).get("status").asText()).isEqualTo("PRESENT");
    assertThat(json.get("lineManagerOf").asInt()).isEqualTo(1);
    assertThat(json.get("heldInOtherForms").size()).isGreaterThan(3);
    for (JsonNode n : json.get("heldInOtherForms")) {
      assertThat(n.get("category").asText()).isNotBlank();
      assertThat(n.get("why").asText()).isNotBlank();
      assertThat(n.get("onErasure").asText()).isNotBlank();
    }
    assertThat(text).as("other people's ids are theirs").doesNotContain(w.y().value());
    if (storage().inTransaction(tx -> tx instanceof CpdTransaction)) {
      JsonNode notes = json.get("cpdNotes").get("notes");
      assertThat(notes).hasSize(1);
      assertThat(notes.get(0).get("session").asText()).isEqualTo(w.session().value());
      assertThat(notes.get(0).get("content").get("learnt").asText()).contains(NAME);
    }
  }

  /** Retention removes attendance, then sessions, of forums closed longer ago than the periods. */
  @Test
  default void retentionRemovesWhatOutlivedItsPeriodByTheClock() {
    RetentionSettings settings =
        RetentionSettings.builder()
            .closedForumAttendance(Period.ofDays(30))
            .closedForumSessions(Period.ofYears(1))
            .build();
    PrivacyWorld world = new PrivacyWorld(storage(), settings);
    List<PractitionerId> members = members(world, "r");
    ForumId[] created = new ForumId[1];
    world.activeForum("kept", PersonId.of(world.ns + "mgr"), members, created);
    ForumId forum = created[0];
    SessionId session = world.hold(forum, members.get(0), Set.copyOf(members.subList(0, 3)));
    world.close(forum);
    PrivacyWorld other = new PrivacyWorld(storage());
    List<PractitionerId> others = members(other, "o");
    other.activeForum("other", PersonId.of(other.ns + "mgr"), others, created);
    ForumId otherForum = created[0];
    SessionId otherSession = other.hold(otherForum, others.get(0), Set.copyOf(others));
    other.close(otherForum);
    Instant closedAt = world.clock.instant();

    world.clock.advance(Duration.ofDays(30).minusSeconds(1));
    RetentionReport early = world.sdk.privacy().applyRetention(Actor.system());
    assertThat(early.attendanceRemoved()).isZero();
    assertThat(early.sessionsRemoved()).isZero();
    assertThat(world.sdk.sessions().get(world.admin, session).attendance()).hasSize(4);

    world.clock.advance(Duration.ofSeconds(1));
    RetentionReport month = world.sdk.privacy().applyRetention(world.admin);
    assertThat(month.attendanceRemoved()).isEqualTo(4);
    assertThat(month.sessionsRemoved()).isZero();
    assertThat(month.forumsPastRetention()).isEqualTo(1);
    assertThat(month.appliedAt()).isEqualTo(closedAt.plus(Duration.ofDays(30)));
    assertThat(world.sdk.sessions().get(world.admin, session).attendance()).isEmpty();

    world.clock.advance(Duration.ofDays(365 - 30));
    RetentionReport year = world.sdk.privacy().applyRetention(Actor.system());
    assertThat(year.sessionsRemoved()).isEqualTo(1);
    assertThat(year.attendanceRemoved()).isZero();
    assertThat(world.sdk.sessions().list(world.admin, forum)).isEmpty();
    assertThatThrownBy(() -> world.sdk.sessions().get(world.admin, session))
        .isInstanceOf(NotFoundException.class);
    assertThat(other.sdk.sessions().get(other.admin, otherSession).attendance())
        .as("an organisation without periods keeps everything")
        .hasSize(4);
    assertThat(world.sdk.privacy().applyRetention(Actor.system()).sessionsRemoved()).isZero();
  }

  /** The store finds closed forums by when they closed, with their organisation. */
  @Test
  default void erasureStoreFindsForumsClosedBeforeATime() {
    PrivacyWorld world = new PrivacyWorld(storage());
    ForumId open = world.propose("open", Optional.empty());
    ForumId shut = world.propose("shut", Optional.empty());
    world.close(shut);
    Instant closedAt = world.clock.instant();
    List<ClosedForum> atClosing =
        storage().inTransaction(tx -> tx.erasure().findClosedBefore(closedAt));
    assertThat(atClosing).noneMatch(c -> c.forum().equals(shut) || c.forum().equals(open));
    List<ClosedForum> after =
        storage().inTransaction(tx -> tx.erasure().findClosedBefore(closedAt.plusNanos(1)));
    assertThat(after)
        .filteredOn(c -> c.forum().value().startsWith(world.ns))
        .containsExactly(new ClosedForum(shut, world.org, closedAt));
  }

  /** Deleting a profile or a session checks the version read, and finds what is missing. */
  @Test
  default void deletesOfProfilesAndSessionsAreVersionChecked() {
    PrivacyWorld world = new PrivacyWorld(storage());
    List<PractitionerId> members = members(world, "d");
    ForumId[] created = new ForumId[1];
    world.activeForum("f", PersonId.of(world.ns + "mgr"), members, created);
    SessionId id = world.hold(created[0], members.get(0), Set.copyOf(members));
    PractitionerProfile profile = world.sdk.practitioners().get(world.admin, members.get(3));
    Session session = world.sdk.sessions().get(world.admin, id);
    PractitionerProfile stale =
        PractitionerProfile.builder().from(profile).version(profile.version() + 1).build();
    Session staleSession = Session.builder().from(session).version(session.version() + 1).build();
    assertThatThrownBy(
            () -> storage().inTransaction(tx -> run(() -> tx.practitioners().delete(stale))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(
            () -> storage().inTransaction(tx -> run(() -> tx.sessions().delete(staleSession))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(world.sdk.sessions().get(world.admin, id).attendance()).hasSize(4);
    storage()
        .inTransaction(
            tx -> {
              tx.sessions().delete(session);
              tx.practitioners().delete(profile);
              assertThat(tx.sessions().find(id)).isEmpty();
              assertThat(tx.practitioners().find(profile.id())).isEmpty();
              return null;
            });
    Optional<Session> gone = storage().inTransaction(tx -> tx.sessions().find(id));
    Optional<PractitionerProfile> erased =
        storage().inTransaction(tx -> tx.practitioners().find(profile.id()));
    assertThat(gone).isEmpty();
    assertThat(erased).isEmpty();
    assertThatThrownBy(
            () -> storage().inTransaction(tx -> run(() -> tx.practitioners().delete(profile))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> storage().inTransaction(tx -> run(() -> tx.sessions().delete(session))))
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * Random erasures interleaved with random commands: after every erasure nothing readable names
   * the erased, the store finds nothing that does, no active forum is below strength, and every
   * receipt verifies exactly when its party was not erased.
   */
  @Test
  default void randomErasuresInterleavedWithCommandsKeepEveryRule() {
    qt().withExamples(erasureExamples())
        .withShrinkCycles(20)
        .forAll(lists().of(integers().all()).ofSizeBetween(1, 30))
        .checkAssert(commands -> new ErasureRun(storage(), this::everythingStored).run(commands));
  }

  private static Object run(Runnable r) {
    r.run();
    return null;
  }

  private static List<PractitionerId> members(PrivacyWorld world, String prefix) {
    List<Discipline> ds =
        List.of(Discipline.SOCIAL_WORK, Discipline.NURSING, Discipline.OCCUPATIONAL_THERAPY);
    List<PractitionerId> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(world.register(prefix + i, ds.get(i % 3), Optional.empty()));
    }
    return out;
  }

  /**
   * The standard world: x is a member of an active forum of four (with terms agreed, an objection
   * naming x's name, and a session x attended) and of a closed forum, holds an invitation to a
   * third, sponsors a fourth and facilitates a fifth; y's line manager is x.
   */
  private static ErasureWorld world(org.practitionersforum.api.spi.ForumStorage storage) {
    PrivacyWorld world = new PrivacyWorld(storage);
    PersonId sponsor = PersonId.of(world.ns + "mgr");
    PractitionerId x = world.register("x", Discipline.SOCIAL_WORK, Optional.empty());
    PractitionerId a = world.register("a", Discipline.NURSING, Optional.empty());
    PractitionerId b = world.register("b", Discipline.OCCUPATIONAL_THERAPY, Optional.empty());
    PractitionerId c = world.register("c", Discipline.SOCIAL_WORK, Optional.empty());
    PractitionerId d = world.register("d", Discipline.NURSING, Optional.empty());
    PractitionerId y = world.register("y", Discipline.HOUSING_SUPPORT, Optional.of(x));
    ForumId[] created = new ForumId[1];
    List<AgreementReceipt> receipts =
        world.activeForum("active", sponsor, List.of(x, a, b, c), created);
    ForumId active = created[0];
    TermsContent amended =
        TermsContent.builder()
            .from(TermsTemplate.standard(LocalDate.of(2040, 1, 1)))
            .quorum(TermsTemplate.DEFAULT_QUORUM + 1)
            .build();
    Actor first = Actor.practitioner(a);
    world.clock.advance(Duration.ofMinutes(1));
    world.sdk.terms().draft(first, active, amended);
    world.clock.advance(Duration.ofMinutes(1));
    world.sdk.terms().propose(first, active, ContentHash.of(amended));
    world.clock.advance(Duration.ofMinutes(1));
    world
        .sdk
        .terms()
        .object(
            Actor.practitioner(x),
            active,
            x.asPerson(),
            ContentHash.of(amended),
            "As " + NAME + " I think the quorum is too high.");
    SessionId session = world.hold(active, a, Set.of(x, a, b));
    if (storage.inTransaction(tx -> tx instanceof CpdTransaction)) {
      world.clock.advance(Duration.ofMinutes(1));
      world
          .sdk
          .notes()
          .write(
              Actor.practitioner(x),
              session,
              NoteContent.builder()
                  .learnt("Talking it through with " + NAME + " helped.")
                  .peerLearning("The forum had seen it before.")
                  .build());
    }
    ForumId closed = world.propose("closed", Optional.empty());
    world.join(closed, x);
    world.join(closed, d);
    world.close(closed);
    ForumId invited = world.propose("invited", Optional.empty());
    world.clock.advance(Duration.ofMinutes(1));
    world.sdk.forums().invite(world.admin, invited, x);
    ForumId sponsored = world.propose("sponsored", Optional.of(x.asPerson()));
    ForumId facilitated = world.propose("facilitated", Optional.empty());
    world.join(facilitated, d);
    world.clock.advance(Duration.ofMinutes(1));
    world.sdk.forums().startFacilitation(world.admin, facilitated, x.asPerson());
    return new ErasureWorld(
        world,
        x,
        a,
        y,
        sponsor,
        active,
        closed,
        invited,
        sponsored,
        facilitated,
        session,
        receipts);
  }
}

package org.practitionersforum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.ForumService;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.StateChange;
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
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.core.memory.InMemoryForumStorage;

/**
 * A forum with a long lifecycle history: its commands read only its current snapshot, yet every
 * rule still holds, the history is kept whole, and it is read a page at a time.
 */
class ForumHistoryTest {
  private static final OrganisationId ORG = OrganisationId.of("org-1");
  private static final BaseId BASE = BaseId.of("base-1");
  private static final PersonId SPONSOR = PersonId.of("sponsor-1");
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin-1"));
  private static final Discipline[] DISCIPLINES = {
    Discipline.SOCIAL_WORK,
    Discipline.NURSING,
    Discipline.OCCUPATIONAL_THERAPY,
    Discipline.HOUSING_SUPPORT
  };

  /** How many times the forum is suspended and activated again before a test. */
  private static final int CYCLES = 120;

  /** The proposal, the start of formation, the first activation, then two changes a cycle. */
  private static final int HISTORY = 3 + 2 * CYCLES;

  private final ForumSdk sdk =
      ForumSdk.builder()
          .storage(new InMemoryForumStorage())
          .clock(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC))
          .build();
  private final ForumId forum = ForumId.of("forum-1");
  private final List<PractitionerId> people = new ArrayList<>();
  private final PractitionerId outsider = PractitionerId.of("children-worker");
  private final PractitionerId report = PractitionerId.of("report-of-p-0");
  private ContentHash terms;

  /**
   * Registers ten practitioners (plus one of another specialism and one whose line manager is the
   * first), proposes a forum that the first five join, agrees its terms, activates it and then
   * suspends and activates it {@link #CYCLES} times.
   */
  private void longLivedForum() {
    for (int i = 0; i < 10; i++) {
      PractitionerId id = PractitionerId.of("p-" + i);
      register(id, DISCIPLINES[i % DISCIPLINES.length], Specialism.ADULTS, Optional.empty());
      people.add(id);
    }
    register(outsider, Discipline.SOCIAL_WORK, Specialism.CHILDREN_AND_FAMILIES, Optional.empty());
    register(report, Discipline.NURSING, Specialism.ADULTS, Optional.of(people.get(0)));
    sdk.forums()
        .propose(
            ADMIN,
            ForumProposal.builder()
                .id(forum)
                .name("Forum one")
                .organisation(ORG)
                .base(BASE)
                .locality(LocalityId.of("locality-1"))
                .composition(
                    Composition.builder()
                        .disciplineMix(Composition.Mix.MULTI)
                        .specialismMix(Composition.Mix.SINGLE)
                        .specialism(Specialism.ADULTS)
                        .focus(Composition.Focus.ORGANISATION)
                        .build())
                .sponsor(SPONSOR)
                .build());
    for (PractitionerId p : people.subList(0, 5)) {
      sdk.forums().join(self(p), forum, p);
    }
    TermsContent content = TermsTemplate.standard(LocalDate.of(2027, 3, 1));
    sdk.terms().draft(self(people.get(0)), forum, content);
    terms = ContentHash.of(content);
    sdk.terms().propose(self(people.get(0)), forum, terms);
    sdk.terms()
        .parties(ADMIN, forum)
        .forEach(
            (party, role) ->
                sdk.terms()
                    .agree(
                        switch (role) {
                          case MEMBER -> self(party.asPractitioner());
                          case FACILITATOR -> Actor.facilitator(party);
                          case SPONSOR -> Actor.manager(party);
                        },
                        forum,
                        party,
                        terms));
    sdk.forums().transition(ADMIN, forum, ForumState.ACTIVE, "our terms are agreed");
    for (int i = 0; i < CYCLES; i++) {
      sdk.forums().transition(ADMIN, forum, ForumState.SUSPENDED, "a pause, number " + i);
      sdk.forums().transition(ADMIN, forum, ForumState.ACTIVE, "back, number " + i);
    }
    assertThat(whole().history()).hasSize(HISTORY);
  }

  private void register(
      PractitionerId id,
      Discipline discipline,
      Specialism specialism,
      Optional<PractitionerId> lineManager) {
    sdk.practitioners()
        .register(
            ADMIN,
            PractitionerProfile.builder()
                .id(id)
                .discipline(discipline)
                .specialism(specialism)
                .base(BASE)
                .organisation(ORG)
                .locality(LocalityId.of("locality-1"))
                .lineManager(lineManager)
                .build());
  }

  private static Actor self(PractitionerId p) {
    return Actor.practitioner(p);
  }

  private Forum whole() {
    return sdk.forums().get(ADMIN, forum);
  }

  private void joinAgreeing(PractitionerId p) {
    sdk.terms().joinAgreeing(self(p), forum, p, terms);
  }

  private static List<ViolationCode> codes(RuleViolationException e) {
    return e.violations().stream().map(Violation::code).toList();
  }

  private static List<ViolationCode> refused(Runnable command) {
    return codes(catchThrowableOfType(RuleViolationException.class, command::run));
  }

  /**
   * Checks that the whole history is the earlier one followed by the given changes: the changes a
   * command appended to a snapshot never replace the entries the snapshot left out.
   */
  private void assertHistory(List<StateChange> earlier, ForumState... appended) {
    List<StateChange> now = whole().history();
    assertThat(now).hasSize(earlier.size() + appended.length);
    assertThat(now.subList(0, earlier.size())).isEqualTo(earlier);
    assertThat(now.subList(earlier.size(), now.size()))
        .extracting(StateChange::to)
        .containsExactly(appended);
  }

  @Test
  void aLongLivedForumStillJoinsAndLeavesUnderEveryRule() {
    longLivedForum();
    List<StateChange> earlier = whole().history();
    Forum before = whole();

    // FR-2: nobody joins anyone else. TR-4: with terms in force, a newcomer joins by agreeing them.
    PractitionerId newcomer = people.get(5);
    assertThatThrownBy(() -> sdk.forums().join(ADMIN, forum, newcomer))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(refused(() -> sdk.forums().join(self(newcomer), forum, newcomer)))
        .containsExactly(ViolationCode.TERMS_NOT_AGREED);
    // FR-5: the forum admits adults' services only; FR-7: not with one's line manager.
    assertThat(refused(() -> joinAgreeing(outsider)))
        .containsExactly(ViolationCode.SPECIALISM_NOT_ADMITTED);
    assertThat(refused(() -> joinAgreeing(report)))
        .containsExactly(ViolationCode.LINE_MANAGEMENT_CONFLICT);
    assertThat(whole()).isEqualTo(before);

    joinAgreeing(newcomer);
    assertThat(whole().memberIds()).contains(newcomer);
    assertThat(refused(() -> joinAgreeing(newcomer))).containsExactly(ViolationCode.ALREADY_MEMBER);
    // FR-4: up to the maximum of 8, and no further.
    joinAgreeing(people.get(6));
    joinAgreeing(people.get(7));
    assertThat(whole().members()).hasSize(8);
    assertThat(refused(() -> joinAgreeing(people.get(8))))
        .containsExactly(ViolationCode.FORUM_FULL);
    assertHistory(earlier);

    // Leaving: only for oneself, only a member, and below the minimum the forum is suspended.
    assertThatThrownBy(() -> sdk.forums().leave(ADMIN, forum, newcomer))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(refused(() -> sdk.forums().leave(self(people.get(9)), forum, people.get(9))))
        .containsExactly(ViolationCode.NOT_A_MEMBER);
    for (PractitionerId p : people.subList(4, 8)) {
      assertThat(sdk.forums().leave(self(p), forum, p).state()).isEqualTo(ForumState.ACTIVE);
    }
    assertHistory(earlier);
    Forum suspended = sdk.forums().leave(self(people.get(3)), forum, people.get(3));
    assertThat(suspended.state()).isEqualTo(ForumState.SUSPENDED);
    assertThat(suspended.history().get(suspended.history().size() - 1).reason())
        .contains("BELOW_MINIMUM");
    assertHistory(earlier, ForumState.SUSPENDED);

    // FR-8: a closed forum takes no joins and no leaves.
    sdk.forums().transition(ADMIN, forum, ForumState.CLOSED, "we have run our course");
    assertThat(refused(() -> joinAgreeing(people.get(8))))
        .containsExactly(ViolationCode.FORUM_CLOSED);
    assertThat(refused(() -> sdk.forums().leave(self(people.get(0)), forum, people.get(0))))
        .containsExactly(ViolationCode.FORUM_CLOSED);
    assertHistory(earlier, ForumState.SUSPENDED, ForumState.CLOSED);
  }

  /**
   * Checks that a command's snapshot is the whole forum as stored with the first of its state
   * changes and facilitations left out and counted: it holds the latest of each.
   */
  private void assertSnapshotOfWhole(Forum snapshot) {
    Forum whole = whole();
    List<StateChange> history = whole.history();
    assertThat(snapshot.earlierHistory() + snapshot.history().size()).isEqualTo(history.size());
    assertThat(snapshot.history())
        .isEqualTo(history.subList(snapshot.earlierHistory(), history.size()));
    assertThat(snapshot.earlierFacilitations() + snapshot.facilitations().size())
        .isEqualTo(whole.facilitations().size());
    assertThat(snapshot.facilitations())
        .isEqualTo(
            whole
                .facilitations()
                .subList(snapshot.earlierFacilitations(), whole.facilitations().size()));
    assertThat(snapshot.members()).isEqualTo(whole.members());
    assertThat(snapshot.version()).isEqualTo(whole.version());
  }

  @Test
  void theSnapshotACommandReturnsHoldsTheLatestEntriesAndCountsTheRest() {
    longLivedForum();
    List<StateChange> earlier = whole().history();

    // The in-memory store reads a forum for a command with its latest state change only.
    Forum left = sdk.forums().leave(self(people.get(4)), forum, people.get(4));
    assertThat(left.history()).containsExactly(earlier.get(HISTORY - 1));
    assertThat(left.earlierHistory()).isEqualTo(HISTORY - 1);
    assertSnapshotOfWhole(left);

    // A change appended to it follows the latest one read.
    Forum suspended = sdk.forums().transition(ADMIN, forum, ForumState.SUSPENDED, "a last pause");
    assertThat(suspended.history())
        .extracting(StateChange::reason)
        .containsExactly("back, number " + (CYCLES - 1), "a last pause");
    assertThat(suspended.earlierHistory()).isEqualTo(HISTORY - 1);
    assertThat(suspended.state()).isEqualTo(ForumState.SUSPENDED);
    assertSnapshotOfWhole(suspended);

    // Facilitation: the latest is held, the ones before it counted (FR-6).
    for (int i = 0; i < 3; i++) {
      PersonId facilitator = PersonId.of("facilitator-" + i);
      Forum started = sdk.forums().startFacilitation(ADMIN, forum, facilitator);
      assertThat(started.currentFacilitation().orElseThrow().facilitator()).isEqualTo(facilitator);
      assertThat(started.earlierFacilitations()).isEqualTo(Math.max(0, i - 1));
      assertSnapshotOfWhole(started);
      Forum ended = sdk.forums().endFacilitation(self(people.get(0)), forum, "we run ourselves");
      assertThat(ended.facilitations()).hasSize(1);
      assertThat(ended.facilitations().get(0).facilitator()).isEqualTo(facilitator);
      assertThat(ended.earlierFacilitations()).isEqualTo(i);
      assertThat(ended.currentFacilitation()).isEmpty();
      assertSnapshotOfWhole(ended);
    }

    // Read whole, the forum holds every entry.
    Forum whole = whole();
    assertThat(whole.earlierHistory()).isZero();
    assertThat(whole.earlierFacilitations()).isZero();
    assertThat(whole.history()).hasSize(HISTORY + 1);
    assertThat(whole.history().subList(0, HISTORY)).isEqualTo(earlier);
    assertThat(whole.history().get(HISTORY).reason()).isEqualTo("a last pause");
    assertThat(whole.facilitations())
        .extracting(f -> f.facilitator().value())
        .containsExactly("facilitator-0", "facilitator-1", "facilitator-2");
    assertThat(whole.facilitations()).allMatch(f -> !f.ongoing());
  }

  @Test
  void historyIsReadAPageAtATime() {
    longLivedForum();
    List<StateChange> all = whole().history();
    assertThat(sdk.forums().history(ADMIN, forum, 0, 50)).isEqualTo(all.subList(0, 50));
    assertThat(sdk.forums().history(ADMIN, forum, 100, 50)).isEqualTo(all.subList(100, 150));
    assertThat(sdk.forums().history(ADMIN, forum, HISTORY - 3, 50))
        .isEqualTo(all.subList(HISTORY - 3, HISTORY));
    assertThat(sdk.forums().history(ADMIN, forum, HISTORY, 50)).isEmpty();
    assertThat(sdk.forums().history(ADMIN, forum, HISTORY + 100, 1)).isEmpty();
    assertThat(sdk.forums().history(ADMIN, forum, 0, ForumService.MAX_HISTORY_PAGE)).isEqualTo(all);
    assertThat(sdk.forums().history(ADMIN, forum, 0, 1))
        .extracting(StateChange::to)
        .containsExactly(ForumState.PROPOSED);
    List<StateChange> walked = new ArrayList<>();
    for (int from = 0; from < HISTORY; from += 17) {
      walked.addAll(sdk.forums().history(ADMIN, forum, from, 17));
    }
    assertThat(walked).isEqualTo(all);
  }

  @Test
  void aBadPageOrAnUnknownForumIsRefused() {
    longLivedForum();
    assertThatThrownBy(() -> sdk.forums().history(ADMIN, forum, -1, 10))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().history(ADMIN, forum, 0, 0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().history(ADMIN, forum, 0, -5))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> sdk.forums().history(ADMIN, forum, 0, ForumService.MAX_HISTORY_PAGE + 1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().history(ADMIN, ForumId.of("no-such-forum"), 0, 10))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sdk.forums().history(null, forum, 0, 10))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> sdk.forums().history(ADMIN, null, 0, 10))
        .isInstanceOf(InvalidInputException.class);
  }
}

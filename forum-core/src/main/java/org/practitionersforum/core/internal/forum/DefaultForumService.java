// Longer than 500 lines because it holds every command of ForumService (FR-1 to FR-8), each a
// short unit of work; the rules themselves live in the *Policy classes beside it.
package org.practitionersforum.core.internal.forum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.event.FacilitationEnded;
import org.practitionersforum.api.event.FacilitationStarted;
import org.practitionersforum.api.event.FormationStarted;
import org.practitionersforum.api.event.ForumActivated;
import org.practitionersforum.api.event.ForumClosed;
import org.practitionersforum.api.event.ForumProposed;
import org.practitionersforum.api.event.ForumSuspended;
import org.practitionersforum.api.event.MemberInvited;
import org.practitionersforum.api.event.MemberJoined;
import org.practitionersforum.api.event.MemberLeft;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.ForumService;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.tx.Transactor;

/** The formation rules FR-1 to FR-8 as a service. Thread-safe. */
final class DefaultForumService implements ForumService, Admissions, Departures {
  /** The longest stated reason accepted. */
  static final int MAX_REASON_LENGTH = 500;

  /** The system, which records the state changes a command causes by a rule. */
  private static final Actor SYSTEM = Actor.system();

  private final Transactor transactor;
  private final Access access;
  private final Function<OrganisationId, FormationSettings> settings;
  private final FormationRules rules = new FormationRules();
  private final List<TransitionGuard> guards;
  private final List<ForumChangeHook> hooks;

  /**
   * Creates the service.
   *
   * @param transactor runs commands as units of work
   * @param access decides who may do what
   * @param settings each organisation's formation settings
   * @param guards further transition rules from other capabilities
   */
  DefaultForumService(
      Transactor transactor,
      Access access,
      Function<OrganisationId, FormationSettings> settings,
      List<TransitionGuard> guards) {
    this(transactor, access, settings, guards, List.of());
  }

  /**
   * Creates the service with hooks of other capabilities.
   *
   * @param transactor runs commands as units of work
   * @param access decides who may do what
   * @param settings each organisation's formation settings
   * @param guards further transition rules from other capabilities
   * @param hooks further admission rules and reactions to membership changes
   */
  DefaultForumService(
      Transactor transactor,
      Access access,
      Function<OrganisationId, FormationSettings> settings,
      List<TransitionGuard> guards,
      List<ForumChangeHook> hooks) {
    this.transactor = transactor;
    this.access = access;
    this.settings = settings;
    this.guards = List.copyOf(guards);
    this.hooks = List.copyOf(hooks);
  }

  @Override
  public Forum propose(Actor actor, ForumProposal proposal) {
    Checks.notNull(actor, "actor");
    Checks.notNull(proposal, "forum proposal");
    access.require(actor, Operation.FORUM_PROPOSE, Subject.in(proposal.organisation()));
    String name = Checks.text(proposal.name(), "forum name", Forum.MAX_NAME_LENGTH);
    FormationSettings s =
        Checks.notNull(settings.apply(proposal.organisation()), "formation settings");
    return transactor.write(
        actor,
        Operation.FORUM_PROPOSE,
        AggregateRef.forum(proposal.id()),
        unit -> {
          Instant now = unit.now();
          Forum forum =
              Forum.builder()
                  .id(proposal.id())
                  .name(name)
                  .organisation(proposal.organisation())
                  .base(proposal.base())
                  .locality(proposal.locality())
                  .composition(proposal.composition())
                  .sizeBounds(s.sizeBounds())
                  .lineManagementExcluded(s.lineManagementExcluded())
                  .sponsor(proposal.sponsor())
                  .proposedAt(now)
                  .addHistory(
                      change(
                          Optional.empty(),
                          ForumState.PROPOSED,
                          "proposed at its base",
                          actor.role(),
                          now))
                  .build();
          if (unit.tx().forums().find(forum.id()).isPresent()) {
            throw new DuplicateException("a forum with this id already exists");
          }
          Forum stored = unit.tx().forums().insert(forum);
          unit.emit(new ForumProposed(stored.id(), now));
          return stored;
        });
  }

  @Override
  public Forum join(Actor actor, ForumId forumId, PractitionerId practitioner) {
    precheckSelf(actor, Operation.FORUM_JOIN, practitioner);
    Checks.notNull(forumId, "forum id");
    return onForum(
        actor,
        Operation.FORUM_JOIN,
        forumId,
        forum -> Subject.of(forum).about(practitioner),
        (unit, forum) -> {
          return admit(unit, forum, practitioner, true);
        });
  }

  @Override
  public Forum admitAgreeing(Transactor.Unit unit, ForumId forumId, PractitionerId practitioner) {
    return admit(unit, load(unit.tx(), forumId), practitioner, false);
  }

  @Override
  public Forum acceptInvitation(Actor actor, ForumId forumId, PractitionerId invitee) {
    precheckSelf(actor, Operation.FORUM_ACCEPT_INVITATION, invitee);
    Checks.notNull(forumId, "forum id");
    return onForum(
        actor,
        Operation.FORUM_ACCEPT_INVITATION,
        forumId,
        forum -> Subject.of(forum).about(invitee),
        (unit, forum) -> {
          if (forum.invitations().stream().noneMatch(i -> i.invitee().equals(invitee))) {
            throw new RuleViolationException(
                ViolationCode.NO_INVITATION,
                "there is no open invitation to this forum for the practitioner");
          }
          return admit(unit, forum, invitee, true);
        });
  }

  /** Admits a practitioner; any open invitation of theirs is closed by the join, however made. */
  private Forum admit(
      Transactor.Unit unit, Forum forum, PractitionerId practitioner, boolean hooked) {
    StorageTransaction tx = unit.tx();
    if (forum.isMember(practitioner)) {
      throw new RuleViolationException(
          ViolationCode.ALREADY_MEMBER, "the practitioner is already a member of this forum");
    }
    // The candidate's and the members' profiles in one read.
    List<PractitionerId> ids = new ArrayList<>(forum.members().size() + 1);
    ids.add(practitioner);
    forum.members().forEach(m -> ids.add(m.practitioner()));
    Map<PractitionerId, PractitionerProfile> found = tx.practitioners().findAll(ids);
    PractitionerProfile candidate = found.get(practitioner);
    if (candidate == null) {
      throw new NotFoundException(
          "the practitioner has no profile; the host must register one first");
    }
    List<PractitionerProfile> members = profilesOf(forum, found);
    List<Violation> violations = new ArrayList<>(rules.admission(forum, candidate, members));
    if (hooked) {
      for (ForumChangeHook hook : hooks) {
        violations.addAll(hook.admission(tx, forum, practitioner));
      }
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Instant now = unit.now();
    Forum.Builder next =
        Forum.builder()
            .from(forum)
            .addMembers(Member.builder().practitioner(practitioner).joinedAt(now).build())
            .invitations(
                forum.invitations().stream()
                    .filter(i -> !i.invitee().equals(practitioner))
                    .toList());
    boolean starts = forum.state() == ForumState.PROPOSED;
    if (starts) {
      next.addHistory(
          change(
              Optional.of(ForumState.PROPOSED),
              ForumState.FORMING,
              "its first member joined",
              SYSTEM.role(),
              now));
    }
    Forum stored = tx.forums().update(next.build());
    unit.emit(new MemberJoined(stored.id(), practitioner, now));
    for (ForumChangeHook hook : hooks) {
      hook.memberJoined(unit, stored);
    }
    if (starts) {
      unit.emit(new FormationStarted(stored.id(), now));
    }
    return stored;
  }

  @Override
  public Forum invite(Actor actor, ForumId forumId, PractitionerId invitee) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(invitee, "invitee");
    access.precheck(actor, Operation.FORUM_INVITE, Subject.person(invitee));
    return onForum(
        actor,
        Operation.FORUM_INVITE,
        forumId,
        forum -> Subject.of(forum).about(invitee),
        (unit, forum) -> {
          requireOpen(forum);
          if (forum.isMember(invitee)) {
            throw new RuleViolationException(
                ViolationCode.ALREADY_MEMBER, "the practitioner is already a member of this forum");
          }
          if (forum.invitations().stream().anyMatch(i -> i.invitee().equals(invitee))) {
            throw new DuplicateException(
                "an invitation to this forum is already open for the practitioner");
          }
          profile(unit.tx(), invitee);
          Instant now = unit.now();
          Forum stored =
              unit.tx()
                  .forums()
                  .update(
                      Forum.builder()
                          .from(forum)
                          .addInvitations(
                              Invitation.builder()
                                  .invitee(invitee)
                                  .invitedBy(actor.role())
                                  .invitedAt(now)
                                  .build())
                          .build());
          unit.emit(new MemberInvited(stored.id(), invitee, now));
          return stored;
        });
  }

  @Override
  public Forum leave(Actor actor, ForumId forumId, PractitionerId practitioner) {
    Checks.notNull(actor, "actor");
    Checks.notNull(practitioner, "practitioner id");
    Checks.notNull(forumId, "forum id");
    access.precheck(actor, Operation.FORUM_LEAVE, Subject.person(practitioner));
    return onForum(
        actor,
        Operation.FORUM_LEAVE,
        forumId,
        forum -> Subject.of(forum).about(practitioner),
        (unit, forum) -> {
          return depart(unit, forumId, practitioner, practitioner);
        });
  }

  @Override
  public Forum depart(
      Transactor.Unit unit,
      ForumId forumId,
      PractitionerId practitioner,
      PractitionerId reportedAs) {
    StorageTransaction tx = unit.tx();
    Forum forum = load(tx, forumId);
    requireOpen(forum);
    if (!forum.isMember(practitioner)) {
      throw new RuleViolationException(
          ViolationCode.NOT_A_MEMBER, "the practitioner is not a member of this forum");
    }
    Instant now = unit.now();
    Forum.Builder next =
        Forum.builder()
            .from(forum)
            .members(
                forum.members().stream()
                    .filter(m -> !m.practitioner().equals(practitioner))
                    .toList());
    boolean suspend = false;
    if (forum.state() == ForumState.ACTIVE) {
      Forum without = next.build();
      List<Violation> broken = rules.activeViolations(without, memberProfiles(tx, without));
      if (!broken.isEmpty()) {
        suspend = true;
        next.addHistory(
            change(
                Optional.of(ForumState.ACTIVE),
                ForumState.SUSPENDED,
                "a member left and the forum no longer meets its rules: " + codes(broken),
                SYSTEM.role(),
                now));
      }
    }
    Forum stored = tx.forums().update(next.build());
    unit.emit(new MemberLeft(stored.id(), reportedAs, now));
    partiesChanged(unit, stored);
    if (suspend) {
      unit.emit(new ForumSuspended(stored.id(), now));
    }
    return stored;
  }

  @Override
  public Forum transition(Actor actor, ForumId forumId, ForumState target, String reason) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(target, "target state");
    String why = Checks.text(reason, "reason for the transition", MAX_REASON_LENGTH);
    access.precheck(actor, Operation.FORUM_TRANSITION, Subject.none());
    return onForum(
        actor,
        Operation.FORUM_TRANSITION,
        forumId,
        Subject::of,
        (unit, forum) -> {
          StorageTransaction tx = unit.tx();
          List<Violation> violations = violations(tx, forum, target);
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          Instant now = unit.now();
          Forum stored =
              tx.forums()
                  .update(
                      Forum.builder()
                          .from(forum)
                          .addHistory(
                              change(Optional.of(forum.state()), target, why, actor.role(), now))
                          .build());
          switch (target) {
            case FORMING -> unit.emit(new FormationStarted(stored.id(), now));
            case ACTIVE -> unit.emit(new ForumActivated(stored.id(), now));
            case SUSPENDED -> unit.emit(new ForumSuspended(stored.id(), now));
            case CLOSED -> unit.emit(new ForumClosed(stored.id(), now));
            default -> throw new IllegalStateException("no forum becomes " + target);
          }
          return stored;
        });
  }

  @Override
  public List<Violation> check(Actor actor, ForumId forumId, ForumState target) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(target, "target state");
    access.precheck(actor, Operation.FORUM_CHECK, Subject.none());
    return transactor.read(
        tx -> {
          Forum forum = load(tx, forumId);
          access.require(actor, Operation.FORUM_CHECK, Subject.of(forum));
          return violations(tx, forum, target);
        });
  }

  private List<Violation> violations(StorageTransaction tx, Forum forum, ForumState target) {
    List<Violation> out =
        new ArrayList<>(rules.transition(forum, target, memberProfiles(tx, forum)));
    for (TransitionGuard guard : guards) {
      out.addAll(guard.check(tx, forum, target));
    }
    return out;
  }

  @Override
  public Forum startFacilitation(Actor actor, ForumId forumId, PersonId facilitator) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(facilitator, "facilitator");
    access.precheck(actor, Operation.FORUM_START_FACILITATION, Subject.none());
    return onForum(
        actor,
        Operation.FORUM_START_FACILITATION,
        forumId,
        Subject::of,
        (unit, forum) -> {
          requireOpen(forum);
          if (forum.currentFacilitation().isPresent()) {
            throw new RuleViolationException(
                ViolationCode.FACILITATION_STATE,
                "the forum already has an ongoing facilitation; the forum must end it first");
          }
          if (forum.isMember(facilitator.asPractitioner())) {
            throw new RuleViolationException(
                ViolationCode.FACILITATION_STATE,
                "a facilitator comes from outside the group and cannot be one of its members");
          }
          Instant now = unit.now();
          Forum stored =
              unit.tx()
                  .forums()
                  .update(
                      Forum.builder()
                          .from(forum)
                          .addFacilitations(
                              Facilitation.builder().facilitator(facilitator).start(now).build())
                          .build());
          unit.emit(new FacilitationStarted(stored.id(), now));
          partiesChanged(unit, stored);
          return stored;
        });
  }

  @Override
  public Forum endFacilitation(Actor actor, ForumId forumId, String reason) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    String why = Checks.text(reason, "reason for ending facilitation", MAX_REASON_LENGTH);
    access.precheck(actor, Operation.FORUM_END_FACILITATION, Subject.none());
    return onForum(
        actor,
        Operation.FORUM_END_FACILITATION,
        forumId,
        Subject::of,
        (unit, forum) -> {
          Facilitation current =
              forum
                  .currentFacilitation()
                  .orElseThrow(
                      () ->
                          new RuleViolationException(
                              ViolationCode.FACILITATION_STATE,
                              "the forum has no ongoing facilitation"));
          Instant now = unit.now();
          List<Facilitation> all = new ArrayList<>(forum.facilitations());
          all.set(
              all.size() - 1, Facilitation.builder().from(current).end(now).endReason(why).build());
          Forum stored =
              unit.tx().forums().update(Forum.builder().from(forum).facilitations(all).build());
          unit.emit(new FacilitationEnded(stored.id(), now));
          partiesChanged(unit, stored);
          return stored;
        });
  }

  @Override
  public Forum nameSponsor(Actor actor, ForumId forumId, PersonId sponsor) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(sponsor, "sponsor");
    access.precheck(actor, Operation.FORUM_NAME_SPONSOR, Subject.none());
    return onForum(
        actor,
        Operation.FORUM_NAME_SPONSOR,
        forumId,
        Subject::of,
        (unit, forum) -> {
          requireOpen(forum);
          Forum stored =
              unit.tx().forums().update(Forum.builder().from(forum).sponsor(sponsor).build());
          partiesChanged(unit, stored);
          return stored;
        });
  }

  @Override
  public Forum get(Actor actor, ForumId forumId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    access.precheck(actor, Operation.FORUM_GET, Subject.none());
    return transactor.read(
        tx -> {
          Forum forum =
              tx.forums()
                  .find(forumId)
                  .orElseThrow(() -> new NotFoundException("no forum has this id"));
          access.require(actor, Operation.FORUM_GET, Subject.of(forum));
          return forum;
        });
  }

  @Override
  public List<StateChange> history(Actor actor, ForumId forumId, int from, int limit) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    if (from < 0) {
      throw new InvalidInputException("a history page cannot start before position 0");
    }
    if (limit < 1 || limit > MAX_HISTORY_PAGE) {
      throw new InvalidInputException(
          "a history page holds 1 to " + MAX_HISTORY_PAGE + " state changes");
    }
    access.precheck(actor, Operation.FORUM_HISTORY, Subject.none());
    return transactor.read(
        tx -> {
          Forum forum = load(tx, forumId);
          access.require(actor, Operation.FORUM_HISTORY, Subject.of(forum));
          return tx.forums().findHistory(forumId, from, limit);
        });
  }

  @Override
  public List<Forum> forumsAt(Actor actor, BaseId base) {
    Checks.notNull(actor, "actor");
    Checks.notNull(base, "base id");
    access.precheck(actor, Operation.FORUM_LIST_AT_BASE, Subject.none());
    // A base's forums may belong to several organisations: each shows under its own policy.
    return transactor.read(
        tx ->
            tx.forums().findByBase(base).stream()
                .filter(
                    f ->
                        access
                            .granted(actor, Operation.FORUM_LIST_AT_BASE, Subject.of(f))
                            .isPresent())
                .toList());
  }

  @Override
  public List<Forum> forumsOf(Actor actor, PractitionerId practitioner) {
    Checks.notNull(actor, "actor");
    Checks.notNull(practitioner, "practitioner id");
    access.precheck(actor, Operation.FORUM_LIST_OF_PRACTITIONER, Subject.person(practitioner));
    return transactor.read(
        tx -> {
          access.require(
              actor, Operation.FORUM_LIST_OF_PRACTITIONER, Subject.practitioner(tx, practitioner));
          return tx.forums().findByMember(practitioner);
        });
  }

  /** A command's work on the forum it loaded, once the policy allowed it. */
  @FunctionalInterface
  private interface ForumWork<T> {
    T run(Transactor.Unit unit, Forum forum);
  }

  /**
   * Runs a command on one forum as a unit of work, audited against the forum: loads the forum, asks
   * the access policy about the subject read from it (SEC-1), then does the work.
   */
  private <T> T onForum(
      Actor actor,
      Operation operation,
      ForumId forumId,
      Function<Forum, Subject> subject,
      ForumWork<T> work) {
    return transactor.write(
        actor,
        operation,
        AggregateRef.forum(forumId),
        unit -> {
          Forum forum = load(unit.tx(), forumId);
          access.require(actor, operation, subject.apply(forum));
          return work.run(unit, forum);
        });
  }

  private void partiesChanged(Transactor.Unit unit, Forum stored) {
    for (ForumChangeHook hook : hooks) {
      hook.partiesChanged(unit, stored);
    }
  }

  /**
   * Reads a forum for a command: its current snapshot, which leaves out the earlier history and
   * facilitations (no rule needs them: the lifecycle rules look at the current state, FR-6 at the
   * latest facilitation), so a command costs the same however long the forum has lived. A next
   * snapshot built from it with {@code Forum.builder().from(forum)} carries the counts of the
   * entries left out, and the store keeps those entries.
   */
  static Forum load(StorageTransaction tx, ForumId id) {
    return tx.forums()
        .findCurrent(id)
        .orElseThrow(() -> new NotFoundException("no forum has this id"));
  }

  static PractitionerProfile profile(StorageTransaction tx, PractitionerId id) {
    return tx.practitioners()
        .find(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "the practitioner has no profile; the host must register one first"));
  }

  static List<PractitionerProfile> memberProfiles(StorageTransaction tx, Forum forum) {
    List<PractitionerId> ids = forum.members().stream().map(Member::practitioner).toList();
    return profilesOf(forum, tx.practitioners().findAll(ids));
  }

  private static List<PractitionerProfile> profilesOf(
      Forum forum, Map<PractitionerId, PractitionerProfile> found) {
    List<PractitionerProfile> out = new ArrayList<>(forum.members().size());
    for (Member m : forum.members()) {
      PractitionerProfile p = found.get(m.practitioner());
      if (p == null) {
        throw new NotFoundException("a member of the forum has no profile");
      }
      out.add(p);
    }
    return out;
  }

  private void precheckSelf(Actor actor, Operation operation, PractitionerId practitioner) {
    Checks.notNull(actor, "actor");
    Checks.notNull(practitioner, "practitioner id");
    access.precheck(actor, operation, Subject.person(practitioner));
  }

  private static void requireOpen(Forum forum) {
    if (forum.state() == ForumState.CLOSED) {
      throw new RuleViolationException(
          ViolationCode.FORUM_CLOSED, "the forum is closed; nothing more can happen in it");
    }
  }

  private static String codes(List<Violation> violations) {
    return String.join(", ", violations.stream().map(v -> v.code().name()).toList());
  }

  static StateChange change(
      Optional<ForumState> from, ForumState to, String reason, Role by, Instant at) {
    return StateChange.builder().from(from).to(to).reason(reason).by(by).at(at).build();
  }
}

package org.practitionersforum.api.forum;

import java.util.List;
import org.practitionersforum.api.Beta;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;

/**
 * Forms and runs forums under the formation rules FR-1 to FR-8.
 *
 * <p>Every operation takes the {@link Actor} performing it. Every change is all-or-nothing: an
 * operation that throws has stored nothing and published no event. Implementations are thread-safe;
 * the size bounds hold under concurrent joins.
 *
 * <p>Errors: {@link org.practitionersforum.api.InvalidInputException} for missing or malformed
 * arguments, {@link org.practitionersforum.api.NotFoundException} for unknown forums or
 * practitioners, {@link org.practitionersforum.api.PermissionDeniedException} when the actor may
 * not act so, {@link org.practitionersforum.api.RuleViolationException} carrying every broken rule,
 * and {@link org.practitionersforum.api.spi.StorageException} when storage fails.
 */
public interface ForumService {

  /**
   * Proposes a new forum at a base (FR-1). Its size bounds and line-management rule come from the
   * organisation's settings. Nobody becomes a member by proposing (FR-2).
   *
   * @param actor who proposes; any role but {@code SYSTEM}
   * @param proposal the forum to propose
   * @return the stored forum, in state {@link ForumState#PROPOSED}
   * @throws org.practitionersforum.api.DuplicateException if a forum with that id exists
   */
  Forum propose(Actor actor, ForumProposal proposal);

  /**
   * Makes a practitioner a member of a forum. Only the practitioner themselves can do it (FR-2).
   * The join is refused, with every violation at once, if the forum is closed (FR-8) or full
   * (FR-4), or the practitioner is outside its composition (FR-5) or would be with their line
   * manager or direct report (FR-7). The first join moves a proposed forum to forming.
   *
   * @param actor the practitioner, acting for themselves
   * @param forum the forum to join
   * @param practitioner the practitioner joining
   * @return the forum after the join
   * @throws org.practitionersforum.api.PermissionDeniedException naming FR-2 if the actor is anyone
   *     else
   */
  Forum join(Actor actor, ForumId forum, PractitionerId practitioner);

  /**
   * Invites a practitioner to join. An invitation adds nobody (FR-2): only the invitee can accept
   * it. Any current member, the forum's facilitator, its sponsor or an administrator may invite.
   *
   * @param actor who invites
   * @param forum the forum
   * @param invitee the practitioner invited
   * @return the forum with the open invitation
   */
  Forum invite(Actor actor, ForumId forum, PractitionerId invitee);

  /**
   * Accepts an open invitation: the same rules as {@link #join} apply, and the invitation is
   * closed.
   *
   * @param actor the invited practitioner, acting for themselves
   * @param forum the forum
   * @param invitee the invited practitioner
   * @return the forum after the join
   */
  Forum acceptInvitation(Actor actor, ForumId forum, PractitionerId invitee);

  /**
   * Removes a practitioner from a forum at their own request (FR-2). An active forum that falls
   * below its minimum, or below two disciplines when multi-discipline, is suspended with that
   * reason (FR-8). {@code SYSTEM} may also remove a member, for erasure.
   *
   * @param actor the practitioner, acting for themselves, or {@code SYSTEM}
   * @param forum the forum
   * @param practitioner the member leaving
   * @return the forum after the departure
   */
  Forum leave(Actor actor, ForumId forum, PractitionerId practitioner);

  /**
   * Moves a forum through its lifecycle (FR-8), stating the reason. The rules for the target state
   * are checked and every violation is reported at once. The forum decides: its members, its
   * facilitator and administrators may move it; managers may not (FR-6).
   *
   * @param actor who moves the forum
   * @param forum the forum
   * @param target the state to move to
   * @param reason why, in plain words
   * @return the forum after the transition
   */
  Forum transition(Actor actor, ForumId forum, ForumState target, String reason);

  /**
   * Checks, without changing anything, whether the forum could move to {@code target} now.
   *
   * @param actor who asks
   * @param forum the forum
   * @param target the state to check
   * @return every violation, empty if the transition is allowed
   */
  List<Violation> check(Actor actor, ForumId forum, ForumState target);

  /**
   * Records the start of outside facilitation (FR-6). Members, the sponsor and administrators may
   * record it.
   *
   * @param actor who records it
   * @param forum the forum
   * @param facilitator the facilitator
   * @return the forum with the ongoing facilitation
   */
  Forum startFacilitation(Actor actor, ForumId forum, PersonId facilitator);

  /**
   * Ends outside facilitation. The forum decides (FR-6): only a member may end it.
   *
   * @param actor a member of the forum
   * @param forum the forum
   * @param reason why the forum is ending facilitation
   * @return the forum with the facilitation ended
   */
  Forum endFacilitation(Actor actor, ForumId forum, String reason);

  /**
   * Names the forum's sponsoring manager. Members and administrators may name one.
   *
   * @param actor who names the sponsor
   * @param forum the forum
   * @param sponsor the sponsoring manager
   * @return the forum with its sponsor
   */
  Forum nameSponsor(Actor actor, ForumId forum, PersonId sponsor);

  /**
   * Returns a forum.
   *
   * @param actor who asks
   * @param forum the forum
   * @return the forum
   * @throws org.practitionersforum.api.NotFoundException if there is none
   */
  Forum get(Actor actor, ForumId forum);

  /** The most state changes one page of {@link #history} returns. */
  int MAX_HISTORY_PAGE = 500;

  /**
   * Returns one page of a forum's lifecycle history (FR-8), oldest first. A forum keeps every state
   * change for as long as it lives; commands read only the latest one, and this reads the rest a
   * page at a time.
   *
   * @param actor who asks
   * @param forum the forum
   * @param from the position of the first change to return, 0 for the proposal
   * @param limit the most changes to return, 1 to {@link #MAX_HISTORY_PAGE}
   * @return the changes at positions {@code from} onwards, at most {@code limit}; empty when {@code
   *     from} is past the end
   * @throws org.practitionersforum.api.InvalidInputException if {@code from} is negative or {@code
   *     limit} is out of range
   * @throws org.practitionersforum.api.NotFoundException if there is no such forum
   */
  @Beta
  List<StateChange> history(Actor actor, ForumId forum, int from, int limit);

  /**
   * Returns the forums of a base, ordered by id: those the actor's access policy lets them list,
   * each under its own organisation's policy.
   *
   * @param actor who asks; by the standard policy anyone but a manager
   * @param base the base
   * @return the forums, possibly empty
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 if no policy in force
   *     lets the actor's role list forums
   */
  List<Forum> forumsAt(Actor actor, BaseId base);

  /**
   * Returns the forums a practitioner is a member of, ordered by id.
   *
   * @param actor who asks
   * @param practitioner the practitioner
   * @return the forums, possibly empty
   */
  List<Forum> forumsOf(Actor actor, PractitionerId practitioner);
}

package org.practitionersforum.api.forum;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.practitionersforum.api.Beta;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * A practitioners' forum: a small, voluntary group that meets at its base (FR-1), with its declared
 * composition (FR-5), size bounds (FR-4), members, facilitation (FR-6) and lifecycle (FR-8).
 *
 * <p>Instances are immutable snapshots carrying the optimistic {@link #version()} they were read
 * at. The invariants checked on construction hold for every stored forum: members are distinct and
 * never more than the maximum; the state is the last entry of the history; at most the latest
 * facilitation is ongoing.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableForum.class)
@JsonDeserialize(as = ImmutableForum.class)
public interface Forum {
  /** The longest forum name accepted. */
  int MAX_NAME_LENGTH = 120;

  /**
   * Returns the forum's identifier.
   *
   * @return the id
   */
  ForumId id();

  /**
   * Returns the forum's name, chosen by its members or proposer.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the organisation the forum belongs to.
   *
   * @return the organisation
   */
  OrganisationId organisation();

  /**
   * Returns the base where the forum meets (FR-1).
   *
   * @return the base
   */
  BaseId base();

  /**
   * Returns the locality of the forum's base.
   *
   * @return the locality
   */
  LocalityId locality();

  /**
   * Returns the declared composition (FR-5).
   *
   * @return the composition
   */
  Composition composition();

  /**
   * Returns the size bounds in force for this forum (FR-4), fixed from its organisation's settings
   * when it was proposed.
   *
   * @return the bounds
   */
  SizeBounds sizeBounds();

  /**
   * Tells whether line managers and their direct reports are kept apart in this forum (FR-7), fixed
   * from its organisation's settings when it was proposed.
   *
   * @return true if the line-management rule applies
   */
  boolean lineManagementExcluded();

  /**
   * Returns the sponsoring manager, if one has been named.
   *
   * @return the sponsor, or empty
   */
  @Value.Redacted
  Optional<PersonId> sponsor();

  /**
   * Returns the current members, in order of joining.
   *
   * @return the members
   */
  List<Member> members();

  /**
   * Returns the open invitations (FR-2).
   *
   * @return the invitations
   */
  List<Invitation> invitations();

  /**
   * Returns the facilitations this snapshot holds, oldest first; only the last may be ongoing. A
   * forum read whole holds every facilitation it has had; a snapshot returned by a command holds at
   * least the latest, and {@link #earlierFacilitations()} counts the ones before it.
   *
   * @return the facilitations
   */
  List<Facilitation> facilitations();

  /**
   * Returns the lifecycle history this snapshot holds, oldest first; never empty. A forum read
   * whole ({@code ForumService.get}) holds every state change; a snapshot returned by a command
   * holds at least the latest, and {@link #earlierHistory()} counts the ones before it. The whole
   * history is read a page at a time with {@code ForumService.history}.
   *
   * @return the state changes
   */
  List<StateChange> history();

  /**
   * Returns how many state changes came before the first one this snapshot holds: 0 when it holds
   * the whole history.
   *
   * @return the number of earlier state changes left out, at least 0
   */
  @Beta
  @Value.Default
  default int earlierHistory() {
    return 0;
  }

  /**
   * Returns how many facilitations came before the first one this snapshot holds: 0 when it holds
   * every facilitation.
   *
   * @return the number of earlier facilitations left out, at least 0
   */
  @Beta
  @Value.Default
  default int earlierFacilitations() {
    return 0;
  }

  /**
   * Returns when the forum was proposed.
   *
   * @return the instant of proposal
   */
  Instant proposedAt();

  /**
   * Returns the optimistic version this snapshot was read at: 0 before the forum is first stored.
   *
   * @return the version
   */
  @Value.Default
  default long version() {
    return 0;
  }

  /**
   * Returns the current state: the target of the latest state change.
   *
   * @return the state
   */
  @Value.Derived
  @JsonIgnore
  default ForumState state() {
    return history().get(history().size() - 1).to();
  }

  /**
   * Returns the ids of the current members.
   *
   * @return an unmodifiable set
   */
  @JsonIgnore
  default Set<PractitionerId> memberIds() {
    return members().stream().map(Member::practitioner).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Tells whether a practitioner is a current member.
   *
   * @param practitioner the practitioner
   * @return true if a member
   */
  default boolean isMember(PractitionerId practitioner) {
    for (Member m : members()) {
      if (m.practitioner().equals(practitioner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the ongoing facilitation, if any.
   *
   * @return the ongoing facilitation, or empty
   */
  @JsonIgnore
  default Optional<Facilitation> currentFacilitation() {
    List<Facilitation> all = facilitations();
    return all.isEmpty()
        ? Optional.empty()
        : Optional.of(all.get(all.size() - 1)).filter(Facilitation::ongoing);
  }

  /**
   * Checks the aggregate's invariants.
   *
   * @throws InvalidInputException if any is broken, naming the rule
   */
  @Value.Check
  default void check() {
    if (!Checks.text(name(), "forum name", MAX_NAME_LENGTH).equals(name())
        || name().chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
      throw new InvalidInputException(
          "a forum name must be a single line of 1 to "
              + MAX_NAME_LENGTH
              + " characters with no surrounding white space");
    }
    if (history().isEmpty()) {
      throw new InvalidInputException("FR-8: a forum's history must hold at least its proposal");
    }
    Set<PractitionerId> seen = new HashSet<>();
    for (Member m : members()) {
      if (!seen.add(m.practitioner())) {
        throw new InvalidInputException(
            "FR-2: a practitioner can be a member of a forum only once");
      }
    }
    if (members().size() > sizeBounds().maximum()) {
      throw new InvalidInputException(
          "FR-4: a forum cannot have more than its maximum of "
              + sizeBounds().maximum()
              + " members");
    }
    for (Invitation i : invitations()) {
      if (seen.contains(i.invitee())) {
        throw new InvalidInputException("FR-2: a member cannot also hold an open invitation");
      }
    }
    List<Facilitation> f = facilitations();
    for (int i = 0; i < f.size() - 1; i++) {
      if (f.get(i).ongoing()) {
        throw new InvalidInputException("FR-6: only the latest facilitation may be ongoing");
      }
    }
    if (earlierHistory() < 0 || earlierFacilitations() < 0) {
      throw new InvalidInputException("a count of earlier history entries cannot be negative");
    }
    if (version() < 0) {
      throw new InvalidInputException("a forum version cannot be negative");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Forum}s. */
  final class Builder extends ImmutableForum.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Forum#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public Forum build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

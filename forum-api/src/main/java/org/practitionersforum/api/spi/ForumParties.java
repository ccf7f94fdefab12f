package org.practitionersforum.api.spi;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.Beta;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * Who the parties to a forum's terms are, and where the forum stands, read without the rest of the
 * forum ({@link ForumStore#findParties}): what deciding on one agreement needs to know (TR-2). It
 * holds the forum's optimistic version and state, its current members in order of joining, the
 * facilitator of its ongoing facilitation and its sponsoring manager; not its name, composition,
 * invitations, history or ended facilitations.
 *
 * <p>Invariants checked on construction: no member is listed twice (FR-2). {@code toString()} shows
 * no person.
 */
@Beta
@Value.Immutable
@ForumStyle
public interface ForumParties {

  /**
   * Returns the forum.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns the forum's optimistic version when read.
   *
   * @return the version, from 0 (a forum not yet stored)
   */
  long version();

  /**
   * Returns the forum's lifecycle state.
   *
   * @return the state
   */
  ForumState state();

  /**
   * Returns the current members, in order of joining.
   *
   * @return the members
   */
  @Value.Redacted
  List<PractitionerId> members();

  /**
   * Returns the facilitator while a facilitation is ongoing.
   *
   * @return the facilitator, or empty
   */
  @Value.Redacted
  Optional<PersonId> facilitator();

  /**
   * Returns the sponsoring manager.
   *
   * @return the sponsor, or empty
   */
  @Value.Redacted
  Optional<PersonId> sponsor();

  /**
   * Returns the parties of a forum as it stands.
   *
   * @param forum the forum
   * @return its parties, at its version
   */
  static ForumParties of(Forum forum) {
    Builder b =
        builder()
            .forum(forum.id())
            .version(forum.version())
            .state(forum.state())
            .facilitator(forum.currentFacilitation().map(Facilitation::facilitator))
            .sponsor(forum.sponsor());
    for (Member m : forum.members()) {
      b.addMembers(m.practitioner());
    }
    return b.build();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming FR-2 if a member is listed twice, or if the version is
   *     negative
   */
  @Value.Check
  default void check() {
    if (members().stream().distinct().count() != members().size()) {
      throw new InvalidInputException("FR-2: a practitioner can be a member of a forum only once");
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

  /** Builds {@link ForumParties}. */
  final class Builder extends ImmutableForumParties.Builder {
    /** Creates an empty builder; hosts obtain one from {@link ForumParties#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public ForumParties build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}

package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.terms.ContentHash;

/**
 * A forum's collective response to a round (CR-3): its content, the content's hash, the members'
 * agreements to that hash, and whether it is agreed by every member and so released. {@code
 * toString()} shows no text and no person.
 *
 * <p>Invariants checked on construction: the hash is the content's; every agreement binds to it; no
 * member agrees twice; an agreed response, and only one, has an agreement time.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableForumResponse.class)
@JsonDeserialize(as = ImmutableForumResponse.class)
public interface ForumResponse {

  /**
   * Returns the responding forum.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns the content.
   *
   * @return the content
   */
  ResponseContent content();

  /**
   * Returns the hash of the content, which every agreement names.
   *
   * @return the hash
   */
  ContentHash hash();

  /**
   * Returns whether the response is a draft or agreed.
   *
   * @return the state
   */
  ResponseState state();

  /**
   * Returns the members' agreements to this content, in the order given. An edit of the content
   * removes them all: an agreement never outlives the content it was given to.
   *
   * @return the agreements
   */
  List<ResponseAgreement> agreements();

  /**
   * Returns when the content was last written.
   *
   * @return the instant
   */
  Instant draftedAt();

  /**
   * Returns when the last member agreed, releasing the response.
   *
   * @return the instant, present exactly when agreed
   */
  Optional<Instant> agreedAt();

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming CR-3 if one is broken
   */
  @Value.Check
  default void check() {
    if (!hash().equals(content().hash())) {
      throw new InvalidInputException("CR-3: a response's hash is its content's hash");
    }
    for (ResponseAgreement a : agreements()) {
      if (!a.hash().equals(hash())) {
        throw new InvalidInputException("CR-3: every agreement binds to the response's content");
      }
    }
    if (agreements().stream().map(ResponseAgreement::party).distinct().count()
        != agreements().size()) {
      throw new InvalidInputException("CR-3: a member agrees a response once");
    }
    if ((state() == ResponseState.AGREED) != agreedAt().isPresent()) {
      throw new InvalidInputException(
          "CR-3: an agreed response, and only one, has an agreement time");
    }
  }

  /**
   * Returns the individual input attached to the response, anonymised, each under a participant's
   * consent (CR-3). Managers never see it, only its aggregate ({@link InputSummary}).
   *
   * @return the input, in the order attached
   */
  List<IndividualInput> inputs();

  /**
   * Tells whether a person's agreement to the current content is recorded.
   *
   * @param party the person
   * @return true if they agreed
   */
  default boolean agreedBy(PersonId party) {
    return agreements().stream().anyMatch(a -> a.party().equals(party));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ForumResponse}s. */
  final class Builder extends ImmutableForumResponse.Builder {
    /** Creates an empty builder; hosts obtain one from {@link ForumResponse#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public ForumResponse build() {
      return Checks.built(super::build);
    }
  }
}

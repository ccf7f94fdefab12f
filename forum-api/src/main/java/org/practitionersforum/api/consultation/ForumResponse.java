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
    if (!hash().equals(hashOf(content(), inputsHash()))) {
      throw new InvalidInputException(
          "CR-3: a response's hash is its content's, with its individual input's");
    }
    // A reader outside the forum sees the response without its input, but with the input's hash.
    if (!inputs().isEmpty() && !inputsHash().equals(inputsHashOf(inputs()))) {
      throw new InvalidInputException("CR-3: a response's input hash is its input's hash");
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
   * Returns the hash of the individual input attached to the response, empty when none is (CR-3).
   * It is kept when a reader outside the forum is shown the response without its input.
   *
   * @return the input's hash
   */
  Optional<ContentHash> inputsHash();

  /**
   * Returns the hash of a list of individual input, as {@link #inputsHash()} holds it.
   *
   * @param inputs the input, in the order attached
   * @return its hash, or empty for no input
   */
  static Optional<ContentHash> inputsHashOf(List<IndividualInput> inputs) {
    if (inputs.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder("practitioners-forum-response-input/1\n");
    for (IndividualInput i : inputs) {
      out.append(i.consent().value().length()).append(':').append(i.consent().value());
      out.append(' ').append(i.kind().name()).append('\n');
      out.append(i.theme().length()).append(':').append(i.theme()).append('\n');
      out.append(i.text().length()).append(':').append(i.text()).append('\n');
    }
    return Optional.of(ContentHash.ofCanonical(out.toString()));
  }

  /**
   * Returns the hash every member's agreement binds to (CR-3): the content's hash when no input is
   * attached, otherwise the hash of the content together with the input's hash, so that an
   * agreement given to the response before input was attached or removed cannot be recorded after.
   *
   * @param content the content
   * @param inputsHash the input's hash, or empty
   * @return the hash to agree
   */
  static ContentHash hashOf(ResponseContent content, Optional<ContentHash> inputsHash) {
    return inputsHash
        .map(h -> ContentHash.ofCanonical(content.canonicalForm() + "inputs:" + h.value() + "\n"))
        .orElseGet(content::hash);
  }

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

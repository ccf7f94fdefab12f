package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * A link between a recommendation and an earlier one it may repeat (CR-6): suggested by the
 * matcher, then confirmed or rejected by a manager. A link joins two recommendations; it never
 * merges them, and it names no person (who decided is in the audit trail).
 *
 * @param organisation the organisation both recommendations were made to
 * @param newer the later recommendation
 * @param earlier the earlier recommendation it may repeat
 * @param state suggested, confirmed or rejected
 * @param similarity the matcher's similarity of the two texts, from 0 to 1
 * @param suggestedAt when the matcher suggested it
 * @param decidedAt when a manager confirmed or rejected it, present exactly when decided
 * @param version the stored version, 0 before it is stored
 */
public record RepeatLink(
    @JsonProperty("organisation") OrganisationId organisation,
    @JsonProperty("newer") RecommendationId newer,
    @JsonProperty("earlier") RecommendationId earlier,
    @JsonProperty("state") LinkState state,
    @JsonProperty("similarity") double similarity,
    @JsonProperty("suggestedAt") Instant suggestedAt,
    @JsonProperty("decidedAt") Optional<Instant> decidedAt,
    @JsonProperty("version") long version) {

  /**
   * Checks the link.
   *
   * @param organisation see the record's organisation
   * @param newer see the record's newer
   * @param earlier see the record's earlier
   * @param state see the record's state
   * @param similarity see the record's similarity
   * @param suggestedAt see the record's suggestedAt
   * @param decidedAt see the record's decidedAt
   * @param version see the record's version
   * @throws InvalidInputException naming CR-6 if a value is missing or inconsistent
   */
  public RepeatLink {
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(newer, "recommendation id");
    Checks.notNull(earlier, "recommendation id");
    Checks.notNull(state, "link state");
    Checks.notNull(suggestedAt, "suggestion time");
    Checks.notNull(decidedAt, "decision time");
    if (newer.equals(earlier)) {
      throw new InvalidInputException("CR-6: a recommendation is not a repeat of itself");
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new InvalidInputException("CR-6: a similarity is from 0 to 1");
    }
    if ((state != LinkState.SUGGESTED) != decidedAt.isPresent()) {
      throw new InvalidInputException("CR-6: a decided link, and only one, has a decision time");
    }
    if (version < 0) {
      throw new InvalidInputException("a link version cannot be negative");
    }
  }

  /**
   * Returns a new suggestion, not yet stored.
   *
   * @param organisation the organisation
   * @param newer the later recommendation
   * @param earlier the earlier one
   * @param similarity the matcher's similarity
   * @param at when it was suggested
   * @return the suggested link, at version 0
   */
  public static RepeatLink suggested(
      OrganisationId organisation,
      RecommendationId newer,
      RecommendationId earlier,
      double similarity,
      Instant at) {
    return new RepeatLink(
        organisation, newer, earlier, LinkState.SUGGESTED, similarity, at, Optional.empty(), 0);
  }

  /**
   * Returns this link decided, at the same version.
   *
   * @param decision confirmed or rejected
   * @param at when
   * @return the decided link
   */
  public RepeatLink decided(LinkState decision, Instant at) {
    return new RepeatLink(
        organisation, newer, earlier, decision, similarity, suggestedAt, Optional.of(at), version);
  }

  /**
   * Returns this link at another version.
   *
   * @param v the version
   * @return the link
   */
  public RepeatLink withVersion(long v) {
    return new RepeatLink(
        organisation, newer, earlier, state, similarity, suggestedAt, decidedAt, v);
  }
}

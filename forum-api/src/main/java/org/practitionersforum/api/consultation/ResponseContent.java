package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.terms.ContentHash;

/**
 * What a forum answers to a round (CR-3): a summary of its view and the recommendations it makes.
 * Its {@link #hash() hash} is what each member's agreement binds to. {@code toString()} shows no
 * text.
 *
 * <p>Invariants checked on construction: the summary is 1 to {@link #MAX_SUMMARY_LENGTH}
 * characters; at most {@link #MAX_RECOMMENDATIONS} recommendations, each 1 to {@link
 * #MAX_RECOMMENDATION_LENGTH} characters.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableResponseContent.class)
@JsonDeserialize(as = ImmutableResponseContent.class)
public interface ResponseContent {
  /** The longest summary accepted, in characters. */
  int MAX_SUMMARY_LENGTH = 10_000;

  /** The longest recommendation accepted, in characters. */
  int MAX_RECOMMENDATION_LENGTH = 2_000;

  /** The most recommendations one response makes. */
  int MAX_RECOMMENDATIONS = 20;

  /**
   * Returns the summary of the forum's view.
   *
   * @return the summary
   */
  @Value.Redacted
  String summary();

  /**
   * Returns the recommendations, in the order the forum puts them; they are numbered from 1.
   *
   * @return the recommendations; may be empty
   */
  @Value.Redacted
  List<String> recommendations();

  /**
   * Returns the canonical form: each text prefixed by its length, so that no two contents share it.
   *
   * @return the canonical form
   */
  @JsonIgnore
  default String canonicalForm() {
    StringBuilder out = new StringBuilder("consultation-response/1\n");
    out.append("summary:").append(summary().length()).append(':').append(summary()).append('\n');
    out.append("recommendations:").append(recommendations().size()).append('\n');
    for (String r : recommendations()) {
      out.append(r.length()).append(':').append(r).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns the SHA-256 hash of the canonical form: what an agreement binds to (CR-3).
   *
   * @return the hash
   */
  @JsonIgnore
  default ContentHash hash() {
    return ContentHash.ofCanonical(canonicalForm());
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming CR-3 if one is broken
   */
  @Value.Check
  default void check() {
    Texts.check(summary(), "CR-3", "a response's summary", MAX_SUMMARY_LENGTH);
    Texts.checkAll(
        recommendations(),
        "CR-3",
        "recommendation",
        MAX_RECOMMENDATION_LENGTH,
        MAX_RECOMMENDATIONS);
  }

  /**
   * Returns content with a summary and recommendations.
   *
   * @param summary the summary
   * @param recommendations the recommendations
   * @return the content
   * @throws InvalidInputException naming CR-3 if an invariant is broken
   */
  static ResponseContent of(String summary, List<String> recommendations) {
    return builder()
        .summary(Checks.notNull(summary, "summary"))
        .recommendations(Checks.noNulls(recommendations, "recommendations"))
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponseContent}s. */
  final class Builder extends ImmutableResponseContent.Builder {
    /** Creates an empty builder; hosts obtain one from {@link ResponseContent#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public ResponseContent build() {
      return Checks.built(super::build);
    }
  }
}

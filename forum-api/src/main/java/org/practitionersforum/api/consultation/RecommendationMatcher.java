package org.practitionersforum.api.consultation;

import java.util.List;

/**
 * Finds the earlier recommendations a new one repeats (CR-6), in two steps the storage can scale:
 * the index keys of a text, stored beside it as indexed rows, so that the candidates of a new text
 * are the earlier texts sharing one of its keys, fetched by one indexed lookup; then a similarity
 * check of the new text against each candidate, with a threshold. A host may set its own on {@code
 * ForumSdk.Builder.recommendationMatcher}; the SDK's default normalises the text (case,
 * punctuation, stop words, light stemming), takes MinHash signatures of its word shingles and uses
 * their locality-sensitive hashing bands as keys.
 *
 * <p>Implementations are thread-safe and deterministic: the keys of a text never change, because
 * they are stored.
 */
public interface RecommendationMatcher {

  /** The longest text a matcher is given, in characters: a recommendation's longest. */
  int MAX_TEXT_LENGTH = ResponseContent.MAX_RECOMMENDATION_LENGTH;

  /**
   * Returns the index keys of a text. Texts that repeat one another share at least one key, with
   * high probability; unrelated texts seldom do.
   *
   * @param text the recommendation's text, 1 to {@link #MAX_TEXT_LENGTH} characters
   * @return the keys, distinct, at most 64
   * @throws org.practitionersforum.api.InvalidInputException naming CR-6 if the text is blank or
   *     too long
   */
  List<Long> keys(String text);

  /**
   * Returns how alike two texts are.
   *
   * @param newer the new recommendation's text
   * @param earlier a candidate's text
   * @return the similarity, from 0 (nothing alike) to 1 (the same after normalising)
   * @throws org.practitionersforum.api.InvalidInputException naming CR-6 if a text is blank or too
   *     long
   */
  double similarity(String newer, String earlier);

  /**
   * Returns the least similarity at which a candidate is suggested as a repeat.
   *
   * @return the threshold, from 0 to 1
   */
  double threshold();
}

package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;

/**
 * Names one recommendation of a round: the round, the forum whose response made it, and its number
 * in that response, from 1.
 *
 * @param round the round
 * @param forum the forum that made the recommendation
 * @param number its number in the forum's response, from 1
 */
public record RecommendationId(
    @JsonProperty("round") RoundId round,
    @JsonProperty("forum") ForumId forum,
    @JsonProperty("number") int number)
    implements Comparable<RecommendationId> {

  /**
   * Creates the identifier.
   *
   * @param round the round
   * @param forum the forum
   * @param number the number, from 1
   * @throws InvalidInputException naming CR-4 if an argument is missing or the number is below 1
   */
  public RecommendationId {
    Checks.notNull(round, "round id");
    Checks.notNull(forum, "forum id");
    if (number < 1) {
      throw new InvalidInputException("CR-4: a recommendation's number is from 1");
    }
  }

  @Override
  public int compareTo(RecommendationId other) {
    int c = round.compareTo(other.round);
    if (c == 0) {
      c = forum.value().compareTo(other.forum.value());
    }
    return c != 0 ? c : Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return round + "/" + forum + "/" + number;
  }
}

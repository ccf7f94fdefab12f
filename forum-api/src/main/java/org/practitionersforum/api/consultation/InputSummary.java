package org.practitionersforum.api.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.privacy.SuppressedCount;

/**
 * A forum response's individual input in aggregate (CR-3), the only form in which managers see it:
 * how many survey participants gave each answer to each question, and how many quotes each
 * focus-group theme holds, every count a {@link SuppressedCount} under the organisation's threshold
 * ("fewer than 5", never the exact small number); and the quotes, attributed generically, never to
 * a person.
 *
 * @param forum the forum
 * @param counts the counts, by kind, theme and answer
 * @param quotes the quotes, by theme, in the order attached
 */
public record InputSummary(ForumId forum, List<Count> counts, List<Quote> quotes) {
  /** How every quote is attributed. */
  public static final String ATTRIBUTION = "a focus group participant";

  /**
   * Checks the attributes and copies the lists.
   *
   * @param forum the forum
   * @param counts the counts
   * @param quotes the quotes
   * @throws org.practitionersforum.api.InvalidInputException if one is missing
   */
  public InputSummary {
    Checks.notNull(forum, "forum id");
    counts = List.copyOf(Checks.notNull(counts, "counts"));
    quotes = List.copyOf(Checks.notNull(quotes, "quotes"));
  }

  /**
   * Adds up a response's individual input.
   *
   * @param response the response
   * @param threshold the organisation's suppression threshold
   * @return the summary
   * @throws org.practitionersforum.api.InvalidInputException if the threshold is out of range
   */
  public static InputSummary of(ForumResponse response, int threshold) {
    SuppressedCount.checkThreshold(threshold);
    Map<String, long[]> tally = new TreeMap<>();
    Map<String, Count> keys = new TreeMap<>();
    List<Quote> quotes = new ArrayList<>();
    for (IndividualInput in : response.inputs()) {
      Optional<String> answer =
          in.kind() == InputKind.SURVEY_ANSWER ? Optional.of(in.text()) : Optional.empty();
      String key = in.kind() + "\u0000" + in.theme() + "\u0000" + answer.orElse("");
      tally.computeIfAbsent(key, k -> new long[1])[0]++;
      keys.putIfAbsent(key, new Count(in.kind(), in.theme(), answer, SuppressedCount.of(0)));
      if (in.kind() == InputKind.FOCUS_GROUP_QUOTE) {
        quotes.add(new Quote(in.theme(), in.text(), ATTRIBUTION));
      }
    }
    List<Count> counts = new ArrayList<>();
    for (Map.Entry<String, Count> e : keys.entrySet()) {
      Count c = e.getValue();
      counts.add(
          new Count(
              c.kind(),
              c.theme(),
              c.answer(),
              SuppressedCount.of(tally.get(e.getKey())[0], threshold)));
    }
    return new InputSummary(response.forum(), counts, quotes);
  }

  /**
   * How many pieces of input gave one answer to a survey question, or fall under one focus-group
   * theme.
   *
   * @param kind the kind of input
   * @param theme the question or theme
   * @param answer the answer, for a survey; empty for quotes
   * @param count how many, suppressed below the threshold
   */
  public record Count(
      InputKind kind, String theme, Optional<String> answer, SuppressedCount count) {
    /**
     * Checks the attributes.
     *
     * @param kind the kind
     * @param theme the theme
     * @param answer the answer
     * @param count the count
     * @throws org.practitionersforum.api.InvalidInputException if one is missing
     */
    public Count {
      Checks.notNull(kind, "input kind");
      Checks.notNull(theme, "theme");
      Checks.notNull(answer, "answer");
      Checks.notNull(count, "count");
    }
  }

  /**
   * A focus-group quote, anonymised and attributed generically.
   *
   * @param theme the theme
   * @param quote the quote
   * @param attribution always {@link #ATTRIBUTION}
   */
  public record Quote(String theme, String quote, String attribution) {
    /**
     * Checks the attributes.
     *
     * @param theme the theme
     * @param quote the quote
     * @param attribution the attribution
     * @throws org.practitionersforum.api.InvalidInputException if one is missing
     */
    public Quote {
      Checks.notNull(theme, "theme");
      Checks.notNull(quote, "quote");
      Checks.notNull(attribution, "attribution");
    }
  }
}

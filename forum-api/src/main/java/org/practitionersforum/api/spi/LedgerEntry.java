package org.practitionersforum.api.spi;

import java.time.LocalDate;
import java.util.List;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RecommendationMatcher;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * A recommendation as the repeat index keeps it (CR-6): its id, organisation, the date it was
 * raised (its response's agreement), its text and the matcher's keys of that text. It names no
 * person. {@code toString()} shows no text.
 *
 * @param id the recommendation
 * @param organisation the organisation it was made to
 * @param raisedOn the date its forum's response was agreed
 * @param text the recommendation's text
 * @param keys the matcher's index keys of the text, distinct, at most 64
 */
public record LedgerEntry(
    RecommendationId id,
    OrganisationId organisation,
    LocalDate raisedOn,
    String text,
    List<Long> keys) {

  /** The most keys an entry holds. */
  public static final int MAX_KEYS = 64;

  /**
   * Checks the entry.
   *
   * @param id see the record's id
   * @param organisation see the record's organisation
   * @param raisedOn see the record's raisedOn
   * @param text see the record's text
   * @param keys see the record's keys
   * @throws InvalidInputException naming CR-6 if a value is missing or out of range
   */
  public LedgerEntry {
    Checks.notNull(id, "recommendation id");
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(raisedOn, "date");
    Checks.notNull(text, "text");
    keys = List.copyOf(Checks.notNull(keys, "keys"));
    if (text.isBlank() || text.length() > RecommendationMatcher.MAX_TEXT_LENGTH) {
      throw new InvalidInputException(
          "CR-6: a recommendation's text is 1 to "
              + RecommendationMatcher.MAX_TEXT_LENGTH
              + " characters");
    }
    if (keys.size() > MAX_KEYS || keys.stream().distinct().count() != keys.size()) {
      throw new InvalidInputException("CR-6: an entry holds at most 64 distinct keys");
    }
  }

  @Override
  public String toString() {
    return "LedgerEntry{id="
        + id
        + ", organisation="
        + organisation
        + ", raisedOn="
        + raisedOn
        + "}";
  }
}

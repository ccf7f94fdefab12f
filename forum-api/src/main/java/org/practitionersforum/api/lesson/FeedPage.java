package org.practitionersforum.api.lesson;

import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.internal.Checks;

/**
 * One page of a lesson feed: lessons as the tier's readers see them, newest first, and where the
 * next page starts. It carries no total count: how many lessons a tier holds says nothing a reader
 * needs and could tell too much.
 *
 * @param items the lessons, newest first by publication time at the tier, then by id descending
 * @param next the cursor of the next page, present exactly when more lessons match
 */
public record FeedPage(List<PublishedLesson> items, Optional<FeedCursor> next) {

  /**
   * Creates a page.
   *
   * @param items the lessons; copied
   * @param next the next page's cursor, or empty at the end
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public FeedPage {
    items = List.copyOf(Checks.noNulls(items, "feed items"));
    Checks.notNull(next, "feed cursor");
  }

  /** Shows the number of items and whether more follow. */
  @Override
  public String toString() {
    return "FeedPage[" + items.size() + (next.isPresent() ? ", more" : "") + "]";
  }
}

package org.practitionersforum.api.lesson;

import java.util.Optional;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * What a lesson feed shows: the lessons published at one tier, in the scope the tier's readers are
 * defined by, newest first. {@link Tier#FORUM} needs the forum and takes no organisation; {@link
 * Tier#ORGANISATION} needs the organisation and takes no forum; {@link Tier#NETWORK} takes no forum
 * and may be narrowed to one organisation. The kind and the text narrow it further: the text is
 * matched, ignoring case, against the published (anonymised) text of each section, never the text
 * as written.
 *
 * @param tier the tier
 * @param forum the forum, exactly at {@link Tier#FORUM}
 * @param organisation the organisation: needed at {@link Tier#ORGANISATION}, optional at {@link
 *     Tier#NETWORK}, absent at {@link Tier#FORUM}
 * @param kind only lessons of this kind, or empty for every kind
 * @param text only lessons whose published text contains this, ignoring case, or empty
 * @param after continue after this cursor, or empty for the first page
 * @param pageSize how many lessons a page holds at most, {@value #MIN_PAGE_SIZE} to {@value
 *     #MAX_PAGE_SIZE}
 */
public record FeedQuery(
    Tier tier,
    Optional<ForumId> forum,
    Optional<OrganisationId> organisation,
    Optional<LessonKind> kind,
    Optional<String> text,
    Optional<FeedCursor> after,
    int pageSize) {

  /** The page size when none is given. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  /** The smallest page size. */
  public static final int MIN_PAGE_SIZE = 1;

  /** The largest page size. */
  public static final int MAX_PAGE_SIZE = 100;

  /** The longest text filter, in characters. */
  public static final int MAX_TEXT_LENGTH = 200;

  /**
   * Creates a query.
   *
   * @param tier the tier
   * @param forum the forum, exactly at the forum tier
   * @param organisation the organisation, as the tier needs
   * @param kind the kind, or empty
   * @param text the text filter, or empty
   * @param after the cursor, or empty
   * @param pageSize the page size
   * @throws InvalidInputException naming LS-3 if an argument is missing, the scope does not fit the
   *     tier, the text is blank or too long, or the page size is out of range
   */
  public FeedQuery {
    Checks.notNull(tier, "tier");
    Checks.notNull(forum, "forum");
    Checks.notNull(organisation, "organisation");
    Checks.notNull(kind, "lesson kind");
    Checks.notNull(text, "text filter");
    Checks.notNull(after, "feed cursor");
    switch (tier) {
      case FORUM -> {
        if (forum.isEmpty() || organisation.isPresent()) {
          throw new InvalidInputException("LS-3: the forum feed names its forum, and only that");
        }
      }
      case ORGANISATION -> {
        if (organisation.isEmpty() || forum.isPresent()) {
          throw new InvalidInputException(
              "LS-3: the organisation feed names its organisation, and only that");
        }
      }
      case NETWORK -> {
        if (forum.isPresent()) {
          throw new InvalidInputException("LS-3: the network feed names no forum");
        }
      }
    }
    if (text.isPresent()) {
      Checks.text(text.get(), "text filter", MAX_TEXT_LENGTH);
    }
    if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          "LS-3: a feed page holds " + MIN_PAGE_SIZE + " to " + MAX_PAGE_SIZE + " lessons");
    }
  }

  /**
   * The first page of a forum's feed, every kind, {@value #DEFAULT_PAGE_SIZE} a page.
   *
   * @param forum the forum
   * @return the query
   */
  public static FeedQuery forum(ForumId forum) {
    return new FeedQuery(
        Tier.FORUM,
        Optional.of(Checks.notNull(forum, "forum")),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_PAGE_SIZE);
  }

  /**
   * The first page of an organisation's feed, every kind, {@value #DEFAULT_PAGE_SIZE} a page.
   *
   * @param organisation the organisation
   * @return the query
   */
  public static FeedQuery organisation(OrganisationId organisation) {
    return new FeedQuery(
        Tier.ORGANISATION,
        Optional.empty(),
        Optional.of(Checks.notNull(organisation, "organisation")),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_PAGE_SIZE);
  }

  /**
   * The first page of the network's feed, every organisation and kind, {@value #DEFAULT_PAGE_SIZE}
   * a page.
   *
   * @return the query
   */
  public static FeedQuery network() {
    return new FeedQuery(
        Tier.NETWORK,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_PAGE_SIZE);
  }

  /**
   * Returns this query for one kind only.
   *
   * @param kind the kind
   * @return the new query
   */
  public FeedQuery ofKind(LessonKind kind) {
    return new FeedQuery(tier, forum, organisation, Optional.of(kind), text, after, pageSize);
  }

  /**
   * Returns this query for lessons whose published text contains some text, ignoring case.
   *
   * @param text the text
   * @return the new query
   */
  public FeedQuery containing(String text) {
    return new FeedQuery(tier, forum, organisation, kind, Optional.of(text), after, pageSize);
  }

  /**
   * Returns this query for the page after a cursor.
   *
   * @param cursor the cursor a page returned
   * @return the new query
   */
  public FeedQuery after(FeedCursor cursor) {
    return new FeedQuery(tier, forum, organisation, kind, text, Optional.of(cursor), pageSize);
  }

  /**
   * Returns this query with another page size.
   *
   * @param size the page size
   * @return the new query
   */
  public FeedQuery pageSize(int size) {
    return new FeedQuery(tier, forum, organisation, kind, text, after, size);
  }

  /** Shows the tier, kind and page size; never the text filter. */
  @Override
  public String toString() {
    return "FeedQuery[" + tier + ", " + kind + ", " + pageSize + "]";
  }
}

package org.practitionersforum.api.audit;

import java.time.Instant;
import java.util.Optional;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * Which audit records to read, a page at a time: by aggregate, by actor, by period, or any
 * combination, oldest or newest first. Start from {@link #all()} and narrow it:
 *
 * <pre>{@code
 * AuditQuery q = AuditQuery.all().aggregate(AggregateRef.forum(forumId)).newestFirst().limit(20);
 * }</pre>
 *
 * <p>A query by actor finds the records whose actor is still identified; records whose actor was
 * pseudonymised (erasure, retention) are found by aggregate or period only.
 *
 * @param aggregate only records of this aggregate, if present
 * @param actor only records by this person, if present
 * @param from only records at or after this instant, if present
 * @param until only records before this instant, if present
 * @param descending true for newest first, false for oldest first
 * @param limit the most records in a page: from 1 to {@link #MAX_LIMIT}
 * @param after where the page starts: after this cursor, or from the start if empty
 */
public record AuditQuery(
    Optional<AggregateRef> aggregate,
    Optional<PersonId> actor,
    Optional<Instant> from,
    Optional<Instant> until,
    boolean descending,
    int limit,
    Optional<AuditCursor> after) {

  /** The largest page. */
  public static final int MAX_LIMIT = 500;

  /** The page size of {@link #all()}. */
  public static final int DEFAULT_LIMIT = 50;

  /**
   * Creates a query.
   *
   * @param aggregate only records of this aggregate, if present
   * @param actor only records by this person, if present
   * @param from only records at or after this instant, if present
   * @param until only records before this instant, if present
   * @param descending true for newest first, false for oldest first
   * @param limit the most records in a page: from 1 to {@link #MAX_LIMIT}
   * @param after where the page starts: after this cursor, or from the start if empty
   * @throws InvalidInputException if a field is missing or the limit is out of range
   */
  public AuditQuery {
    Checks.notNull(aggregate, "SEC-2: query aggregate");
    Checks.notNull(actor, "SEC-2: query actor");
    Checks.notNull(from, "SEC-2: query start");
    Checks.notNull(until, "SEC-2: query end");
    Checks.notNull(after, "SEC-2: query cursor");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException(
          "SEC-2: an audit page holds from 1 to " + MAX_LIMIT + " records");
    }
  }

  /**
   * Returns the query of every record, oldest first, {@value #DEFAULT_LIMIT} to a page.
   *
   * @return the query
   */
  public static AuditQuery all() {
    return new AuditQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        DEFAULT_LIMIT,
        Optional.empty());
  }

  /**
   * Returns this query narrowed to one aggregate.
   *
   * @param ref the aggregate
   * @return the new query
   */
  public AuditQuery aggregate(AggregateRef ref) {
    return new AuditQuery(
        Optional.of(Checks.notNull(ref, "SEC-2: query aggregate")),
        actor,
        from,
        until,
        descending,
        limit,
        after);
  }

  /**
   * Returns this query narrowed to one actor.
   *
   * @param person the actor
   * @return the new query
   */
  public AuditQuery actor(PersonId person) {
    return new AuditQuery(
        aggregate,
        Optional.of(Checks.notNull(person, "SEC-2: query actor")),
        from,
        until,
        descending,
        limit,
        after);
  }

  /**
   * Returns this query narrowed to a period.
   *
   * @param start the first instant, inclusive
   * @param end the last instant, exclusive
   * @return the new query
   */
  public AuditQuery period(Instant start, Instant end) {
    return new AuditQuery(
        aggregate,
        actor,
        Optional.of(Checks.notNull(start, "SEC-2: query start")),
        Optional.of(Checks.notNull(end, "SEC-2: query end")),
        descending,
        limit,
        after);
  }

  /**
   * Returns this query with the newest records first.
   *
   * @return the new query
   */
  public AuditQuery newestFirst() {
    return new AuditQuery(aggregate, actor, from, until, true, limit, after);
  }

  /**
   * Returns this query with the oldest records first.
   *
   * @return the new query
   */
  public AuditQuery oldestFirst() {
    return new AuditQuery(aggregate, actor, from, until, false, limit, after);
  }

  /**
   * Returns this query with another page size.
   *
   * @param size from 1 to {@link #MAX_LIMIT}
   * @return the new query
   * @throws InvalidInputException if out of range
   */
  public AuditQuery limit(int size) {
    return new AuditQuery(aggregate, actor, from, until, descending, size, after);
  }

  /**
   * Returns this query for the page after a cursor.
   *
   * @param cursor where the previous page ended
   * @return the new query
   */
  public AuditQuery after(AuditCursor cursor) {
    return new AuditQuery(
        aggregate,
        actor,
        from,
        until,
        descending,
        limit,
        Optional.of(Checks.notNull(cursor, "SEC-2: query cursor")));
  }

  /**
   * Tells whether a record is selected by this query's aggregate, actor and period (not its
   * cursor).
   *
   * @param record a record
   * @return true if selected
   */
  public boolean selects(AuditRecord record) {
    return aggregate.map(record.aggregate()::equals).orElse(true)
        && actor.map(p -> record.actor().map(p::equals).orElse(false)).orElse(true)
        && from.map(f -> !record.at().isBefore(f)).orElse(true)
        && until.map(u -> record.at().isBefore(u)).orElse(true);
  }

  /**
   * Tells whether a record lies beyond this query's cursor in its order (every record does without
   * a cursor).
   *
   * @param record a record
   * @return true if the record comes after the cursor
   */
  public boolean beyondCursor(AuditRecord record) {
    if (after.isEmpty()) {
      return true;
    }
    int c = record.at().compareTo(after.get().at());
    if (c == 0) {
      c = record.hash().compareTo(after.get().hash());
    }
    return descending ? c < 0 : c > 0;
  }

  @Override
  public String toString() {
    return "AuditQuery["
        + aggregate.map(AggregateRef::toString).orElse("any aggregate")
        + (actor.isPresent() ? ", by one actor" : "")
        + (from.isPresent() ? ", period" : "")
        + (descending ? ", newest first" : ", oldest first")
        + ", limit "
        + limit
        + "]";
  }
}

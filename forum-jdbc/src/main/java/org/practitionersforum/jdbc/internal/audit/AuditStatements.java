package org.practitionersforum.jdbc.internal.audit;

import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;
import org.practitionersforum.jdbc.internal.outbox.OutboxStatements;

/**
 * The SQL of the audit trail table for one configuration, built once per storage; a query's
 * statement is built per call from its filters. Immutable and thread-safe.
 */
public final class AuditStatements {
  /** Every column, in the order the statements bind and read them. */
  static final String COLUMNS =
      "aggregate_kind, aggregate_id, sequence_number, aggregate_salt, aggregate_digest, operation,"
          + " actor_role, actor_id, actor_salt, actor_digest, organisation_id, recorded_at,"
          + " outcome, previous_hash, record_hash";

  final String insert;
  final String head;
  final String scanFirst;
  final String scanChain;
  final String scanKind;
  final String scanLater;
  final String countPerson;
  final String pseudonymiseActor;
  final String pseudonymiseAggregate;
  final String removeIdentities;
  private final String table;
  private final String outbox;
  private final SqlDialect dialect;
  private final String[] withEvents = new String[8];

  /**
   * Builds the statements.
   *
   * @param t the table names
   * @param dialect the database's dialect
   */
  public AuditStatements(Tables t, SqlDialect dialect) {
    this.table = t.audit();
    this.outbox = t.outbox();
    this.dialect = dialect;
    insert =
        dialect.insertUnlessDuplicate(
            table, COLUMNS, "aggregate_kind, aggregate_id, sequence_number");
    head =
        "SELECT "
            + COLUMNS
            + " FROM "
            + table
            // The whole key, descending: H2 then reads one row backwards from the primary key,
            // where ordering by the sequence alone made it sort the chain.
            + " WHERE aggregate_kind = ? AND aggregate_id = ?"
            + " ORDER BY aggregate_kind DESC, aggregate_id DESC, sequence_number DESC"
            + dialect.firstRows(1);
    String order = " ORDER BY aggregate_kind, aggregate_id, sequence_number";
    String select = "SELECT " + COLUMNS + " FROM " + table + " WHERE ";
    scanFirst = "SELECT " + COLUMNS + " FROM " + table + order;
    // A position is passed in three ranges of the primary key, each a plain prefix range that every
    // database reads from the index: the rest of the chain, the later chains of the same kind, the
    // later kinds. (A row-value comparison, or the same spelt out with OR, made H2 sort the whole
    // table for every page.)
    scanChain = select + "aggregate_kind = ? AND aggregate_id = ? AND sequence_number > ?" + order;
    scanKind = select + "aggregate_kind = ? AND aggregate_id > ?" + order;
    scanLater = select + "aggregate_kind > ?" + order;
    countPerson =
        "SELECT COUNT(*) FROM "
            + table
            + " WHERE (actor_id = ? AND actor_salt IS NOT NULL)"
            + " OR (aggregate_kind = 'PRACTITIONER' AND aggregate_id = ?)";
    pseudonymiseActor =
        "UPDATE "
            + table
            + " SET actor_id = ?, actor_salt = NULL WHERE actor_id = ? AND actor_salt IS NOT NULL";
    pseudonymiseAggregate =
        "UPDATE "
            + table
            + " SET aggregate_id = ?, aggregate_salt = NULL"
            + " WHERE aggregate_kind = 'PRACTITIONER' AND aggregate_id = ?";
    removeIdentities =
        "UPDATE "
            + table
            + " SET actor_id = ?, actor_salt = NULL"
            + " WHERE organisation_id = ? AND recorded_at < ? AND actor_salt IS NOT NULL";
    for (int i = 0; i < withEvents.length; i++) {
      withEvents[i] = buildWithEvents(i + 1);
    }
  }

  /**
   * The statement that inserts an audit record and a command's events at once, for a dialect that
   * {@linkplain SqlDialect#joinsTrailingInserts() joins trailing inserts}: a data-modifying {@code
   * WITH} whose one row counts the audit records inserted (0 when the chain already has a record at
   * that place) and the events inserted. It binds the record's columns, then each event's {@link
   * OutboxStatements#INSERTED} columns; the events take their positions in the order given.
   *
   * @param events how many events, at least one
   * @return the statement
   */
  String insertWithEvents(int events) {
    return events <= withEvents.length ? withEvents[events - 1] : buildWithEvents(events);
  }

  private String buildWithEvents(int events) {
    StringBuilder b =
        new StringBuilder("WITH a AS (")
            .append(insert)
            .append(" RETURNING 1), o AS (INSERT INTO ")
            .append(outbox)
            .append(" (")
            .append(OutboxStatements.INSERTED)
            .append(") VALUES ");
    for (int i = 0; i < events; i++) {
      b.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
    }
    return b.append(" RETURNING 1) SELECT (SELECT COUNT(*) FROM a), (SELECT COUNT(*) FROM o)")
        .toString();
  }

  /** One of the scan statements, keeping the first rows. */
  String scan(String statement, int limit) {
    return statement + dialect.firstRows(limit);
  }

  /** A query's statement, its filters in the order {@link JdbcAuditStore} binds them. */
  String query(
      boolean aggregate,
      boolean actor,
      boolean from,
      boolean until,
      boolean cursor,
      boolean descending,
      int limit) {
    StringBuilder where = new StringBuilder();
    if (aggregate) {
      and(where, "aggregate_kind = ? AND aggregate_id = ?");
    }
    if (actor) {
      and(where, "actor_id = ? AND actor_salt IS NOT NULL");
    }
    if (from) {
      and(where, "recorded_at >= ?");
    }
    if (until) {
      and(where, "recorded_at < ?");
    }
    String cmp = descending ? "<" : ">";
    if (cursor) {
      and(where, "(recorded_at " + cmp + " ? OR (recorded_at = ? AND record_hash " + cmp + " ?))");
    }
    String dir = descending ? " DESC" : "";
    return "SELECT "
        + COLUMNS
        + " FROM "
        + table
        + (where.length() == 0 ? "" : " WHERE " + where)
        + " ORDER BY recorded_at"
        + dir
        + ", record_hash"
        + dir
        + dialect.firstRows(limit);
  }

  private static void and(StringBuilder where, String condition) {
    if (where.length() > 0) {
      where.append(" AND ");
    }
    where.append(condition);
  }
}

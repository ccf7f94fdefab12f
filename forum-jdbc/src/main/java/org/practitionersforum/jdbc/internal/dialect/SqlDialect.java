package org.practitionersforum.jdbc.internal.dialect;

import java.sql.SQLException;
import org.practitionersforum.jdbc.Dialect;

/**
 * Everything in which the SQL of the storage differs from one database to another, one subclass per
 * database: the insert that reports a duplicate key, the shape of the reads that span child tables,
 * the clause that keeps the first rows, the options of the tables and schemas the migrations make,
 * and the SQLStates and vendor codes of each kind of failure. Every statement not built from these
 * is the same on all databases.
 *
 * <p>Adding a database is writing one subclass, mapping a {@link Dialect} to it in {@link
 * #of(Dialect)}, and adding its migration folder. Instances are immutable and thread-safe.
 */
public abstract class SqlDialect {

  /** For subclasses. */
  protected SqlDialect() {}

  /**
   * Returns the strategy of a supported database.
   *
   * @param dialect the database
   * @return its strategy; one shared instance per database
   */
  public static SqlDialect of(Dialect dialect) {
    return switch (dialect) {
      case H2 -> H2Dialect.INSTANCE;
      case POSTGRESQL -> PostgreSqlDialect.INSTANCE;
      case MARIADB -> MariaDbDialect.INSTANCE;
    };
  }

  /**
   * Returns an insert of one row that affects no row, rather than failing, when a row with the same
   * key exists. Where the database fails instead (which leaves the transaction usable on H2 and
   * MariaDB), the failure is classified as {@link FailureKind#DUPLICATE}; either way the store
   * reports a duplicate.
   *
   * @param table the qualified table name
   * @param columns the column names, comma-separated
   * @param key the key columns whose conflict is reported, comma-separated
   * @return the statement; one bind parameter per column, in order
   */
  public String insertUnlessDuplicate(String table, String columns, String key) {
    return "INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders(columns) + ")";
  }

  /**
   * Tells whether the inserts that end a command (its audit record and its events) go to the
   * database as one statement, a data-modifying {@code WITH}, rather than one statement each. Over
   * a network every statement is a round trip; the two inserts together cost one.
   *
   * @return true to send the audit record and the events in one statement
   */
  public boolean joinsTrailingInserts() {
    return false;
  }

  /**
   * Tells whether a read of one aggregate that spans several child tables runs a statement per
   * table rather than one {@code UNION ALL} of them. A database in the host's process pays for a
   * statement in processor time, not a round trip, and may run the union dearer than its parts.
   *
   * @return true to read table by table
   */
  public abstract boolean readsTableByTable();

  /**
   * Tells whether the child rows of the terms version in force are found by the version's number
   * (bound after the forum id), rather than through the unique in-force column with the forum id as
   * the only parameter.
   *
   * @return true to bind the version's number
   */
  public abstract boolean findsInForceChildrenByNumber();

  /**
   * Returns the clause that ends a query ordered by an index and keeps only its first rows.
   *
   * @param rows how many rows to keep, at least 1
   * @return the clause, with a leading space
   */
  public String firstRows(int rows) {
    return " FETCH FIRST " + rows + " ROWS ONLY";
  }

  /**
   * Tells whether the database computes a median only as a window function ({@code MEDIAN() OVER
   * (PARTITION BY ...)}), not as the aggregate {@code PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
   * ...)} of a grouped query.
   *
   * @return true if only as a window function
   */
  public boolean mediansOnlyAsWindows() {
    return false;
  }

  /**
   * Returns what follows {@code CREATE SCHEMA IF NOT EXISTS name}.
   *
   * @return the options, with a leading space, or empty
   */
  public String schemaOptions() {
    return "";
  }

  /**
   * Returns what follows the column list of a {@code CREATE TABLE} the storage runs itself (its
   * schema history table); the migration files carry their own.
   *
   * @return the options, with a leading space, or empty
   */
  public String tableOptions() {
    return "";
  }

  /**
   * Tells whether a migration's DDL can run in one transaction, so that a failed migration leaves
   * nothing behind.
   *
   * @return true if DDL is transactional
   */
  public abstract boolean transactionalDdl();

  /**
   * Classifies a failure by its SQLState and vendor code. The SQL standard's SQLStates hold on
   * every database (23505, a unique violation; 40001, a serialization failure; class 08, a
   * connection exception; class 22, a data exception); each database adds its own SQLStates and
   * vendor codes, such as those by which the server says it ended the connection (a restart, a
   * fail-over, an administrator's kill). The kinds are tried in the order duplicate, transient,
   * connection, data.
   *
   * @param e the exception
   * @return the kind
   */
  public final FailureKind classify(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    if (state.equals("23505") || duplicate(state, code)) {
      return FailureKind.DUPLICATE;
    }
    if (state.equals("40001") || transientFailure(state, code)) {
      return FailureKind.TRANSIENT;
    }
    if (state.startsWith("08") || connectionFailure(state, code)) {
      return FailureKind.CONNECTION;
    }
    if (state.startsWith("22") || dataFailure(state, code)) {
      return FailureKind.DATA;
    }
    return FailureKind.OTHER;
  }

  /**
   * Tells whether this database reports a unique violation by this SQLState or vendor code beyond
   * the standard's 23505.
   *
   * @param state the SQLState, empty if there is none
   * @param code the vendor code
   * @return true for a duplicate key
   */
  protected abstract boolean duplicate(String state, int code);

  /**
   * Tells whether this database reports a serialization failure, deadlock or lock time-out (after
   * which it has rolled the transaction back) by this SQLState or vendor code beyond the standard's
   * 40001.
   *
   * @param state the SQLState, empty if there is none
   * @param code the vendor code
   * @return true for a transient failure
   */
  protected abstract boolean transientFailure(String state, int code);

  /**
   * Tells whether this database reports, by this SQLState or vendor code beyond the standard's
   * class 08, that the connection failed or that the server ended it; none by default. Work on a
   * new connection may succeed, so the failure is retryable.
   *
   * @param state the SQLState, empty if there is none
   * @param code the vendor code
   * @return true for a connection the server ended or lost
   */
  protected boolean connectionFailure(String state, int code) {
    return false;
  }

  /**
   * Tells whether this database reports a value it cannot hold by this vendor code beyond the
   * standard's class 22; none by default.
   *
   * @param state the SQLState, empty if there is none
   * @param code the vendor code
   * @return true for a value the database cannot hold
   */
  protected boolean dataFailure(String state, int code) {
    return false;
  }

  /** {@code ?, ?, ...}: one placeholder per name in a comma-separated column list. */
  private static String placeholders(String columns) {
    StringBuilder out = new StringBuilder("?");
    for (int i = 0; i < columns.length(); i++) {
      if (columns.charAt(i) == ',') {
        out.append(", ?");
      }
    }
    return out.toString();
  }
}

package org.practitionersforum.jdbc.internal.dialect;

/**
 * MariaDB 10.6 or later, on InnoDB. Aggregates are read in one statement (one round trip); the
 * first rows are kept with {@code LIMIT}. Schemas and tables the storage creates itself use {@code
 * utf8mb4_bin}, like the migration files: identifiers are case-sensitive and any Unicode text is
 * kept exactly. DDL commits implicitly, so a migration cannot be run in one transaction.
 */
final class MariaDbDialect extends SqlDialect {
  static final MariaDbDialect INSTANCE = new MariaDbDialect();

  private MariaDbDialect() {}

  @Override
  public boolean readsTableByTable() {
    return false;
  }

  @Override
  public boolean findsInForceChildrenByNumber() {
    return true;
  }

  @Override
  public boolean mediansOnlyAsWindows() {
    return true;
  }

  @Override
  public String firstRows(int rows) {
    return " LIMIT " + rows;
  }

  @Override
  public String schemaOptions() {
    return " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
  }

  @Override
  public String tableOptions() {
    return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  /**
   * MariaDB reports a duplicate key as vendor code 1062 or 1586 (SQLState 23000); a deadlock as
   * 1213 and a lock wait time-out as 1205; a value too long as 1406, a string it cannot store as
   * 1366 and a number out of range as 1264. A connection the server ended: Connector/J 3.5 finds
   * the socket closed and reports SQLState 08000 (vendor code -1), the standard's class 08, whether
   * the connection was idle or in a statement; the server's own codes, which other drivers and
   * versions pass on, are 1927 (connection killed, SQLState 70100), 1053 (server shutdown in
   * progress, 08S01), and the client library's 2006 (server has gone away) and 2013 (lost
   * connection during a query). SQLState 70100 with code 1317 is a query interrupted on a
   * connection that lives on (a {@code KILL QUERY} or a statement time-out), and is not retryable.
   */
  @Override
  protected boolean duplicate(String state, int code) {
    return code == 1062 || code == 1586;
  }

  @Override
  protected boolean transientFailure(String state, int code) {
    return code == 1213 || code == 1205;
  }

  @Override
  protected boolean connectionFailure(String state, int code) {
    return code == 1927 || code == 1053 || code == 2006 || code == 2013;
  }

  @Override
  protected boolean dataFailure(String state, int code) {
    return code == 1406 || code == 1366 || code == 1264;
  }
}

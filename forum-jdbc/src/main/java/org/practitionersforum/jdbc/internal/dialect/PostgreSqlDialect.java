package org.practitionersforum.jdbc.internal.dialect;

/**
 * PostgreSQL 13 or later. A failed statement aborts the whole transaction, so an insert that may
 * meet a duplicate says {@code ON CONFLICT DO NOTHING} and the store reports the duplicate from the
 * count of rows. Aggregates are read in one statement (one round trip). The children of the terms
 * version in force are found through the unique in-force column with the forum id as the only
 * parameter: bound to a version's number as well, the statement's custom plans were estimated
 * cheaper than its generic plan once the agreements grew past millions of rows, so the server
 * re-planned it on every execution and the read grew with the table. A command's audit record and
 * its events are inserted by one data-modifying {@code WITH}. DDL is transactional.
 */
final class PostgreSqlDialect extends SqlDialect {
  static final PostgreSqlDialect INSTANCE = new PostgreSqlDialect();

  private PostgreSqlDialect() {}

  @Override
  public String insertUnlessDuplicate(String table, String columns, String key) {
    return super.insertUnlessDuplicate(table, columns, key)
        + " ON CONFLICT ("
        + key
        + ") DO NOTHING";
  }

  @Override
  public boolean joinsTrailingInserts() {
    return true;
  }

  @Override
  public boolean readsTableByTable() {
    return false;
  }

  @Override
  public boolean findsInForceChildrenByNumber() {
    return false;
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  /**
   * PostgreSQL reports a deadlock as SQLState 40P01; its driver gives no vendor codes. A server
   * that ends a connection says why in class 57: 57P01 (admin shutdown: a restart, a fail-over,
   * {@code pg_terminate_backend}), 57P02 (crash shutdown), 57P03 (cannot connect now: starting up
   * or shutting down) and 57P05 (idle session time-out); work on a new connection may succeed. The
   * other states of class 57 (57014, a cancelled statement; 57P04, a dropped database) are not
   * about the connection.
   */
  @Override
  protected boolean duplicate(String state, int code) {
    return false;
  }

  @Override
  protected boolean transientFailure(String state, int code) {
    return state.equals("40P01");
  }

  @Override
  protected boolean connectionFailure(String state, int code) {
    return state.equals("57P01")
        || state.equals("57P02")
        || state.equals("57P03")
        || state.equals("57P05");
  }
}

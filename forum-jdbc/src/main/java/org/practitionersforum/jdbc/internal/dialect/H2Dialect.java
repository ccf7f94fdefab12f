package org.practitionersforum.jdbc.internal.dialect;

/**
 * H2 2.x. It runs in the host's process, where a statement costs processor time rather than a round
 * trip, and it runs a {@code UNION ALL} in a derived table at about a quarter more than the same
 * reads a table at a time (and re-parses a bare union on every execution): aggregates are read
 * table by table. DDL is transactional.
 */
final class H2Dialect extends SqlDialect {
  static final H2Dialect INSTANCE = new H2Dialect();

  private H2Dialect() {}

  @Override
  public boolean readsTableByTable() {
    return true;
  }

  @Override
  public boolean findsInForceChildrenByNumber() {
    return true;
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  /**
   * H2 reports a duplicate key as vendor code 23505, with SQLState 23000 in some compatibility
   * modes; a lock time-out as SQLState HYT00 (vendor code 50200), a deadlock as vendor code 40001
   * and a concurrent update of one row as 90131; a broken connection to a server as 90067.
   */
  @Override
  protected boolean duplicate(String state, int code) {
    return state.equals("23000") && code == 23505;
  }

  @Override
  protected boolean transientFailure(String state, int code) {
    return state.equals("HYT00") || code == 40001 || code == 50200 || code == 90131;
  }

  @Override
  protected boolean connectionFailure(String state, int code) {
    return code == 90067;
  }
}

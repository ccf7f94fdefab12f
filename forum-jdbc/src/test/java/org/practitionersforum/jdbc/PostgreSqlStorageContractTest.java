package org.practitionersforum.jdbc;

import javax.sql.DataSource;

/** The whole storage contract suite on PostgreSql. */
class PostgreSqlStorageContractTest extends JdbcStorageContractSupport {
  private static DataSource dataSource;

  @Override
  DataSource dataSource() {
    synchronized (PostgreSqlStorageContractTest.class) {
      if (dataSource == null) {
        dataSource = EmbeddedDatabases.postgres();
      }
      return dataSource;
    }
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}

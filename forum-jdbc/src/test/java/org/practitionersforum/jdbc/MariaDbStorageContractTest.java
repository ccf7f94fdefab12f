package org.practitionersforum.jdbc;

import javax.sql.DataSource;

/** The whole storage contract suite on MariaDb. */
class MariaDbStorageContractTest extends JdbcStorageContractSupport {
  private static DataSource dataSource;

  @Override
  DataSource dataSource() {
    synchronized (MariaDbStorageContractTest.class) {
      if (dataSource == null) {
        dataSource = EmbeddedDatabases.mariadb();
      }
      return dataSource;
    }
  }

  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}

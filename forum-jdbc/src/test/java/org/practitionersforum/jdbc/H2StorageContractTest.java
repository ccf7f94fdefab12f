package org.practitionersforum.jdbc;

import javax.sql.DataSource;

/** The whole storage contract suite on H2. */
class H2StorageContractTest extends JdbcStorageContractSupport {
  private static DataSource dataSource;

  @Override
  DataSource dataSource() {
    synchronized (H2StorageContractTest.class) {
      if (dataSource == null) {
        dataSource = EmbeddedDatabases.h2("tck");
      }
      return dataSource;
    }
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}

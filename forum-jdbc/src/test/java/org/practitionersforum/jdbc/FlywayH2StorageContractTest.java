package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.practitionersforum.jdbc.internal.Migrator;

/** The whole storage contract suite on H2 tables created by Flyway from the same SQL files. */
class FlywayH2StorageContractTest extends JdbcStorageContractSupport {
  private static DataSource dataSource;

  @Override
  DataSource dataSource() {
    synchronized (FlywayH2StorageContractTest.class) {
      if (dataSource == null) {
        dataSource = EmbeddedDatabases.h2("flyway_tck");
      }
      return dataSource;
    }
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }

  @Override
  String prefix() {
    return "fwc_";
  }

  @Override
  void migrate(JdbcForumStorage storage) {
    assertThat(FlywayMigrations.migrate(dataSource(), dialect(), prefix()))
        .isEqualTo(Migrator.MIGRATIONS.size());
  }
}

package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.practitionersforum.jdbc.internal.Migrator;

/**
 * The whole storage contract suite on PostgreSQL tables created by Flyway from the same SQL files.
 */
class FlywayPostgreSqlStorageContractTest extends JdbcStorageContractSupport {
  @Override
  DataSource dataSource() {
    return EmbeddedDatabases.postgres();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
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

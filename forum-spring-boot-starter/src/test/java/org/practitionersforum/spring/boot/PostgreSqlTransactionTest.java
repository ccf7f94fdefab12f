package org.practitionersforum.spring.boot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The transaction scenarios on an embedded PostgreSQL server, started from a Maven jar. */
@SpringBootTest(
    classes = CaseManagementApplication.class,
    properties = "spring.main.banner-mode=off")
class PostgreSqlTransactionTest extends TransactionScenarios {
  private static EmbeddedPostgres postgres;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    if (postgres == null) {
      try {
        EmbeddedPostgres started = EmbeddedPostgres.builder().start();
        // Stopped when the JVM exits, after Spring has closed its cached contexts' pools.
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (IOException e) {
                        // The JVM is exiting; the server's directory is temporary.
                      }
                    }));
        postgres = started;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
  }
}

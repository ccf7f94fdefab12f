package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.jdbc.internal.Migrator;
import org.practitionersforum.testkit.SessionGenerators;
import org.practitionersforum.testkit.TermsGenerators;

/**
 * The migration files run under Flyway itself, with the {@code prefix} and {@code schema_prefix}
 * placeholders, and give exactly the schema that {@link JdbcForumStorage#migrate()} makes: the same
 * tables, columns, types, nullability and named constraints, on H2, PostgreSQL and MariaDB.
 */
class FlywayMigrationTest {

  @Test
  void flywayMakesTheSameSchemaAsMigrate() {
    List<DataSource> databases =
        List.of(
            EmbeddedDatabases.h2("flyway_schema"),
            EmbeddedDatabases.postgres(),
            EmbeddedDatabases.mariadb());
    List<Dialect> dialects = List.of(Dialect.H2, Dialect.POSTGRESQL, Dialect.MARIADB);
    for (int i = 0; i < databases.size(); i++) {
      DataSource ds = databases.get(i);
      Dialect dialect = dialects.get(i);
      assertThat(FlywayMigrations.migrate(ds, dialect, "fw_"))
          .isEqualTo(Migrator.MIGRATIONS.size());
      assertThat(FlywayMigrations.migrate(ds, dialect, "fw_")).isZero();
      JdbcForumStorage own = JdbcForumStorage.builder().dataSource(ds).tablePrefix("own_").build();
      assertThat(own.migrate()).isEqualTo(Migrator.MIGRATIONS.size());

      List<String> byFlyway = FlywayMigrations.describe(ds, "fw_");
      assertThat(byFlyway)
          .as("schema on %s", dialect)
          .hasSizeGreaterThan(80)
          .anyMatch(line -> line.startsWith("column terms_agreement.content_hash"))
          .anyMatch(line -> line.startsWith("constraint terms_agreement terms_agreement_uk"));
      assertThat(byFlyway)
          .as("Flyway's schema against migrate()'s on %s", dialect)
          .isEqualTo(FlywayMigrations.describe(ds, "own_"));

      // The storage works on the Flyway-made tables without migrating them itself.
      JdbcForumStorage storage =
          JdbcForumStorage.builder().dataSource(ds).tablePrefix("fw_").build();
      SplittableRandom random = new SplittableRandom(i);
      ForumTerms terms = TermsGenerators.forumTerms(random, ForumId.of("flyway-forum"));
      Session session =
          Session.builder()
              .from(SessionGenerators.session(random))
              .id(SessionId.of("flyway-session"))
              .startedAt(Instant.parse("2026-02-01T10:00:00Z"))
              .duration(Duration.ofHours(1))
              .build();
      storage.inTransaction(
          tx -> {
            tx.terms().insert(terms);
            return tx.sessions().insert(session);
          });
      Optional<ForumTerms> readTerms = storage.inTransaction(tx -> tx.terms().find(terms.forum()));
      assertThat(readTerms).contains(ForumTerms.builder().from(terms).version(1).build());
      Optional<Session> readSession = storage.inTransaction(tx -> tx.sessions().find(session.id()));
      assertThat(readSession).contains(Session.builder().from(session).version(1).build());
    }
  }
}

package org.practitionersforum.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.CaseReferencePattern;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.DateGranularity;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.event.ForumEventListener;
import org.practitionersforum.api.event.ForumProposed;
import org.practitionersforum.api.event.ListenerFailedException;
import org.practitionersforum.api.event.ListenerFailureHandler;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.EventDelivery;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.memory.InMemoryForumStorage;
import org.practitionersforum.jdbc.Dialect;
import org.practitionersforum.jdbc.JdbcForumStorage;
import org.practitionersforum.spring.boot.ForumProperties.Migrations;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auto-configuration in isolated application contexts on H2: what it makes, what it leaves to
 * the application, how the {@code forum.*} properties bind, and how the tables are migrated.
 */
class ForumAutoConfigurationTest {
  private static int databases;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  ForumAutoConfiguration.class))
          .withPropertyValues(
              "spring.datasource.url=jdbc:h2:mem:auto-" + (++databases) + ";DB_CLOSE_DELAY=-1");

  @Test
  void makesTheSdkOnTheApplicationsDataSource() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(ForumSdk.class).hasSingleBean(Anonymiser.class);
          assertThat(context.getBean(ForumStorage.class)).isInstanceOf(JdbcForumStorage.class);
          assertThat(context.getBean(ForumSdk.class).storage())
              .isSameAs(context.getBean(ForumStorage.class));
        });
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnSdk() {
    runner
        .withUserConfiguration(OwnSdk.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ForumSdk.class);
              assertThat(context.getBean(ForumSdk.class)).isSameAs(OwnSdk.SDK);
              // The application's storage wins too, and a non-JDBC one is not migrated.
              assertThat(context.getBean(ForumStorage.class)).isSameAs(OwnSdk.STORAGE);
              assertThat(context.getBean(ForumMigrations.class).mode()).isEqualTo(Migrations.NONE);
            });
  }

  @Test
  void backsOffWithoutADataSource() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ForumAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(ForumSdk.class));
  }

  @Test
  void bindsTheForumProperties() {
    runner
        .withPropertyValues(
            "forum.table-prefix=cm_",
            "forum.dialect=H2",
            "forum.migrations=sdk",
            "forum.event-delivery=AFTER_COMMIT_ONLY",
            "forum.publish-events=false",
            "forum.audit=false",
            "forum.listener-failures=rethrow-after-commit",
            "forum.size.min=5",
            "forum.size.max=10",
            "forum.line-management-excluded=false",
            "forum.session-start-margin=6h",
            "forum.retry.max-attempts=3",
            "forum.retry.max-total-time=2s",
            "forum.retry.initial-delay=5ms",
            "forum.retry.max-delay=50ms",
            "forum.anonymiser.date-granularity=QUARTER",
            "forum.anonymiser.name-heuristics=false",
            "forum.anonymiser.minimum-confidence=HIGH",
            "forum.anonymiser.allow=Mill Lane,Harbour",
            "forum.anonymiser.disabled-types=EMAIL,PHONE")
        .run(
            context -> {
              ForumProperties p = context.getBean(ForumProperties.class);
              assertThat(p.getTablePrefix()).isEqualTo("cm_");
              assertThat(p.getDialect()).isEqualTo(Dialect.H2);
              assertThat(p.getMigrations()).isEqualTo(Migrations.SDK);
              assertThat(p.getEventDelivery()).isEqualTo(EventDelivery.AFTER_COMMIT_ONLY);
              assertThat(p.isPublishEvents()).isFalse();
              assertThat(p.isAudit()).isFalse();
              assertThat(p.getListenerFailures())
                  .isEqualTo(ForumProperties.ListenerFailures.RETHROW_AFTER_COMMIT);
              assertThat(p.getSize().getMin()).isEqualTo(5);
              assertThat(p.getSize().getMax()).isEqualTo(10);
              assertThat(p.isLineManagementExcluded()).isFalse();
              assertThat(p.getSessionStartMargin()).isEqualTo(Duration.ofHours(6));
              assertThat(p.getRetry().getMaxAttempts()).isEqualTo(3);
              assertThat(p.getRetry().getMaxTotalTime()).isEqualTo(Duration.ofSeconds(2));
              assertThat(p.getRetry().getInitialDelay()).isEqualTo(Duration.ofMillis(5));
              assertThat(p.getRetry().getMaxDelay()).isEqualTo(Duration.ofMillis(50));
              assertThat(p.getAnonymiser().getDateGranularity()).isEqualTo(DateGranularity.QUARTER);
              assertThat(p.getAnonymiser().getNameHeuristics()).isFalse();
              assertThat(p.getAnonymiser().getMinimumConfidence()).isEqualTo(Confidence.HIGH);
              assertThat(p.getAnonymiser().getAllow()).containsExactly("Mill Lane", "Harbour");
              assertThat(p.getAnonymiser().getDisabledTypes())
                  .isEqualTo(Set.of(IdentifierType.EMAIL, IdentifierType.PHONE));
              // The tables carry the prefix, made by the SDK's own migrator.
              JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
              assertThat(tables(jdbc, "CM_%")).contains("CM_FORUM", "CM_SCHEMA_HISTORY");
              assertThat(tables(jdbc, "PF_%")).isEmpty();
            });
  }

  @Test
  void aBadPropertyStopsTheStartWithTheSdksError() {
    runner
        .withPropertyValues("forum.table-prefix=Not-A-Prefix")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(InvalidInputException.class));
    runner
        .withPropertyValues("forum.size.min=2")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(InvalidInputException.class));
  }

  @Test
  void migratesWithFlywayWhenTheApplicationHasIt() {
    runner.run(
        context -> {
          assertThat(context.getBean(ForumMigrations.class).mode()).isEqualTo(Migrations.FLYWAY);
          JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
          Integer versioned =
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM \"pf_flyway_history\" WHERE \"version\" IS NOT NULL",
                  Integer.class);
          assertThat(context.getBean(ForumMigrations.class).applied())
              .isPositive()
              .isEqualTo(versioned);
          assertThat(tables(jdbc, "PF_%")).contains("PF_FORUM", "PF_LESSON", "PF_FLYWAY_HISTORY");
          assertThat(tables(jdbc, "PF_SCHEMA_HISTORY")).isEmpty();
        });
  }

  @Test
  void migratesWithTheSdkWhenTheApplicationHasNoFlyway() {
    runner
        .withClassLoader(new FilteredClassLoader(Flyway.class))
        .run(
            context -> {
              assertThat(context.getBean(ForumMigrations.class).mode()).isEqualTo(Migrations.SDK);
              JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
              assertThat(tables(jdbc, "PF_%")).contains("PF_FORUM", "PF_SCHEMA_HISTORY");
            });
  }

  @Test
  void migratesNothingWhenToldNotTo() {
    runner
        .withPropertyValues("forum.migrations=none")
        .run(
            context -> {
              assertThat(context.getBean(ForumMigrations.class).mode()).isEqualTo(Migrations.NONE);
              JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
              assertThat(tables(jdbc, "PF_%")).isEmpty();
            });
  }

  @Test
  void theAnonymiserTakesTheApplicationsCaseReferences() {
    runner
        .withUserConfiguration(CaseReferences.class)
        .withPropertyValues("forum.migrations=none")
        .run(
            context ->
                assertThat(context.getBean(Anonymiser.class).anonymise("See CR-123450.").text())
                    .isEqualTo("See [CASE_REFERENCE-1]."));
  }

  @Test
  void aFailingListenerIsRethrownAfterCommitWhenTheApplicationAsks() {
    runner
        .withUserConfiguration(FailingListener.class)
        .withPropertyValues("forum.listener-failures=rethrow-after-commit")
        .run(
            context -> {
              ForumSdk sdk = context.getBean(ForumSdk.class);
              assertThatThrownBy(() -> propose(sdk, "forum-loud"))
                  .isInstanceOf(ListenerFailedException.class)
                  .hasMessageNotContaining("listener down");
              // The change committed before the listener was called, and stands.
              assertThat(sdk.forums().get(ADMIN, ForumId.of("forum-loud")).id())
                  .isEqualTo(ForumId.of("forum-loud"));
            });
  }

  @Test
  void aFailingListenerIsLoggedByDefault() {
    runner
        .withUserConfiguration(FailingListener.class)
        .run(
            context -> {
              ForumSdk sdk = context.getBean(ForumSdk.class);
              propose(sdk, "forum-quiet");
              assertThat(sdk.forums().get(ADMIN, ForumId.of("forum-quiet")).id())
                  .isEqualTo(ForumId.of("forum-quiet"));
            });
  }

  @Test
  void theApplicationsFailureHandlerHearsOfEveryFailureWhateverThePropertySays() {
    runner
        .withUserConfiguration(FailingListener.class, Handler.class)
        .withPropertyValues("forum.listener-failures=rethrow-after-commit")
        .run(
            context -> {
              propose(context.getBean(ForumSdk.class), "forum-handled");
              assertThat(context.getBean(Handler.class).failures)
                  .singleElement()
                  .satisfies(
                      f -> {
                        assertThat(f.event()).isInstanceOf(ForumProposed.class);
                        assertThat(f.event().forum()).isEqualTo(ForumId.of("forum-handled"));
                      });
            });
  }

  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin-1"));

  private static void propose(ForumSdk sdk, String forum) {
    sdk.forums()
        .propose(
            ADMIN,
            ForumProposal.builder()
                .id(ForumId.of(forum))
                .name("Mill Lane practitioners' forum")
                .organisation(OrganisationId.of("council"))
                .base(BaseId.of("mill-lane"))
                .locality(LocalityId.of("north"))
                .composition(Composition.anyMix(Composition.Focus.ORGANISATION))
                .build());
  }

  private static java.util.List<String> tables(JdbcTemplate jdbc, String like) {
    return jdbc.queryForList(
        "SELECT UPPER(table_name) FROM information_schema.tables WHERE UPPER(table_name) LIKE ?",
        String.class,
        like);
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnSdk {
    static final InMemoryForumStorage STORAGE = new InMemoryForumStorage();
    static final ForumSdk SDK = ForumSdk.builder().storage(STORAGE).build();

    @Bean
    ForumStorage storage() {
      return STORAGE;
    }

    @Bean
    ForumSdk sdk() {
      return SDK;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class FailingListener {
    @Bean
    ForumEventListener failing() {
      return event -> {
        throw new IllegalStateException("the application's listener down");
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Handler implements ListenerFailureHandler {
    final java.util.List<EventEnvelope> failures =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @Override
    public void failed(EventEnvelope event, RuntimeException failure) {
      failures.add(event);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class CaseReferences {
    @Bean
    CaseReferencePattern caseReference() {
      return CaseReferencePattern.of("case", "CR-[0-9]{6}");
    }
  }
}

package org.practitionersforum.spring.boot;

import java.time.Clock;
import javax.sql.DataSource;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.CaseReferencePattern;
import org.practitionersforum.api.anonymisation.NameDirectory;
import org.practitionersforum.api.event.ForumEventListener;
import org.practitionersforum.api.event.ListenerFailureHandler;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.ListenerFailurePolicy;
import org.practitionersforum.core.RetryPolicy;
import org.practitionersforum.core.anonymisation.Anonymisers;
import org.practitionersforum.jdbc.JdbcForumStorage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Auto-configures the SDK on the application's {@link DataSource}: {@link JdbcForumStorage} that
 * joins the application's Spring-managed transactions (through {@link SpringConnectionProvider}),
 * the SDK's tables migrated at start-up ({@link ForumMigrations}), a {@link ForumSdk} whose events
 * are published as Spring application events after commit ({@link SpringEventBridge}), and an
 * {@link Anonymiser}. Each bean backs off when the application defines its own of the same type.
 *
 * <p>Runs after Spring Boot's data source, transaction manager and Flyway auto-configurations.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"
    })
@ConditionalOnClass({ForumSdk.class, JdbcForumStorage.class, DataSourceUtils.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(ForumProperties.class)
public class ForumAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public ForumAutoConfiguration() {}

  /**
   * The SDK's storage on the application's data source, joining its transactions.
   *
   * @param dataSource the application's data source
   * @param properties the {@code forum.*} properties
   * @return the storage
   */
  @Bean
  @ConditionalOnMissingBean(ForumStorage.class)
  public JdbcForumStorage forumStorage(DataSource dataSource, ForumProperties properties) {
    JdbcForumStorage.Builder builder =
        JdbcForumStorage.builder()
            .hostTransactions(new SpringConnectionProvider(dataSource))
            .schema(properties.getSchema())
            .tablePrefix(properties.getTablePrefix());
    if (properties.getDialect() != null) {
      builder.dialect(properties.getDialect());
    }
    return builder.build();
  }

  /**
   * Brings the SDK's tables up to date, before the SDK is made and after the application's own
   * database initialization (Spring Boot's Flyway or Liquibase, SQL scripts).
   *
   * @param storage the SDK's storage
   * @param dataSource the application's data source
   * @param properties the {@code forum.*} properties
   * @param resources the application context, whose class loader tells whether Flyway is there
   * @return what was done
   */
  @Bean
  @ConditionalOnMissingBean
  @DependsOnDatabaseInitialization
  public ForumMigrations forumMigrations(
      ForumStorage storage,
      DataSource dataSource,
      ForumProperties properties,
      ResourceLoader resources) {
    return ForumMigrations.run(storage, dataSource, properties, resources.getClassLoader());
  }

  /**
   * The SDK, built from the properties, publishing its events to the application.
   *
   * @param storage the SDK's storage
   * @param migrations the migrations, run before the SDK is made
   * @param properties the {@code forum.*} properties
   * @param publisher the application's event publisher
   * @param clock the application's {@link Clock} bean, if it has one (else the system's, in UTC)
   * @param listeners the application's {@link ForumEventListener} beans, if any
   * @param failureHandler the application's {@link ListenerFailureHandler} bean, if it has one: it
   *     is told of every listener failure, whatever {@code forum.listener-failures} says
   * @return the SDK
   */
  @Bean
  @ConditionalOnMissingBean
  public ForumSdk forumSdk(
      ForumStorage storage,
      ObjectProvider<ForumMigrations> migrations,
      ForumProperties properties,
      ApplicationEventPublisher publisher,
      ObjectProvider<Clock> clock,
      ObjectProvider<ForumEventListener> listeners,
      ObjectProvider<ListenerFailureHandler> failureHandler) {
    migrations.getIfAvailable();
    FormationSettings settings =
        FormationSettings.DEFAULT.withLineManagementExcluded(properties.isLineManagementExcluded());
    ForumProperties.Size size = properties.getSize();
    if (size.getMin() != null || size.getMax() != null) {
      SizeBounds defaults = SizeBounds.DEFAULT;
      settings =
          settings.withSizeBounds(
              SizeBounds.of(
                  size.getMin() == null ? defaults.minimum() : size.getMin(),
                  size.getMax() == null ? defaults.maximum() : size.getMax()));
    }
    ForumSdk.Builder builder =
        ForumSdk.builder()
            .storage(storage)
            .clock(clock.getIfAvailable(Clock::systemUTC))
            .defaultSettings(settings)
            .eventDelivery(properties.getEventDelivery())
            .sessionStartMargin(properties.getSessionStartMargin())
            .retries(retries(properties.getRetry()))
            .audit(properties.isAudit())
            .listenerFailures(listenerFailures(properties, failureHandler.getIfAvailable()));
    if (properties.isPublishEvents()) {
      builder.listener(new SpringEventBridge(publisher));
    }
    listeners.orderedStream().forEach(builder::listener);
    return builder.build();
  }

  private static ListenerFailurePolicy listenerFailures(
      ForumProperties properties, ListenerFailureHandler handler) {
    if (handler != null) {
      return ListenerFailurePolicy.handler(handler);
    }
    return properties.getListenerFailures() == ForumProperties.ListenerFailures.RETHROW_AFTER_COMMIT
        ? ListenerFailurePolicy.RETHROW_AFTER_COMMIT
        : ListenerFailurePolicy.LOG;
  }

  /**
   * An anonymiser built from {@code forum.anonymiser.*}, the application's {@link NameDirectory}
   * bean if it has one, and its {@link CaseReferencePattern} beans.
   *
   * @param properties the {@code forum.*} properties
   * @param directory the application's directory, if any
   * @param caseReferences the application's case reference formats
   * @return the anonymiser
   */
  @Bean
  @ConditionalOnMissingBean
  public Anonymiser forumAnonymiser(
      ForumProperties properties,
      ObjectProvider<NameDirectory> directory,
      ObjectProvider<CaseReferencePattern> caseReferences) {
    ForumProperties.Anonymiser p = properties.getAnonymiser();
    AnonymiserSettings.Builder settings = AnonymiserSettings.builder();
    if (p.getOperator() != null) {
      settings.allOperators(p.getOperator());
    }
    if (p.getDateGranularity() != null) {
      settings.dateGranularity(p.getDateGranularity());
    }
    if (p.getFirstNameAlone() != null) {
      settings.firstNameAlone(p.getFirstNameAlone());
    }
    if (p.getNameHeuristics() != null) {
      settings.nameHeuristics(p.getNameHeuristics());
    }
    if (p.getMinimumConfidence() != null) {
      settings.minimumConfidence(p.getMinimumConfidence());
    }
    p.getAllow().forEach(settings::allow);
    p.getDisabledTypes().forEach(settings::disable);
    Anonymisers.Builder builder = Anonymisers.builder().settings(settings.build());
    directory.ifAvailable(builder::directory);
    caseReferences.orderedStream().forEach(builder::caseReference);
    return builder.build();
  }

  private static RetryPolicy retries(ForumProperties.Retry retry) {
    RetryPolicy.Builder builder = RetryPolicy.builder();
    if (retry.getMaxAttempts() != null) {
      builder.maxAttempts(retry.getMaxAttempts());
    }
    if (retry.getMaxTotalTime() != null) {
      builder.maxTotalTime(retry.getMaxTotalTime());
    }
    if (retry.getInitialDelay() != null || retry.getMaxDelay() != null) {
      RetryPolicy defaults = RetryPolicy.defaults();
      builder.backoff(
          retry.getInitialDelay() == null ? defaults.initialDelay() : retry.getInitialDelay(),
          retry.getMaxDelay() == null ? defaults.maxDelay() : retry.getMaxDelay());
    }
    return builder.build();
  }
}

package org.practitionersforum.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.DateGranularity;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.Operator;
import org.practitionersforum.core.EventDelivery;
import org.practitionersforum.jdbc.Dialect;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code forum.*} configuration properties: what the SDK's builders accept, with the builders'
 * own defaults wherever a property is not set. Each value is checked by the builder it goes to, so
 * a bad one stops the application's start with the SDK's {@code InvalidInputException}.
 */
@ConfigurationProperties("forum")
public class ForumProperties {
  private String schema = "";
  private String tablePrefix = "pf_";
  private Dialect dialect;
  private Migrations migrations = Migrations.AUTO;
  private EventDelivery eventDelivery = EventDelivery.OUTBOX_TO_LISTENERS;
  private boolean publishEvents = true;
  private boolean audit = true;
  private ListenerFailures listenerFailures = ListenerFailures.LOG;
  private final Size size = new Size();
  private boolean lineManagementExcluded = true;
  private Duration sessionStartMargin = Duration.ofDays(1);
  private final Retry retry = new Retry();
  private final Anonymiser anonymiser = new Anonymiser();

  /** Creates the properties with the SDK's defaults. */
  public ForumProperties() {}

  /** How the SDK's tables are created and kept up to date at start-up. */
  public enum Migrations {
    /** Flyway when the application has it on its class path, else the SDK's own migrator. */
    AUTO,
    /** Flyway, with a history table of the SDK's own ({@code <prefix>flyway_history}). */
    FLYWAY,
    /** The SDK's own migrator ({@code JdbcForumStorage.migrate()}). */
    SDK,
    /** Nothing: the application migrates the SDK's tables itself. */
    NONE
  }

  /**
   * What the SDK does when one of the application's event listeners throws. The change that
   * published the event has committed either way and stands; the other listeners are still called.
   * A {@link org.practitionersforum.api.event.ListenerFailureHandler} bean of the application takes
   * precedence over this setting.
   */
  public enum ListenerFailures {
    /** Log the failure by its type, without the event's content, and go on (the default). */
    LOG,
    /**
     * Throw a {@link org.practitionersforum.api.event.ListenerFailedException} from the operation
     * once every listener has been called.
     */
    RETHROW_AFTER_COMMIT
  }

  /**
   * Returns the schema of the SDK's tables.
   *
   * @return a lower-case identifier, or empty (the default) for the connection's default schema
   */
  public String getSchema() {
    return schema;
  }

  /**
   * Sets the schema of the SDK's tables.
   *
   * @param schema a lower-case identifier, or empty for the connection's default schema
   */
  public void setSchema(String schema) {
    this.schema = schema;
  }

  /**
   * Returns the prefix of every table, index and constraint name.
   *
   * @return the prefix; {@code pf_} by default
   */
  public String getTablePrefix() {
    return tablePrefix;
  }

  /**
   * Sets the prefix of every table, index and constraint name.
   *
   * @param tablePrefix a lower-case identifier of at most 20 characters, or empty
   */
  public void setTablePrefix(String tablePrefix) {
    this.tablePrefix = tablePrefix;
  }

  /**
   * Returns the database dialect, if set.
   *
   * @return the dialect, or null (the default) to detect it from the first connection
   */
  public Dialect getDialect() {
    return dialect;
  }

  /**
   * Sets the database dialect instead of detecting it.
   *
   * @param dialect the dialect, or null to detect it
   */
  public void setDialect(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Returns how the SDK's tables are migrated at start-up.
   *
   * @return the mode; {@link Migrations#AUTO} by default
   */
  public Migrations getMigrations() {
    return migrations;
  }

  /**
   * Sets how the SDK's tables are migrated at start-up.
   *
   * @param migrations the mode
   */
  public void setMigrations(Migrations migrations) {
    this.migrations = migrations;
  }

  /**
   * Returns how the SDK delivers its events.
   *
   * @return the delivery; {@link EventDelivery#OUTBOX_TO_LISTENERS} by default
   */
  public EventDelivery getEventDelivery() {
    return eventDelivery;
  }

  /**
   * Sets how the SDK delivers its events.
   *
   * @param eventDelivery the delivery
   */
  public void setEventDelivery(EventDelivery eventDelivery) {
    this.eventDelivery = eventDelivery;
  }

  /**
   * Returns whether the SDK's events are published as Spring application events.
   *
   * @return true by default
   */
  public boolean isPublishEvents() {
    return publishEvents;
  }

  /**
   * Sets whether the SDK's events are published as Spring application events.
   *
   * @param publishEvents true to publish them
   */
  public void setPublishEvents(boolean publishEvents) {
    this.publishEvents = publishEvents;
  }

  /**
   * Returns whether the audit log records every command.
   *
   * @return true by default
   */
  public boolean isAudit() {
    return audit;
  }

  /**
   * Sets whether the audit log records every command.
   *
   * @param audit true to record
   */
  public void setAudit(boolean audit) {
    this.audit = audit;
  }

  /**
   * Returns what the SDK does when an event listener throws.
   *
   * @return {@link ListenerFailures#LOG} by default
   */
  public ListenerFailures getListenerFailures() {
    return listenerFailures;
  }

  /**
   * Sets what the SDK does when an event listener throws.
   *
   * @param listenerFailures {@code log} or {@code rethrow-after-commit}
   */
  public void setListenerFailures(ListenerFailures listenerFailures) {
    this.listenerFailures = listenerFailures;
  }

  /**
   * Returns the size bounds of new forums.
   *
   * @return the bounds
   */
  public Size getSize() {
    return size;
  }

  /**
   * Returns whether a practitioner and their line manager are kept out of one forum (FR-7).
   *
   * @return true by default
   */
  public boolean isLineManagementExcluded() {
    return lineManagementExcluded;
  }

  /**
   * Sets whether a practitioner and their line manager are kept out of one forum (FR-7).
   *
   * @param lineManagementExcluded true to keep them apart
   */
  public void setLineManagementExcluded(boolean lineManagementExcluded) {
    this.lineManagementExcluded = lineManagementExcluded;
  }

  /**
   * Returns how far after now a session recorded as held may start (TR-7).
   *
   * @return the margin; one day by default
   */
  public Duration getSessionStartMargin() {
    return sessionStartMargin;
  }

  /**
   * Sets how far after now a session recorded as held may start (TR-7).
   *
   * @param sessionStartMargin the margin, from zero to seven days
   */
  public void setSessionStartMargin(Duration sessionStartMargin) {
    this.sessionStartMargin = sessionStartMargin;
  }

  /**
   * Returns the bounds of the SDK's retries of a unit of work that runs in its own transaction.
   *
   * @return the retry bounds
   */
  public Retry getRetry() {
    return retry;
  }

  /**
   * Returns the settings of the anonymiser bean.
   *
   * @return the anonymiser settings
   */
  public Anonymiser getAnonymiser() {
    return anonymiser;
  }

  /** The size bounds of new forums; unset bounds keep the SDK's defaults. */
  public static class Size {
    private Integer min;
    private Integer max;

    /** Creates unset bounds. */
    public Size() {}

    /**
     * Returns the least number of members.
     *
     * @return the minimum, or null for the SDK's default
     */
    public Integer getMin() {
      return min;
    }

    /**
     * Sets the least number of members.
     *
     * @param min the minimum
     */
    public void setMin(Integer min) {
      this.min = min;
    }

    /**
     * Returns the most members.
     *
     * @return the maximum, or null for the SDK's default
     */
    public Integer getMax() {
      return max;
    }

    /**
     * Sets the most members.
     *
     * @param max the maximum
     */
    public void setMax(Integer max) {
      this.max = max;
    }
  }

  /** The retry bounds; unset ones keep the SDK's defaults. */
  public static class Retry {
    private Integer maxAttempts;
    private Duration maxTotalTime;
    private Duration initialDelay;
    private Duration maxDelay;

    /** Creates unset bounds. */
    public Retry() {}

    /**
     * Returns the most attempts of one unit of work.
     *
     * @return the attempts, or null for the SDK's default
     */
    public Integer getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the most attempts of one unit of work; 1 turns retries off.
     *
     * @param maxAttempts the attempts
     */
    public void setMaxAttempts(Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * Returns the longest time spent on one unit of work's attempts.
     *
     * @return the time, or null for the SDK's default
     */
    public Duration getMaxTotalTime() {
      return maxTotalTime;
    }

    /**
     * Sets the longest time spent on one unit of work's attempts.
     *
     * @param maxTotalTime the time
     */
    public void setMaxTotalTime(Duration maxTotalTime) {
      this.maxTotalTime = maxTotalTime;
    }

    /**
     * Returns the first back-off delay.
     *
     * @return the delay, or null for the SDK's default
     */
    public Duration getInitialDelay() {
      return initialDelay;
    }

    /**
     * Sets the first back-off delay; set with {@link #setMaxDelay}.
     *
     * @param initialDelay the delay
     */
    public void setInitialDelay(Duration initialDelay) {
      this.initialDelay = initialDelay;
    }

    /**
     * Returns the longest back-off delay.
     *
     * @return the delay, or null for the SDK's default
     */
    public Duration getMaxDelay() {
      return maxDelay;
    }

    /**
     * Sets the longest back-off delay; set with {@link #setInitialDelay}.
     *
     * @param maxDelay the delay
     */
    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }
  }

  /** The anonymiser's settings; unset ones keep the SDK's defaults. */
  public static class Anonymiser {
    private Operator operator;
    private DateGranularity dateGranularity;
    private Boolean firstNameAlone;
    private Boolean nameHeuristics;
    private Confidence minimumConfidence;
    private List<String> allow = new ArrayList<>();
    private Set<IdentifierType> disabledTypes = EnumSet.noneOf(IdentifierType.class);

    /** Creates unset settings. */
    public Anonymiser() {}

    /**
     * Returns the operator applied to every identifier type.
     *
     * @return the operator, or null for the SDK's defaults per type
     */
    public Operator getOperator() {
      return operator;
    }

    /**
     * Sets the operator applied to every identifier type.
     *
     * @param operator the operator
     */
    public void setOperator(Operator operator) {
      this.operator = operator;
    }

    /**
     * Returns the granularity that dates are generalised to.
     *
     * @return the granularity, or null for the SDK's default
     */
    public DateGranularity getDateGranularity() {
      return dateGranularity;
    }

    /**
     * Sets the granularity that dates are generalised to.
     *
     * @param dateGranularity the granularity
     */
    public void setDateGranularity(DateGranularity dateGranularity) {
      this.dateGranularity = dateGranularity;
    }

    /**
     * Returns whether a directory person's first name alone is found.
     *
     * @return the choice, or null for the SDK's default
     */
    public Boolean getFirstNameAlone() {
      return firstNameAlone;
    }

    /**
     * Sets whether a directory person's first name alone is found.
     *
     * @param firstNameAlone the choice
     */
    public void setFirstNameAlone(Boolean firstNameAlone) {
      this.firstNameAlone = firstNameAlone;
    }

    /**
     * Returns whether names outside the directory are guessed by heuristics.
     *
     * @return the choice, or null for the SDK's default
     */
    public Boolean getNameHeuristics() {
      return nameHeuristics;
    }

    /**
     * Sets whether names outside the directory are guessed by heuristics.
     *
     * @param nameHeuristics the choice
     */
    public void setNameHeuristics(Boolean nameHeuristics) {
      this.nameHeuristics = nameHeuristics;
    }

    /**
     * Returns the least confidence of a finding that is applied.
     *
     * @return the confidence, or null for the SDK's default
     */
    public Confidence getMinimumConfidence() {
      return minimumConfidence;
    }

    /**
     * Sets the least confidence of a finding that is applied.
     *
     * @param minimumConfidence the confidence
     */
    public void setMinimumConfidence(Confidence minimumConfidence) {
      this.minimumConfidence = minimumConfidence;
    }

    /**
     * Returns the terms never treated as identifiers.
     *
     * @return the allow list
     */
    public List<String> getAllow() {
      return allow;
    }

    /**
     * Sets the terms never treated as identifiers.
     *
     * @param allow the allow list
     */
    public void setAllow(List<String> allow) {
      this.allow = allow;
    }

    /**
     * Returns the identifier types not looked for.
     *
     * @return the types
     */
    public Set<IdentifierType> getDisabledTypes() {
      return disabledTypes;
    }

    /**
     * Sets the identifier types not looked for.
     *
     * @param disabledTypes the types
     */
    public void setDisabledTypes(Set<IdentifierType> disabledTypes) {
      this.disabledTypes = disabledTypes;
    }
  }
}

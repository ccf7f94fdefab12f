package org.practitionersforum.spring.boot;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.practitionersforum.jdbc.ConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The SDK's connections from Spring's transaction management: inside a Spring-managed transaction
 * (for example a {@code @Transactional} method), the connection bound to it, so the SDK's writes
 * commit or roll back with the application's; outside one, a connection of its own in auto-commit
 * mode, on which the SDK runs its own transaction.
 *
 * <p>Actions the SDK runs after commit (the delivery of its events) are registered with the
 * transaction's synchronizations and run after it commits, never if it rolls back.
 *
 * <p>Thread-safe.
 */
public final class SpringConnectionProvider implements ConnectionProvider {
  private static final Logger LOG = LoggerFactory.getLogger(SpringConnectionProvider.class);

  private final DataSource dataSource;

  /**
   * Creates the provider.
   *
   * @param dataSource the application's data source, the one its transaction manager manages
   */
  public SpringConnectionProvider(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Returns the connection of the current Spring transaction, or a new one outside a transaction.
   *
   * @return the connection
   * @throws SQLException if none can be had
   */
  @Override
  public Connection acquire() throws SQLException {
    try {
      return DataSourceUtils.getConnection(dataSource);
    } catch (org.springframework.jdbc.CannotGetJdbcConnectionException e) {
      if (e.getCause() instanceof SQLException cause) {
        throw cause;
      }
      throw new SQLException("no connection from the data source", e);
    }
  }

  /**
   * Hands the connection back to Spring: closed if it is not bound to a transaction.
   *
   * @param connection the connection returned by {@link #acquire()}
   */
  @Override
  public void release(Connection connection) {
    DataSourceUtils.releaseConnection(connection, dataSource);
  }

  /**
   * Runs the action after the current Spring transaction commits, and never if it rolls back.
   *
   * @param action the action
   * @return true if a transaction is active and the action was registered with it
   */
  @Override
  public boolean afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return false;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            try {
              action.run();
            } catch (RuntimeException e) {
              LOG.warn("an after-commit action failed with {}", e.getClass().getSimpleName());
            }
          }
        });
    return true;
  }
}

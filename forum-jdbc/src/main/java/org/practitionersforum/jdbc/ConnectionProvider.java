package org.practitionersforum.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where {@link JdbcForumStorage} takes its connections from, when the host wants to keep one
 * transaction for its own writes and the SDK's.
 *
 * <p>{@link #acquire()} returns the connection bound to the host's current transaction (for example
 * Spring's {@code DataSourceUtils.getConnection(dataSource)}); {@link #release} hands it back (for
 * example {@code DataSourceUtils.releaseConnection(connection, dataSource)}). When that connection
 * is in a transaction (auto-commit off), a unit of work runs inside it under a savepoint: on
 * failure it rolls back to the savepoint, on success it releases the savepoint, and it never
 * commits, rolls back the whole transaction, or closes the connection: the host does. When the
 * connection is in auto-commit mode, there is no host transaction, and the unit of work runs in its
 * own transaction on that connection.
 *
 * <p>Implementations must be thread-safe: units of work on several threads call them at once.
 *
 * <p>Whatever a provider does wrong reaches the SDK's caller typed: an {@link #acquire()} that
 * throws (an {@code SQLException} or any runtime exception) or returns null becomes a {@link
 * ConnectionUnavailableException}, which is not retried and keeps of the provider's exception only
 * its class name and stack trace; a {@link #release} that throws is logged by the exception's class
 * and SQLState and changes nothing of the unit of work's outcome.
 */
public interface ConnectionProvider {

  /**
   * Returns the connection to use for one unit of work.
   *
   * @return an open connection, never null
   * @throws SQLException if none can be had (a pool's time-out, a closed pool); reported as a
   *     {@link ConnectionUnavailableException}, which the SDK does not retry: the pool has already
   *     waited
   */
  Connection acquire() throws SQLException;

  /**
   * Hands back a connection returned by {@link #acquire()} when the unit of work is over.
   *
   * @param connection the connection
   * @throws SQLException if releasing failed; logged, and the unit of work's outcome stands
   */
  void release(Connection connection) throws SQLException;

  /**
   * Registers an action to run once the host's current transaction commits, and never if it rolls
   * back: how the SDK delivers the events of a unit of work that joined the host's transaction only
   * after the host commits. For example, with Spring, {@code
   * TransactionSynchronizationManager.registerSynchronization} with an {@code afterCommit} that
   * runs the action.
   *
   * <p>The default registers nothing and returns false: the events stay in the outbox, written in
   * the host's transaction, until {@code EventOutbox.deliverPending()} delivers them (or the host
   * reads them), so nothing of a rolled-back transaction is ever delivered.
   *
   * @param action the action; it must not throw
   * @return true if the action was registered
   */
  default boolean afterCommit(Runnable action) {
    return false;
  }

  /**
   * Returns a provider that takes a new connection from a data source for each unit of work and
   * closes it afterwards (returning it to the pool, if the data source pools).
   *
   * @param dataSource the data source
   * @return the provider
   * @throws NullPointerException if the data source is null
   */
  static ConnectionProvider of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new ConnectionProvider() {
      @Override
      public Connection acquire() throws SQLException {
        return dataSource.getConnection();
      }

      @Override
      public void release(Connection connection) throws SQLException {
        connection.close();
      }
    };
  }
}

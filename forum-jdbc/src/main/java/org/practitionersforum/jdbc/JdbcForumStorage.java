package org.practitionersforum.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import javax.sql.DataSource;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.TransactionWork;
import org.practitionersforum.jdbc.internal.Migrator;
import org.practitionersforum.jdbc.internal.SqlErrors;
import org.practitionersforum.jdbc.internal.Statements;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage SPI on JDBC, for H2, PostgreSQL and MariaDB.
 *
 * <p>Build one per database and share it: it is thread-safe, holds no connection between units of
 * work, and keeps only the SQL text of its configuration.
 *
 * <pre>{@code
 * JdbcForumStorage storage = JdbcForumStorage.builder()
 *     .dataSource(dataSource)        // any DataSource: a pool, or the host's own
 *     .tablePrefix("pf_")            // the default
 *     .build();
 * storage.migrate();                 // or run the SQL files with the host's own Flyway
 * }</pre>
 *
 * <p><b>Transactions.</b> With {@link Builder#dataSource}, each unit of work takes a connection,
 * turns auto-commit off before its first write, and commits or rolls back; a unit that only reads
 * runs its queries in auto-commit mode and needs neither (the units' repeatable reads are the
 * stores' own: a record read twice is answered from what was read first, and every write checks the
 * version it was based on). With {@link Builder#hostTransactions} it joins the host's transaction
 * under a savepoint and leaves commit and rollback to the host (see {@link ConnectionProvider}); on
 * a connection in auto-commit mode it runs as with a data source. The stores work under READ
 * COMMITTED or any stricter isolation; the connection's isolation is not changed. Every update
 * carries the version it was read at ({@code UPDATE ... SET version = version + 1 WHERE id = ? AND
 * version = ?}), so a lost update is impossible whatever the isolation, and that row update also
 * orders concurrent writers of one forum.
 *
 * <p><b>Failures.</b> No {@code SQLException} escapes. A unique violation becomes a {@link
 * org.practitionersforum.api.DuplicateException}; a value the database cannot hold an {@link
 * InvalidInputException}, raised before any statement where it can be foreseen; a stale version a
 * {@link org.practitionersforum.api.spi.ConcurrentUpdateException}; a connection that cannot be had
 * (a pool timed out or closed, a provider that returned none or threw) a {@link
 * ConnectionUnavailableException}, not retryable; anything else a {@link StorageException} that
 * says whether it is retryable: a serialization failure, deadlock or lock time-out, and a
 * connection that failed or that the server ended (PostgreSQL's 57P01 on a restart or fail-over,
 * MariaDB's 1927), are. Messages carry the SQLState and vendor code, never the driver's text (which
 * may quote values or the database's address).
 *
 * <p><b>Retries.</b> None here: as the SPI requires, each call of {@link #inTransaction} runs the
 * work exactly once, so whoever calls it (the SDK's services, within their retry policy) decides
 * whether to run it again. Inside a host's transaction (a connection from {@link
 * Builder#hostTransactions} with auto-commit off), a retryable failure leaves a transaction that
 * cannot succeed as it stands (the database may already have rolled it back, or will refuse its
 * commit), so it is reported as {@link StorageException#retryableByHostOnly() retryable by the host
 * only}: the SDK does not retry it, and the host rolls back and runs its whole transaction again.
 */
public final class JdbcForumStorage implements ForumStorage {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcForumStorage.class);

  private final ConnectionProvider provider;
  private final boolean hostTransactions;
  private final Dialect configuredDialect;
  private final Tables tables;
  private volatile Statements statements;

  private JdbcForumStorage(Builder b) {
    this.provider = b.provider;
    this.hostTransactions = b.hostTransactions;
    this.configuredDialect = b.dialect;
    this.tables = new Tables(b.schema, b.tablePrefix);
    if (b.dialect != null) {
      this.statements = new Statements(b.dialect, tables);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Runs the work once, on one connection, and never retries it. Inside a host's transaction a
   * retryable failure is reported as {@link StorageException#retryableByHostOnly() retryable by the
   * host only}.
   *
   * @throws InvalidInputException if work is null, or a value cannot be stored exactly
   * @throws ConnectionUnavailableException if no connection could be had; nothing ran
   */
  @Override
  public <T> T inTransaction(TransactionWork<T> work) {
    Checks.notNull(work, "transaction work");
    return runOnce(work);
  }

  /**
   * Creates or updates the SDK's tables: applies, in order, each migration of the dialect not yet
   * recorded in the schema history table {@code <prefix>schema_history}. Idempotent. Creates the
   * schema if one is configured and it does not exist. Run it from one process at a time, for
   * example at start-up; hosts with their own Flyway may run the same files instead (see {@link
   * Dialect#flywayLocation()}).
   *
   * @return how many migrations were applied by this call
   * @throws StorageException if the database refused a migration, or an applied migration was
   *     changed since
   */
  public int migrate() {
    Connection c = acquire();
    try {
      Statements s = statements(c);
      try {
        return Migrator.migrate(c, s);
      } catch (SQLException e) {
        throw SqlErrors.translate(e, s.sqlDialect(), "migrate the storage schema", "migration");
      }
    } finally {
      release(c);
    }
  }

  /**
   * Returns the dialect: the configured one, or the one detected from the database (which takes a
   * connection the first time).
   *
   * @return the dialect
   * @throws StorageException if no connection can be had or the database is not supported
   */
  public Dialect dialect() {
    if (configuredDialect != null) {
      return configuredDialect;
    }
    Statements s = statements;
    if (s != null) {
      return s.dialect();
    }
    Connection c = acquire();
    try {
      return statements(c).dialect();
    } finally {
      release(c);
    }
  }

  private Statements statements(Connection c) {
    Statements s = statements;
    if (s == null) {
      s = new Statements(Dialect.detect(c), tables);
      statements = s;
    }
    return s;
  }

  private <T> T runOnce(TransactionWork<T> work) {
    Connection c = acquire();
    Statements s;
    try {
      s = statements(c);
    } catch (RuntimeException e) {
      release(c);
      throw e;
    }
    Savepoint savepoint = null;
    UnitOfWork uow = null;
    T result;
    boolean inHostTransaction = false;
    try {
      boolean autoCommit = c.getAutoCommit();
      if (hostTransactions && !autoCommit) {
        inHostTransaction = true;
        savepoint = c.setSavepoint();
      }
      // In auto-commit mode the transaction begins at the unit's first write: a unit that only
      // reads runs its queries without one (its repeatable reads come from what it has read, not
      // from the database), so it costs no BEGIN and no COMMIT.
      uow = new UnitOfWork(c, s, autoCommit);
      result = work.execute(uow);
      uow.flush();
      uow.close();
      if (savepoint != null) {
        c.releaseSavepoint(savepoint);
      } else if (uow.inTransaction()) {
        c.commit();
      }
    } catch (SQLException e) {
      rollback(c, savepoint, uow);
      throw forHost(
          inHostTransaction,
          SqlErrors.translate(e, s.sqlDialect(), "complete a unit of work", "record"));
    } catch (RuntimeException e) {
      rollback(c, savepoint, uow);
      throw forHost(inHostTransaction, e);
    } catch (Error e) {
      rollback(c, savepoint, uow);
      throw e;
    } finally {
      if (uow != null) {
        uow.close();
        if (uow.beganTransaction()) {
          try {
            c.setAutoCommit(true);
          } catch (SQLException e) {
            LOG.debug(
                "could not restore auto-commit on a connection (SQLState {})", e.getSQLState());
          }
        }
      }
      release(c);
    }
    afterCommit(uow.afterCommitActions(), savepoint != null);
    return result;
  }

  /**
   * Runs the actions of a unit of work that succeeded: now, if it committed its own transaction (or
   * wrote nothing); when the host's transaction commits, if it joined one and the provider can say
   * when that is; otherwise never, and the events they would deliver wait in the outbox.
   */
  private void afterCommit(List<Runnable> actions, boolean inHostTransaction) {
    for (Runnable action : actions) {
      if (inHostTransaction) {
        if (!provider.afterCommit(action)) {
          LOG.debug("the host's transaction gives no commit hook; its events wait in the outbox");
        }
        continue;
      }
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.warn("an after-commit action failed with {}", e.getClass().getSimpleName());
      }
    }
  }

  private static void rollback(Connection c, Savepoint savepoint, UnitOfWork uow) {
    try {
      if (savepoint != null) {
        c.rollback(savepoint);
      } else if (uow == null || uow.inTransaction()) {
        c.rollback();
      }
    } catch (SQLException e) {
      // The database may already have rolled back (a deadlock victim, a lost connection).
      LOG.debug("rollback failed (SQLState {})", e.getSQLState());
    }
  }

  /**
   * Marks a retryable storage failure inside the host's transaction as the host's to retry: the SDK
   * must not run the unit again inside a transaction that cannot succeed.
   */
  private static RuntimeException forHost(boolean inHostTransaction, RuntimeException e) {
    if (inHostTransaction
        && e instanceof StorageException failure
        && failure.retryable()
        && !failure.retryableByHostOnly()) {
      return StorageException.inHostTransaction(failure);
    }
    return e;
  }

  /**
   * Takes a connection from the provider, once: a pool that timed out has already waited, and a
   * closed one stays closed, so a failure here is never retryable.
   */
  private Connection acquire() {
    Connection c;
    try {
      c = provider.acquire();
    } catch (SQLException e) {
      throw new ConnectionUnavailableException(
          "could not get a database connection (SQLState "
              + e.getSQLState()
              + ", vendor code "
              + e.getErrorCode()
              + "); not retried: a pool has already waited for one",
          SqlErrors.sanitized(e));
    } catch (RuntimeException e) {
      throw new ConnectionUnavailableException(
          "could not get a database connection: the connection provider failed; not retried",
          SqlErrors.sanitized(e));
    }
    if (c == null) {
      throw new ConnectionUnavailableException(
          "could not get a database connection: the connection provider returned none", null);
    }
    return c;
  }

  /**
   * Hands a connection back. A failure is logged, by kind only, and goes no further: the unit of
   * work's outcome (committed, or rolled back and reported) stands either way.
   */
  private void release(Connection c) {
    try {
      provider.release(c);
    } catch (SQLException e) {
      LOG.warn(
          "could not release a database connection ({}, SQLState {})",
          e.getClass().getName(),
          e.getSQLState());
    } catch (RuntimeException e) {
      LOG.warn("could not release a database connection ({})", e.getClass().getName());
    }
  }

  /** Builds {@link JdbcForumStorage}s. Not thread-safe; the storage it builds is. */
  public static final class Builder {
    private ConnectionProvider provider;
    private boolean hostTransactions;
    private Dialect dialect;
    private String schema = "";
    private String tablePrefix = "pf_";

    private Builder() {}

    /**
     * Uses a data source: one connection per unit of work, in its own transaction.
     *
     * @param dataSource the data source
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder dataSource(DataSource dataSource) {
      this.provider = ConnectionProvider.of(Checks.notNull(dataSource, "data source"));
      this.hostTransactions = false;
      return this;
    }

    /**
     * Joins the host's transactions: each unit of work uses the connection the provider returns
     * and, when that connection is in a transaction, runs under a savepoint inside it, leaving
     * commit and rollback to the host.
     *
     * @param provider the host's connection provider
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder hostTransactions(ConnectionProvider provider) {
      this.provider = Checks.notNull(provider, "connection provider");
      this.hostTransactions = true;
      return this;
    }

    /**
     * Sets the dialect instead of detecting it from the first connection.
     *
     * @param dialect the dialect
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = Checks.notNull(dialect, "dialect");
      return this;
    }

    /**
     * Puts the tables in a schema (a database, on MariaDB) rather than the connection's default.
     *
     * @param schema a lower-case identifier, or empty for the connection's default schema
     * @return this builder
     * @throws InvalidInputException if it is not a plain lower-case identifier
     */
    public Builder schema(String schema) {
      new Tables(Checks.notNull(schema, "schema"), "");
      this.schema = schema;
      return this;
    }

    /**
     * Sets the prefix of every table, index and constraint name; {@code "pf_"} by default.
     *
     * @param prefix a lower-case identifier of at most 20 characters, or empty
     * @return this builder
     * @throws InvalidInputException if it is not a plain lower-case identifier
     */
    public Builder tablePrefix(String prefix) {
      new Tables("", Checks.notNull(prefix, "table prefix"));
      this.tablePrefix = prefix;
      return this;
    }

    /**
     * Builds the storage. Does not connect: the dialect, unless set, is detected on first use.
     *
     * @return the storage
     * @throws InvalidInputException if neither a data source nor a connection provider was set
     */
    public JdbcForumStorage build() {
      if (provider == null) {
        throw new InvalidInputException("a data source or a connection provider is required");
      }
      return new JdbcForumStorage(this);
    }
  }
}

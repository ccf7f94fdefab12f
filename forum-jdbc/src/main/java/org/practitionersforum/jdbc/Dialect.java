package org.practitionersforum.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.practitionersforum.api.spi.StorageException;

/**
 * The databases {@link JdbcForumStorage} supports. Each has its own SQL migrations (under {@code
 * org/practitionersforum/jdbc/migration/<folder>/}), and the storage holds, per database, what
 * differs between them: how an insert meets a duplicate key, whether an aggregate spread over
 * several tables is read in one statement or a table at a time, how a query keeps its first rows,
 * the options of the tables and schemas it creates, whether a migration's DDL runs in one
 * transaction, and which SQLStates and vendor codes mean a duplicate, a transient failure, a lost
 * connection or a value the database cannot hold. Every other statement is the same on all three.
 *
 * <p>Immutable and thread-safe.
 */
public enum Dialect {
  /** H2 2.x, the embedded default. */
  H2("h2"),
  /** PostgreSQL 13 or later, and PostgreSQL-compatible engines. */
  POSTGRESQL("postgresql"),
  /** MariaDB 10.6 or later (InnoDB). */
  MARIADB("mariadb");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * Returns the name of this dialect's migration folder, which is also the name hosts use in their
   * own Flyway locations ({@code classpath:org/practitionersforum/jdbc/migration/<folder>}).
   *
   * @return the folder name, such as {@code "postgresql"}
   */
  public String folder() {
    return folder;
  }

  /**
   * Returns the classpath location of this dialect's migrations, in Flyway's form.
   *
   * @return for example {@code "classpath:org/practitionersforum/jdbc/migration/h2"}
   */
  public String flywayLocation() {
    return "classpath:org/practitionersforum/jdbc/migration/" + folder;
  }

  /**
   * Tells which dialect a connection speaks, from its database product name.
   *
   * @param connection an open connection; not closed
   * @return the dialect
   * @throws StorageException if the database is not one of H2, PostgreSQL or MariaDB, or its
   *     metadata cannot be read
   */
  public static Dialect detect(Connection connection) {
    String product;
    try {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new StorageException(
          "could not read the database product name (SQLState " + e.getSQLState() + ")",
          true,
          null);
    }
    return fromProductName(product);
  }

  /**
   * Tells which dialect a database product name denotes.
   *
   * @param productName the JDBC product name, such as {@code "PostgreSQL"}
   * @return the dialect
   * @throws StorageException if the product is not supported
   */
  public static Dialect fromProductName(String productName) {
    String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (p.contains("h2")) {
      return H2;
    }
    if (p.contains("postgres")) {
      return POSTGRESQL;
    }
    if (p.contains("mariadb") || p.contains("mysql")) {
      return MARIADB;
    }
    throw new StorageException(
        "unsupported database product: choose a Dialect explicitly"
            + " among H2, POSTGRESQL and MARIADB",
        false,
        null);
  }
}

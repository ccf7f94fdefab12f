package org.practitionersforum.jdbc.internal;

import java.sql.SQLException;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.jdbc.internal.dialect.FailureKind;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;

/**
 * Turns {@link SQLException}s into the SDK's typed errors, as the database's {@link SqlDialect}
 * classifies them. The driver's message is never carried over, because drivers quote values
 * (PostgreSQL's "Key (id)=(...) already exists"), and values may be personal data. The SQLState and
 * vendor code are kept, and the original stack trace is kept on a {@link SanitizedSqlFailure}
 * cause, for diagnosis.
 */
public final class SqlErrors {
  private SqlErrors() {}

  /**
   * Returns a stand-in for an exception that code outside the SDK threw (a connection provider, a
   * pool, a driver while connecting), to keep as a cause: its class name, the SQLState and vendor
   * code if it is an {@link SQLException}, and its stack trace; never its message or its causes,
   * which may quote a database address, a user name or values.
   *
   * @param e what was thrown
   * @return the stand-in
   */
  public static Exception sanitized(Throwable e) {
    return new SanitizedFailure(e);
  }

  /**
   * Returns the typed error for an exception.
   *
   * @param e the exception
   * @param dialect the database's dialect, which classifies it
   * @param operation what the SDK was doing, in plain words and without values, such as "insert a
   *     forum"
   * @param record the kind of record concerned, such as "forum", for duplicate errors
   * @return the error to throw
   */
  public static ForumException translate(
      SQLException e, SqlDialect dialect, String operation, String record) {
    FailureKind kind = dialect.classify(e);
    SanitizedSqlFailure cause = new SanitizedSqlFailure(e, kind);
    String detail = " (SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ")";
    switch (kind) {
      case DUPLICATE:
        {
          DuplicateException d =
              new DuplicateException("a " + record + " with that id already exists");
          d.initCause(cause);
          return d;
        }
      case TRANSIENT:
        return new StorageException(
            "could not "
                + operation
                + ": the database reported a"
                + " serialization failure, deadlock or lock time-out; retry"
                + detail,
            true,
            cause);
      case CONNECTION:
        return new StorageException(
            "could not "
                + operation
                + ": the connection to the database failed or the server ended it"
                + detail,
            true,
            cause);
      case DATA:
        return new InvalidInputException(
            "could not "
                + operation
                + ": a value is too long, out of"
                + " range or holds characters the database cannot store"
                + detail,
            cause);
      default:
        return new StorageException("could not " + operation + detail, false, cause);
    }
  }

  /**
   * Stands in for a {@link SQLException} as a cause: its SQLState, vendor code and stack trace,
   * without the driver's message.
   */
  public static final class SanitizedSqlFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final FailureKind kind;

    SanitizedSqlFailure(SQLException e, FailureKind kind) {
      super(
          e.getClass().getName()
              + ": SQLState "
              + e.getSQLState()
              + ", vendor code "
              + e.getErrorCode(),
          null,
          false,
          true);
      setStackTrace(e.getStackTrace());
      this.kind = kind;
    }

    /**
     * Returns what kind of failure it was.
     *
     * @return the kind
     */
    public FailureKind kind() {
      return kind;
    }
  }

  /**
   * Stands in for an exception thrown outside the SDK's own code, as a cause: its class name (with
   * SQLState and vendor code for an {@link SQLException}) and stack trace, without its message or
   * causes.
   */
  public static final class SanitizedFailure extends Exception {
    private static final long serialVersionUID = 1L;

    SanitizedFailure(Throwable e) {
      super(
          e instanceof SQLException s
              ? e.getClass().getName()
                  + ": SQLState "
                  + s.getSQLState()
                  + ", vendor code "
                  + s.getErrorCode()
              : e.getClass().getName(),
          null,
          false,
          true);
      setStackTrace(e.getStackTrace());
    }
  }
}

package org.practitionersforum.jdbc.internal;

import java.sql.SQLException;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.spi.StorageException;

/**
 * Turns {@link SQLException}s into the SDK's typed errors. The driver's message is never
 * carried over, because drivers quote values (PostgreSQL's "Key (id)=(...) already exists"),
 * and values may be personal data. The SQLState and vendor code are kept, and the original
 * stack trace is kept on a {@link SanitizedSqlFailure} cause, for diagnosis.
 */
public final class SqlErrors {
  private SqlErrors() {}

  /** What kind of failure an exception is. */
  public enum Kind {
    /** A unique key was violated. */
    DUPLICATE,
    /** A serialization failure, deadlock or lock time-out: the database rolled back. */
    TRANSIENT,
    /** The connection failed; the outcome of a commit in flight is unknown. */
    CONNECTION,
    /** A value the database cannot hold (too long, bad character, out of range). */
    DATA,
    /** Anything else. */
    OTHER
  }

  /**
   * Classifies an exception by its SQLState and vendor code, for H2, PostgreSQL and MariaDB.
   *
   * @param e the exception
   * @return the kind
   */
  public static Kind classify(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    if ("23505".equals(state) || code == 1062 || code == 1586 || (state.equals("23000") && code == 23505)) {
      return Kind.DUPLICATE;
    }
    if (state.equals("40001") || state.equals("40P01") || code == 1213 || code == 1205
        || code == 40001 || code == 50200 || code == 90131 || state.equals("HYT00")) {
      return Kind.TRANSIENT;
    }
    if (state.startsWith("08")) {
      return Kind.CONNECTION;
    }
    if (state.startsWith("22") || code == 1406 || code == 1366 || code == 1264) {
      return Kind.DATA;
    }
    return Kind.OTHER;
  }

  /**
   * Tells whether a failure is one after which the database has rolled the transaction back
   * and the same work may well succeed: a serialization failure, deadlock or lock time-out.
   *
   * @param e a failure thrown by a unit of work
   * @return true if the unit of work may be run again
   */
  public static boolean rolledBackTransient(Throwable e) {
    return e instanceof StorageException && e.getCause() instanceof SanitizedSqlFailure f
        && f.kind() == Kind.TRANSIENT;
  }

  /**
   * Returns the typed error for an exception.
   *
   * @param e the exception
   * @param operation what the SDK was doing, in plain words and without values, such as
   *     "insert a forum"
   * @param record the kind of record concerned, such as "forum", for duplicate errors
   * @return the error to throw
   */
  public static ForumException translate(SQLException e, String operation, String record) {
    Kind kind = classify(e);
    SanitizedSqlFailure cause = new SanitizedSqlFailure(e, kind);
    String detail = " (SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ")";
    switch (kind) {
      case DUPLICATE: {
        DuplicateException d = new DuplicateException("a " + record + " with that id already exists");
        d.initCause(cause);
        return d;
      }
      case TRANSIENT:
        return new StorageException("could not " + operation + ": the database reported a"
            + " serialization failure, deadlock or lock time-out; retry" + detail, true, cause);
      case CONNECTION:
        return new StorageException("could not " + operation + ": the connection to the"
            + " database failed" + detail, true, cause);
      case DATA:
        return new InvalidInputException("could not " + operation + ": a value is too long, out of"
            + " range or holds characters the database cannot store" + detail, cause);
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
    private final Kind kind;

    SanitizedSqlFailure(SQLException e, Kind kind) {
      super(e.getClass().getName() + ": SQLState " + e.getSQLState() + ", vendor code "
          + e.getErrorCode(), null, false, true);
      setStackTrace(e.getStackTrace());
      this.kind = kind;
    }

    /**
     * Returns what kind of failure it was.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }
  }
}

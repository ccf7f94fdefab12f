package org.practitionersforum.jdbc.internal.dialect;

/** What kind of failure a database reported, as its dialect reads the SQLState and vendor code. */
public enum FailureKind {
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

package org.practitionersforum.jdbc.internal.terms;

/**
 * The columns of the table of each forum's terms: one row per forum that has terms, with the
 * version of the whole aggregate. Public because the forum store reads the version along with a
 * forum.
 */
public enum TermsColumn {
  /** The forum whose terms these are. */
  FORUM_ID,
  /** The optimistic version of the forum's terms. */
  VERSION
}

package org.practitionersforum.jdbc.internal.session;

/** The columns of the session table, in its order: one versioned row per session. */
enum SessionColumn {
  ID,
  FORUM_ID,
  MODE,
  STARTED_AT,
  DURATION_NANOS,
  TERMS_VERSION,
  MINUTES,
  RECORDED_AT,
  VERSION,
  READING_CITATION,
  READING_LINK
}

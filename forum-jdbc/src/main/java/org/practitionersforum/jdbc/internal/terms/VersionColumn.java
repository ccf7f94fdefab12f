package org.practitionersforum.jdbc.internal.terms;

/**
 * The columns of the terms version table, in its order: one row per version of a forum's terms,
 * with its status, round, content hash, times and the texts of its content.
 */
enum VersionColumn {
  FORUM_ID,
  NUMBER,
  STATUS,
  ROUND,
  CONTENT_HASH,
  /** The forum id while this version is in force, else null: unique. */
  IN_FORCE_FORUM_ID,
  DRAFTED_AT,
  OPENED_AT,
  IN_FORCE_AT,
  ENDED_AT,
  CONFIDENTIALITY,
  ATTENDANCE,
  EQUAL_AIRTIME,
  CADENCE,
  QUORUM,
  FACILITATION,
  FACILITATION_ENDS,
  DECISION_MAKING,
  SHARING_WITH_MANAGERS,
  REVIEW_DATE
}

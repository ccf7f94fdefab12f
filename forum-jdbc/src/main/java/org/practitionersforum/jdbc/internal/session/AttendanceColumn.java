package org.practitionersforum.jdbc.internal.session;

/**
 * The columns of the attendance table: one row per member of a session, carrying the session's
 * start so that the CPD query is one index range scan per practitioner and period.
 */
enum AttendanceColumn {
  SESSION_ID,
  ORDINAL,
  PRACTITIONER_ID,
  STATUS,
  STARTED_AT
}

package org.practitionersforum.jdbc.internal.forum;

/** The columns of the forum member table, keyed by forum and ordinal. */
enum MemberColumn {
  FORUM_ID,
  ORDINAL,
  PRACTITIONER_ID,
  JOINED_AT
}

package org.practitionersforum.jdbc.internal.terms;

/** The columns of the objection table, keyed by forum, version number and ordinal. */
enum ObjectionColumn {
  FORUM_ID,
  NUMBER,
  ORDINAL,
  PARTY_ID,
  ROLE,
  CONTENT_HASH,
  ROUND,
  REASON,
  OBJECTED_AT
}

package org.practitionersforum.jdbc.internal.forum;

/** The columns of the forum table, in its order: one row per forum, with its version. */
enum ForumColumn {
  ID,
  ORGANISATION_ID,
  BASE_ID,
  LOCALITY_ID,
  NAME,
  DISCIPLINE_MIX,
  DISCIPLINE,
  SPECIALISM_MIX,
  SPECIALISM,
  FOCUS,
  MIN_MEMBERS,
  MAX_MEMBERS,
  LINE_MANAGEMENT_EXCLUDED,
  SPONSOR_ID,
  STATE,
  PROPOSED_AT,
  MEMBER_COUNT,
  VERSION
}

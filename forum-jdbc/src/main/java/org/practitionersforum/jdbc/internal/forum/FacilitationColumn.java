package org.practitionersforum.jdbc.internal.forum;

/**
 * The columns of the facilitation table, keyed by forum and ordinal; the ordinals run 1, 2, 3, ...
 * in the order of the forum's facilitations.
 */
enum FacilitationColumn {
  FORUM_ID,
  ORDINAL,
  FACILITATOR_ID,
  STARTED_AT,
  ENDED_AT,
  END_REASON
}

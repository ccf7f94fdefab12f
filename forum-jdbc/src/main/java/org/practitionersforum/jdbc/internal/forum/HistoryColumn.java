package org.practitionersforum.jdbc.internal.forum;

/**
 * The columns of the forum history table, keyed by forum and ordinal; the ordinals run 1, 2, 3, ...
 * in the order of the forum's state changes.
 */
enum HistoryColumn {
  FORUM_ID,
  ORDINAL,
  FROM_STATE,
  TO_STATE,
  REASON,
  BY_ROLE,
  CHANGED_AT
}

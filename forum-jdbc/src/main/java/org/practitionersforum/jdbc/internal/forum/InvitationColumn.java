package org.practitionersforum.jdbc.internal.forum;

/** The columns of the open invitation table, keyed by forum and ordinal. */
enum InvitationColumn {
  FORUM_ID,
  ORDINAL,
  INVITEE_ID,
  INVITED_BY,
  INVITED_AT
}

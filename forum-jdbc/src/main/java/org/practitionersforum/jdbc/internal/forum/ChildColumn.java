package org.practitionersforum.jdbc.internal.forum;

/**
 * The columns in which one statement reads the child rows of several kinds (members, invitations,
 * facilitations, history) in one {@code UNION ALL}: the forum, the kind ({@link ChildKind}), the
 * ordinal, then columns whose meaning depends on the kind (see {@link ForumStatements#childRows}).
 */
enum ChildColumn {
  FORUM_ID,
  KIND,
  ORDINAL,
  /** A person or a role: the member, invitee, facilitator, or the role that changed the state. */
  A,
  /** A state or a role: the role that invited, or the state before a change. */
  B,
  /** The state after a change. */
  C,
  /** Free text: the reason for a change, or why facilitation ended. */
  TXT,
  /** An instant: joined, invited, started, or changed. */
  T1,
  /** A second instant: when facilitation ended. */
  T2
}

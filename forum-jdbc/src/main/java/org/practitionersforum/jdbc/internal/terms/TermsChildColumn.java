package org.practitionersforum.jdbc.internal.terms;

/**
 * The columns in which the child rows of a forum's terms versions are read together: the version's
 * number, the kind ({@link TermsChildKind}), the ordinal, then columns whose meaning depends on the
 * kind.
 */
enum TermsChildColumn {
  NUMBER,
  KIND,
  ORDINAL,
  /** The party who agreed or objected. */
  A,
  /** The party's role. */
  B,
  /** The content hash agreed or objected to. */
  H,
  /** The round of the agreement or objection. */
  R,
  /** Text: a purpose or stated limit, or the reason for an objection. */
  TXT,
  /** An instant: when the party agreed or objected; on the check row, the terms' version. */
  AT
}

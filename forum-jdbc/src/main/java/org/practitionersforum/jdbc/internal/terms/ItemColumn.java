package org.practitionersforum.jdbc.internal.terms;

/** The columns of the table of a version's purposes and stated limits of confidentiality. */
enum ItemColumn {
  FORUM_ID,
  NUMBER,
  /** {@link TermsChildKind#PURPOSE} or {@link TermsChildKind#LIMIT}. */
  KIND,
  ORDINAL,
  TEXT
}

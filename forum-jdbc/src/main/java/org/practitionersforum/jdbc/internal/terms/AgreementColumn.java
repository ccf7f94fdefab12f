package org.practitionersforum.jdbc.internal.terms;

/** The columns of the agreement table, keyed by forum, version number and ordinal. */
enum AgreementColumn {
  FORUM_ID,
  NUMBER,
  ORDINAL,
  PARTY_ID,
  ROLE,
  CONTENT_HASH,
  ROUND,
  AGREED_AT
}

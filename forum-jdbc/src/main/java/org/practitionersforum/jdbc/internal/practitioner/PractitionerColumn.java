package org.practitionersforum.jdbc.internal.practitioner;

/** The columns of the practitioner table, in its order: one versioned row per profile. */
enum PractitionerColumn {
  ID,
  DISCIPLINE,
  SPECIALISM,
  BASE_ID,
  ORGANISATION_ID,
  LOCALITY_ID,
  LINE_MANAGER_ID,
  VERSION
}

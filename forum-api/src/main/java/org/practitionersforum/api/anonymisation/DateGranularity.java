package org.practitionersforum.api.anonymisation;

/** How far {@link Operator#GENERALISE} coarsens a date. */
public enum DateGranularity {
  /** "12 March 2024" becomes "March 2024". */
  MONTH,
  /** "12 March 2024" becomes "Q1 2024". */
  QUARTER
}

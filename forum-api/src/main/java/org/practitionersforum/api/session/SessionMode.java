package org.practitionersforum.api.session;

/** The modes of a forum session (TR-7, CPD-1). */
public enum SessionMode {
  /**
   * Reflective practice: nothing is attributed, no minutes are kept, and the session is never
   * visible to managers (SEC-1). Only its attendance is recorded, for CPD evidence.
   */
  REFLECTIVE,
  /** Consultative: minuted, and may feed a consultation round. */
  CONSULTATIVE,
  /**
   * Study: a journal club or reading group. It records what was read ({@link Session#reading()}),
   * keeps no minutes, is never visible to managers, and counts as participatory CPD.
   */
  STUDY
}

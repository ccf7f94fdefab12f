package org.practitionersforum.api.session;

/** The two modes of a forum session (TR-7). */
public enum SessionMode {
  /**
   * Reflective practice: nothing is attributed, no minutes are kept, and the session is never
   * visible to managers (SEC-1). Only its attendance is recorded, for CPD evidence.
   */
  REFLECTIVE,
  /** Consultative: minuted, and may feed a consultation round. */
  CONSULTATIVE
}

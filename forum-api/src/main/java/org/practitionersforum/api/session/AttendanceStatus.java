package org.practitionersforum.api.session;

/** Whether a member attended a session (TR-7). */
public enum AttendanceStatus {
  /** Present: counts towards the quorum and towards CPD evidence. */
  PRESENT,
  /** Sent apologies beforehand. */
  APOLOGIES,
  /** Neither present nor sent apologies. */
  ABSENT
}

package org.practitionersforum.api.terms;

/**
 * Where a version of a forum's terms of reference stands: draft, open for agreement, in force
 * (agreed by every party, TR-2), superseded by a later agreed version, or withdrawn because a newer
 * draft replaced it before it was ever agreed.
 */
public enum TermsStatus {
  /** Being written; nobody can agree it yet. An objection returns an open version here (TR-5). */
  DRAFT,
  /** Proposed: the parties concerned are agreeing it (TR-2). */
  OPEN,
  /** Agreed by every party concerned; the forum's terms in force (TR-2, TR-4). */
  IN_FORCE,
  /** Was in force; a later version has been agreed by all (TR-5). */
  SUPERSEDED,
  /** Never came into force: a newer draft replaced it. Its agreements stay on record. */
  WITHDRAWN;

  /**
   * Tells whether the version is still being worked on: a draft or open for agreement.
   *
   * @return true for {@link #DRAFT} and {@link #OPEN}
   */
  public boolean pending() {
    return this == DRAFT || this == OPEN;
  }
}

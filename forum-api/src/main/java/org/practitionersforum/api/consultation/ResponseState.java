package org.practitionersforum.api.consultation;

/** Where a forum's response stands (CR-3). */
public enum ResponseState {
  /**
   * Drafted: the forum's members are agreeing it; it counts for nothing and managers never see it.
   */
  DRAFT,
  /** Agreed by every member of the forum: released to management, and its recommendations count. */
  AGREED
}

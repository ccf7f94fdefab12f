package org.practitionersforum.api.security;

/**
 * What an {@link Actor} may see in the result of an operation an {@link AccessPolicy} row grants
 * (SEC-1). Writes return their result in the same view as the matching read.
 */
public enum View {
  /** Everything the operation returns. */
  ALL,
  /**
   * Nothing attributed to a person and nothing the forum has not released: reflective sessions do
   * not exist (a read of one is not found, a list leaves them out without a count); a session shows
   * neither its attendance nor its minutes; a forum's terms show no draft and no objection but the
   * reader's own. What every manager row must grant at most (SEC-1).
   */
  UNATTRIBUTED;

  /**
   * Tells whether this view shows no more than the other.
   *
   * @param other another view
   * @return true if this is the same or {@code other} is {@link #ALL}
   */
  public boolean within(View other) {
    return this == other || other == ALL;
  }
}

package org.practitionersforum.core.internal.privacy;

import java.util.EnumMap;
import java.util.Map;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;

/**
 * One erasure in progress (SEC-3): whose data, the pseudonymous token that replaces them, and the
 * counts of its receipt. Not thread-safe: it lives in one unit of work. {@code toString()} shows
 * neither the person nor the token.
 */
public final class Erasure {
  private final PractitionerId practitioner;
  private final PractitionerId token;
  private final Map<ErasureCategory, Integer> removed = new EnumMap<>(ErasureCategory.class);
  private final Map<ErasureCategory, Integer> pseudonymised = new EnumMap<>(ErasureCategory.class);
  private int forumsSuspended;

  Erasure(PractitionerId practitioner, PractitionerId token) {
    this.practitioner = practitioner;
    this.token = token;
  }

  /**
   * Returns the person whose data is erased.
   *
   * @return the practitioner
   */
  public PractitionerId practitioner() {
    return practitioner;
  }

  /**
   * Returns the pseudonymous token that replaces the person wherever a record must stay: random, no
   * function of the person's id, the same in every store for this erasure.
   *
   * @return the token, as a practitioner id (its {@code asPerson()} where a person id is kept)
   */
  public PractitionerId token() {
    return token;
  }

  /**
   * Counts records removed.
   *
   * @param category the category
   * @param count how many, at least 0
   */
  public void removed(ErasureCategory category, int count) {
    removed.merge(category, count, Integer::sum);
  }

  /**
   * Counts records that now name the token.
   *
   * @param category the category
   * @param count how many, at least 0
   */
  public void pseudonymised(ErasureCategory category, int count) {
    pseudonymised.merge(category, count, Integer::sum);
  }

  void suspended() {
    forumsSuspended++;
  }

  Map<ErasureCategory, Integer> removedCounts() {
    return removed;
  }

  Map<ErasureCategory, Integer> pseudonymisedCounts() {
    return pseudonymised;
  }

  boolean tokenUsed() {
    return !pseudonymised.isEmpty();
  }

  int forumsSuspended() {
    return forumsSuspended;
  }

  @Override
  public String toString() {
    return "Erasure[removed=" + removed + ", pseudonymised=" + pseudonymised + "]";
  }
}

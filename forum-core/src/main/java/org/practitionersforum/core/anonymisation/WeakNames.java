package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops the weak directory findings a document does not support: a one-word name that is also a
 * common word, at the start of a sentence ("Hope is not a plan"), is kept only if the document
 * names the same entity, or one sharing the name, elsewhere in a stronger form. Pure functions.
 */
final class WeakNames {
  private WeakNames() {}

  /**
   * Returns the hits without the unsupported weak ones.
   *
   * @param hits the resolved hits; not changed, and returned if none is weak
   * @param names the index, for the entities that share a name
   * @return the hits kept, in the same order
   */
  static List<Hit> dropUnsupported(List<Hit> hits, NameIndex names) {
    boolean anyWeak = false;
    for (Hit hit : hits) {
      anyWeak |= hit.weak;
    }
    if (!anyWeak) {
      return hits;
    }
    Set<Integer> named = new HashSet<>();
    for (Hit hit : hits) {
      if (hit.entity >= 0 && !hit.weak) {
        named.add(hit.entity);
      }
    }
    List<Hit> kept = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      if (!hit.weak || supported(hit, named, names)) {
        kept.add(hit);
      }
    }
    return kept;
  }

  private static boolean supported(Hit hit, Set<Integer> named, NameIndex names) {
    if (named.contains(hit.entity)) {
      return true;
    }
    int[] candidates = hit.node >= 0 ? names.ambiguous.get(hit.node) : null;
    if (candidates != null) {
      for (int candidate : candidates) {
        if (named.contains(candidate)) {
          return true;
        }
      }
    }
    return false;
  }
}

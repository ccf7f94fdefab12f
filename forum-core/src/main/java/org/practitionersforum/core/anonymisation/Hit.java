package org.practitionersforum.core.anonymisation;

import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/** A candidate finding from one detector, before overlaps are resolved. Holds spans, not text. */
final class Hit {
  final int start;
  final int end;
  final IdentifierType type;
  final String rule;
  final Confidence confidence;
  /** Directory entity, or -1. */
  int entity = -1;
  /** Trie node whose terminal this is, or -1; used to resolve names shared by several entries. */
  int node = -1;
  /** Extra values: a date's month and year; an age and the span of its number. */
  int a;
  int b;
  int c;
  /**
   * A one-word name that is also a common word, at the start of a sentence ("Hope is not a
   * plan"): kept only if the same entity is named elsewhere in the document in a stronger form.
   */
  boolean weak;
  /** Canonical key for consistency, set by detectors that know better than the default. */
  String key;

  Hit(int start, int end, IdentifierType type, String rule, Confidence confidence) {
    this.start = start;
    this.end = end;
    this.type = type;
    this.rule = rule;
    this.confidence = confidence;
  }

  int length() {
    return end - start;
  }

  @Override
  public String toString() {
    return "Hit[" + start + ".." + end + " " + type + " " + rule + "]";
  }
}

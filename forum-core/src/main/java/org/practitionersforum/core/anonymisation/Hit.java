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

  /** A date's month, 1 to 12; 0 if unknown (the date is then not generalised). */
  int month;

  /** A date's year; 0 if the text gives none. */
  int year;

  /** An age in years. */
  int age;

  /** Where an age's number starts in the text. */
  int ageDigitsStart;

  /** Where an age's number ends in the text; not after its start if unknown (not generalised). */
  int ageDigitsEnd;

  /** Where a postcode's outward code ends in the text; 0 if unknown (not generalised). */
  int outwardEnd;

  /**
   * A one-word name that is also a common word, at the start of a sentence ("Hope is not a plan"):
   * kept only if the same entity is named elsewhere in the document in a stronger form.
   */
  boolean weak;

  /**
   * A name guess whose evidence is strong enough to lend its words to other mentions (a title,
   * "by", a signature, or a pair the name lists vouch for).
   */
  boolean strong;

  /** A strong name pair's given name, to find on its own elsewhere; null if none. */
  String givenKey;

  /** Canonical key for consistency, set by detectors that know better than the default. */
  String key;

  /** The region a place generalises to when no directory entry gives one; null if unknown. */
  String region;

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

  /**
   * Copies what the detector knew (entity, trie node, date, age and postcode details, key, region).
   */
  void copyDetailsFrom(Hit from) {
    entity = from.entity;
    node = from.node;
    month = from.month;
    year = from.year;
    age = from.age;
    ageDigitsStart = from.ageDigitsStart;
    ageDigitsEnd = from.ageDigitsEnd;
    outwardEnd = from.outwardEnd;
    key = from.key;
    region = from.region;
  }

  /**
   * Forgets the date, age and postcode details, which describe offsets inside the detector's own
   * span: a hit with another span must not be generalised from them.
   */
  void clearSpanDetails() {
    month = 0;
    year = 0;
    age = 0;
    ageDigitsStart = 0;
    ageDigitsEnd = 0;
    outwardEnd = 0;
  }

  @Override
  public String toString() {
    return "Hit[" + start + ".." + end + " " + type + " " + rule + "]";
  }
}

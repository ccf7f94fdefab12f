package org.practitionersforum.api.anonymisation;

/** What the anonymiser puts in place of an identifier it found (AN-2). */
public enum Operator {
  /** Replaces the identifier with {@code [REDACTED]}. */
  REDACT,
  /**
   * Replaces the identifier with a typed placeholder such as {@code [PERSON-1]}, numbered in order
   * of first appearance and consistent within one document: every form of the same directory entry,
   * or the same structured value, gets the same placeholder.
   */
  PLACEHOLDER,
  /** Replaces every letter and digit of the identifier with {@code *}, keeping punctuation. */
  MASK,
  /**
   * Replaces the identifier with a keyed pseudonym such as {@code [PERSON-3f9a2c1b7e04]}: an
   * HMAC-SHA256 of the directory entry's canonical id (or the normalised value) under the host's
   * key. Stable across documents and runs with the same key, and not reversible without it.
   */
  PSEUDONYM,
  /**
   * Replaces the identifier with a coarser value: a date by its month or quarter, an age by its
   * ten-year band, a place by its region from the directory, a postcode by its outward code. Only
   * {@link IdentifierType#DATE}, {@link IdentifierType#AGE}, {@link IdentifierType#PLACE} and
   * {@link IdentifierType#POSTCODE} can be generalised.
   */
  GENERALISE;

  /**
   * Tells whether this operator can be applied to the given type.
   *
   * @param type the identifier type
   * @return false only for {@link #GENERALISE} on a type that has no coarser form
   */
  public boolean appliesTo(IdentifierType type) {
    if (this != GENERALISE) {
      return true;
    }
    return type == IdentifierType.DATE
        || type == IdentifierType.AGE
        || type == IdentifierType.PLACE
        || type == IdentifierType.POSTCODE;
  }
}

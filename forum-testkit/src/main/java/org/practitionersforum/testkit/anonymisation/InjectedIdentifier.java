package org.practitionersforum.testkit.anonymisation;

import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * One identifier a generator wrote into a text: where, of which type, which entity it names and how
 * it was written. {@link #toString()} hides the written form.
 *
 * @param start the index of its first char in the text
 * @param end the index after its last char
 * @param type its type
 * @param entity what it identifies: the directory entry's id, or the canonical value (digits of a
 *     phone number, upper-case postcode without space, a date's day in ISO form), so two forms of
 *     the same identifier share it
 * @param written the text as written
 */
public record InjectedIdentifier(
    int start, int end, IdentifierType type, String entity, String written) {
  /** Shows span and type only. */
  @Override
  public String toString() {
    return "InjectedIdentifier[" + start + ".." + end + " " + type + "]";
  }
}

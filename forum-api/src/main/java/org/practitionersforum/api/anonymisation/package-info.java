/**
 * Anonymisation (AN-1, AN-2, AN-3, AN-5): the {@link
 * org.practitionersforum.api.anonymisation.Anonymiser} that de-identifies free text before it
 * leaves a forum, the {@link org.practitionersforum.api.anonymisation.NameDirectory} SPI through
 * which the host names the people, organisations and places it knows, the per-type {@link
 * org.practitionersforum.api.anonymisation.Operator}s, and the {@link
 * org.practitionersforum.api.anonymisation.AnonymisationReport} a reviewer checks and corrects.
 *
 * <p>No type in this package shows an identifier in {@code toString()}; the report holds spans,
 * types and rules, never the text found, unless a reviewer view is asked for explicitly.
 */
package org.practitionersforum.api.anonymisation;

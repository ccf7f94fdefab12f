/**
 * The practitioner profile store: {@link
 * org.practitionersforum.jdbc.internal.practitioner.JdbcPractitionerStore}, its SQL ({@code
 * PractitionerStatements}) and row mapper.
 */
package org.practitionersforum.jdbc.internal.practitioner;

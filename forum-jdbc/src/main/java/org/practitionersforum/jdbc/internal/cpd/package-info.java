/**
 * The private reflective note store (CPD-2): {@link
 * org.practitionersforum.jdbc.internal.cpd.JdbcNoteStore}, its SQL ({@code NoteStatements}) and
 * read set. Notes are read by id or by author only.
 */
package org.practitionersforum.jdbc.internal.cpd;

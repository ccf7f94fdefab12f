/**
 * The lesson store and the author escrow: {@link
 * org.practitionersforum.jdbc.internal.lesson.JdbcLessonStore} and {@link
 * org.practitionersforum.jdbc.internal.lesson.JdbcAuthorEscrowStore}, their SQL ({@code
 * LessonStatements}) and read sets. The escrow's table is never joined into a lesson read.
 */
package org.practitionersforum.jdbc.internal.lesson;

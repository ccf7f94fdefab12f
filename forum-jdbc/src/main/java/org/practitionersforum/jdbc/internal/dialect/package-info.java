/**
 * What differs between the supported databases, one {@link
 * org.practitionersforum.jdbc.internal.dialect.SqlDialect} subclass per database: statements that
 * differ, read shapes, first-row clauses, DDL options and error classification. Nothing outside
 * this package asks which database it runs on.
 */
package org.practitionersforum.jdbc.internal.dialect;

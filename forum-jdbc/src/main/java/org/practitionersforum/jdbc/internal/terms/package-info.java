/**
 * The terms store: {@link org.practitionersforum.jdbc.internal.terms.JdbcTermsStore} ties together
 * the SQL ({@code TermsStatements}), the reads ({@code TermsReader}), the unit of work's repeatable
 * reads ({@link org.practitionersforum.jdbc.internal.terms.TermsReadSet}), the diff into row
 * changes ({@code TermsDiff}) and the row mappers ({@code TermsRowMapper}).
 */
package org.practitionersforum.jdbc.internal.terms;

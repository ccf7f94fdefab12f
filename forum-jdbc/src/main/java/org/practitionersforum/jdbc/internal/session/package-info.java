/**
 * The session store: {@link org.practitionersforum.jdbc.internal.session.JdbcSessionStore}, its SQL
 * ({@code SessionStatements}), read set and row mappers.
 */
package org.practitionersforum.jdbc.internal.session;

/**
 * The forum store: {@link org.practitionersforum.jdbc.internal.forum.JdbcForumStore} ties together
 * the SQL ({@code ForumStatements}), the reads ({@code ForumReader}), the unit of work's repeatable
 * reads ({@code ForumReadSet}), the diff into row changes ({@code ForumDiff}) and the row mappers
 * ({@code ForumRowMapper}).
 */
package org.practitionersforum.jdbc.internal.forum;

/**
 * The storage SPI on JDBC: {@link org.practitionersforum.jdbc.JdbcForumStorage} on H2, PostgreSQL
 * or MariaDB, with plain SQL migrations per database.
 */
module org.practitionersforum.jdbc {
  requires transitive org.practitionersforum.api;
  requires transitive java.sql;
  requires org.slf4j;

  exports org.practitionersforum.jdbc;
}

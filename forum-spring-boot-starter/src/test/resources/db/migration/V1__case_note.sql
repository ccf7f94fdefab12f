-- The test application's own table, migrated by Spring Boot's Flyway.
CREATE TABLE case_note (
  forum_id VARCHAR(200) NOT NULL,
  note     VARCHAR(200) NOT NULL
);

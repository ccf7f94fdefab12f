-- The example application's own table, migrated by Spring Boot's Flyway beside the SDK's tables.
CREATE TABLE forum_join_request (
  forum_id        VARCHAR(200) NOT NULL,
  practitioner_id VARCHAR(200) NOT NULL
);

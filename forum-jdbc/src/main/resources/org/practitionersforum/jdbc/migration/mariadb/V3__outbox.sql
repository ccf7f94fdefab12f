-- Practitioners' Forum SDK storage schema, version 3 (mariadb): the transactional event outbox.
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- Each event is written here in the same transaction as its change, and removed once delivered.
-- The one table whose key the database assigns: position_no orders the events; for the events of
-- one forum it is the order in which their changes committed. Instants are BIGINT nanoseconds since 1970-01-01T00:00Z.

CREATE TABLE ${schema_prefix}${prefix}outbox (
  position_no BIGINT       NOT NULL AUTO_INCREMENT,
  event_id    CHAR(36)      NOT NULL,
  forum_id    VARCHAR(200)  NOT NULL,
  event_type  VARCHAR(64)   NOT NULL,
  payload     VARCHAR(4000) NOT NULL,
  occurred_at BIGINT        NOT NULL,
  -- Unnamed: MariaDB names every primary key PRIMARY and warns of any other name.
  PRIMARY KEY (position_no),
  -- An event is in the outbox once: hosts deduplicate deliveries by this id.
  CONSTRAINT ${prefix}outbox_event_uk UNIQUE (event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

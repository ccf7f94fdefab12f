-- The audit trail (SEC-2): one row per committed command, chained per aggregate by hashes the SDK
-- computes. Append-only: the storage inserts rows and, for erasure and retention, replaces the
-- identity columns (actor_id, actor_salt, aggregate_id, aggregate_salt) and nothing else; it never
-- deletes a row. A host may grant its application user INSERT and SELECT on the table and UPDATE on
-- those four columns only (see docs/security.md).
CREATE TABLE ${schema_prefix}${prefix}audit_record (
  aggregate_kind   VARCHAR(16)  NOT NULL,
  aggregate_id     VARCHAR(200) NOT NULL,
  sequence_number  BIGINT       NOT NULL,
  aggregate_salt   VARCHAR(32),
  aggregate_digest VARCHAR(64),
  operation        VARCHAR(64)  NOT NULL,
  actor_role       VARCHAR(16)  NOT NULL,
  actor_id         VARCHAR(200) NOT NULL,
  actor_salt       VARCHAR(32),
  actor_digest     VARCHAR(64)  NOT NULL,
  organisation_id  VARCHAR(200),
  recorded_at      BIGINT       NOT NULL,
  outcome          VARCHAR(400) NOT NULL,
  previous_hash    VARCHAR(64)  NOT NULL,
  record_hash      VARCHAR(64)  NOT NULL,
  -- One record per aggregate and place in its chain: two units appending at once cannot both commit.
  -- Unnamed: MariaDB names every primary key PRIMARY and warns of any other name.
  PRIMARY KEY (aggregate_kind, aggregate_id, sequence_number),
  CONSTRAINT ${prefix}audit_record_kind_ck CHECK (aggregate_kind IN ('FORUM', 'SESSION', 'PRACTITIONER')),
  CONSTRAINT ${prefix}audit_record_sequence_ck CHECK (sequence_number >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Queries by period, and the order of every query: time, then hash.
CREATE INDEX ${prefix}audit_record_time_ix ON ${schema_prefix}${prefix}audit_record (recorded_at, record_hash);

-- Queries by actor.
CREATE INDEX ${prefix}audit_record_actor_ix ON ${schema_prefix}${prefix}audit_record (actor_id, recorded_at, record_hash);

-- Retention: an organisation's records before an instant.
CREATE INDEX ${prefix}audit_record_org_ix ON ${schema_prefix}${prefix}audit_record (organisation_id, recorded_at);

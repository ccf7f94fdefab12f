-- Practitioners' Forum SDK storage schema, version 8 (h2): consultation rounds (CR-1 to CR-4).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- A round is one aggregate under one optimistic version: its request, the forums' responses with
-- their agreements, and the recommendations with their dispositions are kept as one JSON document.
-- The columns beside it are what queries select on: the organisation, the close date (days since
-- 1970-01-01) and how many recommendations still await a disposition (the overdue query, CR-4).

CREATE TABLE ${schema_prefix}${prefix}consultation_round (
  id              VARCHAR(200) NOT NULL,
  organisation_id VARCHAR(200) NOT NULL,
  state           VARCHAR(8)   NOT NULL,
  closes_on       BIGINT       NOT NULL,
  undisposed      INTEGER      NOT NULL,
  document        CLOB NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT ${prefix}consultation_round_pk PRIMARY KEY (id),
  CONSTRAINT ${prefix}consultation_round_state_ck CHECK (state IN ('OPEN', 'CLOSED')),
  -- A closed round has no recommendation without a disposition (CR-4).
  CONSTRAINT ${prefix}consultation_round_closed_ck CHECK (state = 'OPEN' OR undisposed = 0),
  CONSTRAINT ${prefix}consultation_round_counts_ck CHECK (undisposed >= 0 AND version >= 1)
);

CREATE INDEX ${prefix}consultation_round_org_ix ON ${schema_prefix}${prefix}consultation_round (organisation_id, closes_on);

-- The audit trail chains consultation rounds too.
ALTER TABLE ${schema_prefix}${prefix}audit_record DROP CONSTRAINT ${prefix}audit_record_kind_ck;
ALTER TABLE ${schema_prefix}${prefix}audit_record ADD CONSTRAINT ${prefix}audit_record_kind_ck CHECK (aggregate_kind IN ('FORUM', 'SESSION', 'PRACTITIONER', 'LESSON', 'CONSULTATION'));

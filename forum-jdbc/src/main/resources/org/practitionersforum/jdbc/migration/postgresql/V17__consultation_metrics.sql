-- Practitioners' Forum SDK storage schema, version 17 (postgresql): engagement metrics (CR-8).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- A round stays one JSON document (V8). Beside it the store now keeps what the engagement metrics
-- aggregate, written with the round in the same unit of work: on the round's row its manager (the
-- person id the round names: a pseudonym after erasure), its service, its open and decision dates
-- (days since 1970-01-01), whether its window was short and whether it opened on or after its
-- decision date; and one row per recommendation with the round's facts repeated, so that the
-- metrics are aggregate queries over one indexed table, grouped per manager or per service, with
-- no join and no JSON read. Rounds written before this version gain their facts when next written.
ALTER TABLE ${schema_prefix}${prefix}consultation_round ADD COLUMN manager_id VARCHAR(200);
ALTER TABLE ${schema_prefix}${prefix}consultation_round ADD COLUMN service_id VARCHAR(200);
ALTER TABLE ${schema_prefix}${prefix}consultation_round ADD COLUMN opens_on BIGINT;
ALTER TABLE ${schema_prefix}${prefix}consultation_round ADD COLUMN decision_on BIGINT;
ALTER TABLE ${schema_prefix}${prefix}consultation_round ADD COLUMN short_window INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE ${schema_prefix}${prefix}consultation_round ADD COLUMN opened_late INTEGER DEFAULT 0 NOT NULL;

CREATE INDEX ${prefix}consultation_round_opens_ix ON ${schema_prefix}${prefix}consultation_round (organisation_id, opens_on);

-- One row per recommendation received. wait_days: days from the round's close date to the day
-- (UTC) the disposition in force was published, at least 0; implemented_on: the day of the
-- implemented status change that ended its tracking (CR-5).
CREATE TABLE ${schema_prefix}${prefix}consultation_recommendation (
  round_id        VARCHAR(200) NOT NULL,
  forum_id        VARCHAR(200) NOT NULL,
  rec_number      INTEGER      NOT NULL,
  organisation_id VARCHAR(200) NOT NULL,
  manager_id      VARCHAR(200) NOT NULL,
  service_id      VARCHAR(200),
  opens_on        BIGINT       NOT NULL,
  closes_on       BIGINT       NOT NULL,
  disposition     VARCHAR(8),
  disposed_on     BIGINT,
  wait_days       BIGINT,
  implemented_on  BIGINT,
  CONSTRAINT ${prefix}consultation_recommendation_pk PRIMARY KEY (round_id, forum_id, rec_number),
  CONSTRAINT ${prefix}consultation_rec_kind_ck CHECK (disposition IS NULL OR disposition IN ('ADOPTED', 'ADAPTED', 'DEFERRED', 'DECLINED')),
  CONSTRAINT ${prefix}consultation_rec_disposed_ck CHECK ((disposition IS NULL AND disposed_on IS NULL AND wait_days IS NULL) OR (disposition IS NOT NULL AND disposed_on IS NOT NULL AND wait_days >= 0)),
  CONSTRAINT ${prefix}consultation_rec_implemented_ck CHECK (implemented_on IS NULL OR disposition IN ('ADOPTED', 'ADAPTED'))
);

CREATE INDEX ${prefix}consultation_rec_org_ix ON ${schema_prefix}${prefix}consultation_recommendation (organisation_id, opens_on);

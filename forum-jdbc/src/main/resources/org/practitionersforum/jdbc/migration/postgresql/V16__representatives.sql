-- Practitioners' Forum SDK storage schema, version 16 (postgresql): rounds run as meetings (CR-2) and
-- forums' representatives in their organisation's central group (CR-7).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").

-- How a round is run: the meeting schedule reads an organisation's meeting rounds through an index.
ALTER TABLE ${schema_prefix}${prefix}consultation_round ADD COLUMN round_mode VARCHAR(16) DEFAULT 'WRITTEN' NOT NULL;
ALTER TABLE ${schema_prefix}${prefix}consultation_round ADD CONSTRAINT ${prefix}consultation_round_mode_ck CHECK (round_mode IN ('WRITTEN', 'MEETING', 'REPRESENTATIVES'));
CREATE INDEX ${prefix}consultation_round_mode_ix ON ${schema_prefix}${prefix}consultation_round (organisation_id, round_mode, id);

-- The meeting schedule lists an organisation's forums.
CREATE INDEX ${prefix}forum_organisation_ix ON ${schema_prefix}${prefix}forum (organisation_id, id);

-- A forum's representation is one aggregate under one optimistic version: its mandates, and its
-- representatives' attendances at central meetings with their report backs, as one JSON document.
-- The missing report-back query selects an organisation's rows through an index.
CREATE TABLE ${schema_prefix}${prefix}consultation_representation (
  forum_id        VARCHAR(200) NOT NULL,
  organisation_id VARCHAR(200) NOT NULL,
  document        TEXT NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT ${prefix}consultation_representation_pk PRIMARY KEY (forum_id),
  CONSTRAINT ${prefix}consultation_representation_version_ck CHECK (version >= 1)
);

CREATE INDEX ${prefix}consultation_representation_org_ix ON ${schema_prefix}${prefix}consultation_representation (organisation_id, forum_id);

-- The people a representation names (its representatives), one row each, written with it in the
-- same unit of work, so that erasure and subject access find them through an index (SEC-3).
CREATE TABLE ${schema_prefix}${prefix}consultation_representative (
  forum_id  VARCHAR(200) NOT NULL,
  person_id VARCHAR(200) NOT NULL,
  CONSTRAINT ${prefix}consultation_representative_pk PRIMARY KEY (forum_id, person_id)
);

CREATE INDEX ${prefix}consultation_representative_person_ix ON ${schema_prefix}${prefix}consultation_representative (person_id, forum_id);

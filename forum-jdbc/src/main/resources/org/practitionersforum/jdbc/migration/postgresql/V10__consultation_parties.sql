-- Practitioners' Forum SDK storage schema, version 10 (postgresql): who a consultation round names (SEC-3).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- A round is kept as one JSON document (V8); the people it names (the manager who opened it, and
-- every member whose agreement its responses hold) are kept beside it, one row each, so that
-- erasure and subject access find a person's rounds through an index instead of reading every
-- round. The store writes these rows with the round, in the same unit of work. No foreign key, as
-- for the lesson author escrow: the rows are read by person, and by round when the round changes.
CREATE TABLE ${schema_prefix}${prefix}consultation_party (
  round_id  VARCHAR(200) NOT NULL,
  person_id VARCHAR(200) NOT NULL,
  CONSTRAINT ${prefix}consultation_party_pk PRIMARY KEY (round_id, person_id)
);

CREATE INDEX ${prefix}consultation_party_person_ix ON ${schema_prefix}${prefix}consultation_party (person_id, round_id);

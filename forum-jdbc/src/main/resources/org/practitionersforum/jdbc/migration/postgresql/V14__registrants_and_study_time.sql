-- Practitioners' Forum SDK storage schema, version 14 (postgresql): registrant profiles (CPD-1) and
-- protected study time (CPD-3).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- Durations are BIGINT nanoseconds; dates are DATE.

-- One row per practitioner who recorded their registration: its version. Nothing else about the
-- person: no registration number, no name. Read by the practitioner's id only.
CREATE TABLE ${schema_prefix}${prefix}cpd_registrant (
  practitioner_id VARCHAR(200) NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT ${prefix}cpd_registrant_pk PRIMARY KEY (practitioner_id),
  CONSTRAINT ${prefix}cpd_registrant_version_ck CHECK (version >= 1)
);

-- One row per regulator the practitioner is registered with, in the order recorded, with the
-- renewal or revalidation date its period needs (none for a regulator whose year is the same for
-- everyone).
CREATE TABLE ${schema_prefix}${prefix}cpd_registration (
  practitioner_id VARCHAR(200) NOT NULL,
  ordinal         INTEGER      NOT NULL,
  regulator       VARCHAR(200) NOT NULL,
  renewal_date    DATE,
  CONSTRAINT ${prefix}cpd_registration_pk PRIMARY KEY (practitioner_id, ordinal),
  CONSTRAINT ${prefix}cpd_registration_uk UNIQUE (practitioner_id, regulator),
  CONSTRAINT ${prefix}cpd_registration_fk FOREIGN KEY (practitioner_id) REFERENCES ${schema_prefix}${prefix}cpd_registrant (practitioner_id)
);

-- One row per reflective discussion the practitioner recorded (NMC): its date only. The other
-- registrant is never stored.
CREATE TABLE ${schema_prefix}${prefix}cpd_discussion (
  practitioner_id VARCHAR(200) NOT NULL,
  held_on         DATE         NOT NULL,
  CONSTRAINT ${prefix}cpd_discussion_pk PRIMARY KEY (practitioner_id, held_on),
  CONSTRAINT ${prefix}cpd_discussion_fk FOREIGN KEY (practitioner_id) REFERENCES ${schema_prefix}${prefix}cpd_registrant (practitioner_id)
);

-- One row per organisation that grants protected study time (CPD-3): the hours each practitioner
-- is granted a year unless they have a grant of their own, and the month the year starts.
CREATE TABLE ${schema_prefix}${prefix}study_time_policy (
  organisation_id VARCHAR(200) NOT NULL,
  default_nanos   BIGINT       NOT NULL,
  year_starts     SMALLINT     NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT ${prefix}study_time_policy_pk PRIMARY KEY (organisation_id),
  CONSTRAINT ${prefix}study_time_policy_nanos_ck CHECK (default_nanos >= 0),
  CONSTRAINT ${prefix}study_time_policy_month_ck CHECK (year_starts BETWEEN 1 AND 12),
  CONSTRAINT ${prefix}study_time_policy_version_ck CHECK (version >= 1)
);

-- One row per practitioner whose organisation granted them hours of their own, replacing the
-- organisation's default. Erasure deletes it.
CREATE TABLE ${schema_prefix}${prefix}study_time_grant (
  practitioner_id VARCHAR(200) NOT NULL,
  organisation_id VARCHAR(200) NOT NULL,
  grant_nanos     BIGINT       NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT ${prefix}study_time_grant_pk PRIMARY KEY (practitioner_id),
  CONSTRAINT ${prefix}study_time_grant_nanos_ck CHECK (grant_nanos >= 0),
  CONSTRAINT ${prefix}study_time_grant_version_ck CHECK (version >= 1)
);

-- The aggregates read the practitioners of a base within an organisation.
CREATE INDEX ${prefix}practitioner_base_ix ON ${schema_prefix}${prefix}practitioner (organisation_id, base_id, id);

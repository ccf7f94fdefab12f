-- Practitioners' Forum SDK storage schema, version 2 (postgresql): terms of reference and sessions.
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- Keys are the host's own identifiers (no sequences). Instants are BIGINT nanoseconds since
-- 1970-01-01T00:00Z (UTC). Child rows carry an ordinal local to their parent: list order is ordinal order.
-- Terms and sessions reference a forum by id without a foreign key: the SPI stores them independently.

-- One row per forum that has terms: the aggregate's optimistic version.
CREATE TABLE ${schema_prefix}${prefix}forum_terms (
  forum_id VARCHAR(200) NOT NULL,
  version  BIGINT       NOT NULL,
  CONSTRAINT ${prefix}forum_terms_pk PRIMARY KEY (forum_id),
  CONSTRAINT ${prefix}forum_terms_version_ck CHECK (version >= 1)
);

-- One row per version of a forum's terms (TR-1, TR-5): status, round, content hash, times, content.
CREATE TABLE ${schema_prefix}${prefix}terms_version (
  forum_id              VARCHAR(200) NOT NULL,
  number                INTEGER      NOT NULL,
  status                VARCHAR(16)  NOT NULL,
  round                 INTEGER      NOT NULL,
  content_hash          CHAR(64)     NOT NULL,
  -- The forum id while this version is in force, else NULL: unique, so at most one version is in force (TR-4).
  in_force_forum_id     VARCHAR(200),
  drafted_at            BIGINT       NOT NULL,
  opened_at             BIGINT,
  in_force_at           BIGINT,
  ended_at              BIGINT,
  confidentiality       VARCHAR(4000) NOT NULL,
  attendance            VARCHAR(4000) NOT NULL,
  equal_airtime         VARCHAR(4000) NOT NULL,
  cadence               VARCHAR(4000) NOT NULL,
  quorum                SMALLINT     NOT NULL,
  facilitation          VARCHAR(4000) NOT NULL,
  facilitation_ends     VARCHAR(4000) NOT NULL,
  decision_making       VARCHAR(4000) NOT NULL,
  sharing_with_managers VARCHAR(4000) NOT NULL,
  review_date           DATE         NOT NULL,
  CONSTRAINT ${prefix}terms_version_pk PRIMARY KEY (forum_id, number),
  -- The target of the agreements' and objections' foreign key: each binds to its version's hash (TR-3).
  CONSTRAINT ${prefix}terms_version_hash_uk UNIQUE (forum_id, number, content_hash),
  CONSTRAINT ${prefix}terms_version_in_force_uk UNIQUE (in_force_forum_id),
  CONSTRAINT ${prefix}terms_version_status_ck CHECK (status IN ('DRAFT', 'OPEN', 'IN_FORCE', 'SUPERSEDED', 'WITHDRAWN')),
  CONSTRAINT ${prefix}terms_version_in_force_ck CHECK ((status = 'IN_FORCE' AND in_force_forum_id IS NOT NULL AND in_force_forum_id = forum_id)
    OR (status <> 'IN_FORCE' AND in_force_forum_id IS NULL)),
  CONSTRAINT ${prefix}terms_version_number_ck CHECK (number >= 1 AND round >= 0 AND quorum >= 1),
  CONSTRAINT ${prefix}terms_version_terms_fk FOREIGN KEY (forum_id) REFERENCES ${schema_prefix}${prefix}forum_terms (forum_id)
);

-- The purposes (kind 1) and stated limits of confidentiality (kind 2) of a version's content, in order.
CREATE TABLE ${schema_prefix}${prefix}terms_item (
  forum_id VARCHAR(200)  NOT NULL,
  number   INTEGER       NOT NULL,
  kind     SMALLINT      NOT NULL,
  ordinal  INTEGER       NOT NULL,
  text     VARCHAR(1000) NOT NULL,
  CONSTRAINT ${prefix}terms_item_pk PRIMARY KEY (forum_id, number, kind, ordinal),
  CONSTRAINT ${prefix}terms_item_kind_ck CHECK (kind IN (1, 2)),
  CONSTRAINT ${prefix}terms_item_version_fk FOREIGN KEY (forum_id, number) REFERENCES ${schema_prefix}${prefix}terms_version (forum_id, number)
);

-- One row per agreement (TR-2, TR-3): who, in which role, to which version number and content hash, in which round, when.
CREATE TABLE ${schema_prefix}${prefix}terms_agreement (
  forum_id     VARCHAR(200) NOT NULL,
  number       INTEGER      NOT NULL,
  ordinal      INTEGER      NOT NULL,
  party_id     VARCHAR(200) NOT NULL,
  role         VARCHAR(16)  NOT NULL,
  content_hash CHAR(64)     NOT NULL,
  round        INTEGER      NOT NULL,
  agreed_at    BIGINT       NOT NULL,
  CONSTRAINT ${prefix}terms_agreement_pk PRIMARY KEY (forum_id, number, ordinal),
  -- A party agrees a version once per proposal round (TR-2, TR-5).
  CONSTRAINT ${prefix}terms_agreement_uk UNIQUE (forum_id, number, round, party_id),
  CONSTRAINT ${prefix}terms_agreement_ck CHECK (round >= 1 AND role IN ('MEMBER', 'FACILITATOR', 'SPONSOR')),
  -- An agreement binds to the exact content of its version (TR-3).
  CONSTRAINT ${prefix}terms_agreement_version_fk FOREIGN KEY (forum_id, number, content_hash)
    REFERENCES ${schema_prefix}${prefix}terms_version (forum_id, number, content_hash)
);

CREATE INDEX ${prefix}terms_agreement_party_ix ON ${schema_prefix}${prefix}terms_agreement (party_id, forum_id);

-- One row per objection (TR-5), with its reason.
CREATE TABLE ${schema_prefix}${prefix}terms_objection (
  forum_id     VARCHAR(200) NOT NULL,
  number       INTEGER      NOT NULL,
  ordinal      INTEGER      NOT NULL,
  party_id     VARCHAR(200) NOT NULL,
  role         VARCHAR(16)  NOT NULL,
  content_hash CHAR(64)     NOT NULL,
  round        INTEGER      NOT NULL,
  reason       VARCHAR(2000) NOT NULL,
  objected_at  BIGINT       NOT NULL,
  CONSTRAINT ${prefix}terms_objection_pk PRIMARY KEY (forum_id, number, ordinal),
  CONSTRAINT ${prefix}terms_objection_ck CHECK (round >= 1 AND role IN ('MEMBER', 'FACILITATOR', 'SPONSOR')),
  CONSTRAINT ${prefix}terms_objection_version_fk FOREIGN KEY (forum_id, number, content_hash)
    REFERENCES ${schema_prefix}${prefix}terms_version (forum_id, number, content_hash)
);

-- One row per session (TR-7).
CREATE TABLE ${schema_prefix}${prefix}session (
  id             VARCHAR(200) NOT NULL,
  forum_id       VARCHAR(200) NOT NULL,
  mode           VARCHAR(16)  NOT NULL,
  started_at     BIGINT       NOT NULL,
  duration_nanos BIGINT       NOT NULL,
  terms_version  INTEGER      NOT NULL,
  minutes        VARCHAR(20000),
  recorded_at    BIGINT       NOT NULL,
  version        BIGINT       NOT NULL,
  CONSTRAINT ${prefix}session_pk PRIMARY KEY (id),
  CONSTRAINT ${prefix}session_mode_ck CHECK (mode IN ('REFLECTIVE', 'CONSULTATIVE')),
  -- A reflective session keeps no minutes (TR-7).
  CONSTRAINT ${prefix}session_minutes_ck CHECK (mode = 'CONSULTATIVE' OR minutes IS NULL),
  CONSTRAINT ${prefix}session_duration_ck CHECK (duration_nanos > 0 AND duration_nanos <= 28800000000000),
  CONSTRAINT ${prefix}session_version_ck CHECK (version >= 1 AND terms_version >= 1)
);

CREATE INDEX ${prefix}session_forum_ix ON ${schema_prefix}${prefix}session (forum_id, started_at, id);

-- One row per member's attendance at a session, with the session's start copied for the CPD query.
CREATE TABLE ${schema_prefix}${prefix}session_attendance (
  session_id      VARCHAR(200) NOT NULL,
  ordinal         INTEGER      NOT NULL,
  practitioner_id VARCHAR(200) NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  started_at      BIGINT       NOT NULL,
  CONSTRAINT ${prefix}session_attendance_pk PRIMARY KEY (session_id, ordinal),
  -- A member's attendance is recorded once per session (TR-7).
  CONSTRAINT ${prefix}session_attendance_uk UNIQUE (session_id, practitioner_id),
  CONSTRAINT ${prefix}session_attendance_status_ck CHECK (status IN ('PRESENT', 'APOLOGIES', 'ABSENT')),
  CONSTRAINT ${prefix}session_attendance_session_fk FOREIGN KEY (session_id) REFERENCES ${schema_prefix}${prefix}session (id)
);

-- CPD evidence: the sessions one practitioner attended in a period, by index range.
CREATE INDEX ${prefix}session_attendance_cpd_ix ON ${schema_prefix}${prefix}session_attendance (practitioner_id, status, started_at, session_id);

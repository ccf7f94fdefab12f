-- Practitioners' Forum SDK storage schema, version 9 (mariadb): private reflective notes (CPD-2).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- Instants and durations are BIGINT nanoseconds (instants since 1970-01-01T00:00Z, UTC).
-- Tables use utf8mb4_bin; the sections are TEXT to stay within the row size limit.

-- One row per note: its author, the session it reflects on as it was when the note was written,
-- and the sections the author wrote. No foreign key to the session, which a retention period may
-- remove while the note stays its author's evidence; none to the profile either. The note names no
-- one but its author, and is read by its id or its author only.
CREATE TABLE ${schema_prefix}${prefix}cpd_note (
  id                 VARCHAR(200) NOT NULL,
  author_id          VARCHAR(200) NOT NULL,
  session_id         VARCHAR(200) NOT NULL,
  forum_id           VARCHAR(200) NOT NULL,
  session_mode       VARCHAR(16)  NOT NULL,
  session_started_at BIGINT       NOT NULL,
  session_nanos      BIGINT       NOT NULL,
  learnt             TEXT NOT NULL,
  relevance          TEXT,
  impact             TEXT,
  peer_learning      TEXT,
  written_at         BIGINT       NOT NULL,
  revised_at         BIGINT,
  version            BIGINT       NOT NULL,
  PRIMARY KEY (id),
  -- One note per author per session (CPD-2).
  CONSTRAINT ${prefix}cpd_note_session_uq UNIQUE (author_id, session_id),
  CONSTRAINT ${prefix}cpd_note_mode_ck CHECK (session_mode IN ('REFLECTIVE', 'CONSULTATIVE', 'STUDY')),
  CONSTRAINT ${prefix}cpd_note_nanos_ck CHECK (session_nanos > 0 AND session_nanos <= 28800000000000),
  CONSTRAINT ${prefix}cpd_note_version_ck CHECK (version >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ${prefix}cpd_note_author_ix ON ${schema_prefix}${prefix}cpd_note (author_id, session_started_at, id);

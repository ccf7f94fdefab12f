-- Practitioners' Forum SDK storage schema, version 5 (mariadb): lessons (LS-1 to LS-4).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- Instants are BIGINT nanoseconds since 1970-01-01T00:00Z (UTC).
-- A lesson's author is held only in lesson_author, which no lesson read joins, and is deleted when
-- the lesson is finalised or withdrawn (LS-2). No other lesson table holds a person's id.
-- Tables use utf8mb4_bin; the sections and answers are TEXT to stay within the row size limit.

-- One row per lesson: its sections, state and times; never its author.
CREATE TABLE ${schema_prefix}${prefix}lesson (
  id                   VARCHAR(200) NOT NULL,
  forum_id             VARCHAR(200) NOT NULL,
  organisation_id      VARCHAR(200) NOT NULL,
  kind                 VARCHAR(16)  NOT NULL,
  state                VARCHAR(16)  NOT NULL,
  finalised            BOOLEAN      NOT NULL,
  what_we_did          TEXT,
  when_we_had_concerns TEXT,
  how_we_judged        TEXT,
  when_we_stopped      TEXT,
  why_it_failed        TEXT,
  next_time            TEXT,
  created_at           BIGINT       NOT NULL,
  submitted_at         BIGINT,
  withdrawn_at         BIGINT,
  version              BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT ${prefix}lesson_kind_ck CHECK (kind IN ('PRODUCT', 'PROCESS', 'SERVICE', 'SYSTEM', 'STRUCTURE')),
  CONSTRAINT ${prefix}lesson_state_ck CHECK (state IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
  -- A withdrawn lesson, and only one, has a withdrawal time (LS-4).
  CONSTRAINT ${prefix}lesson_withdrawn_ck CHECK ((state = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)),
  CONSTRAINT ${prefix}lesson_version_ck CHECK (version >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ${prefix}lesson_forum_ix ON ${schema_prefix}${prefix}lesson (forum_id, id);

-- One row per question of a lesson's thread (LS-2): it names neither the reviewer nor the author.
CREATE TABLE ${schema_prefix}${prefix}lesson_question (
  lesson_id   VARCHAR(200) NOT NULL,
  number      INTEGER      NOT NULL,
  question    TEXT        NOT NULL,
  asked_at    BIGINT       NOT NULL,
  answer      TEXT,
  answered_at BIGINT,
  PRIMARY KEY (lesson_id, number),
  CONSTRAINT ${prefix}lesson_question_answer_ck CHECK ((answer IS NULL) = (answered_at IS NULL)),
  CONSTRAINT ${prefix}lesson_question_lesson_fk FOREIGN KEY (lesson_id) REFERENCES ${schema_prefix}${prefix}lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The check of a lesson's reference code (LS-2): a slow salted hash, never the code, and the count
-- of wrong codes tried in a row.
CREATE TABLE ${schema_prefix}${prefix}lesson_code (
  lesson_id    VARCHAR(200) NOT NULL,
  salt         VARCHAR(128) NOT NULL,
  code_hash    VARCHAR(128) NOT NULL,
  iterations   INTEGER      NOT NULL,
  failures     INTEGER      NOT NULL,
  locked_until BIGINT,
  version      BIGINT       NOT NULL,
  PRIMARY KEY (lesson_id),
  CONSTRAINT ${prefix}lesson_code_counts_ck CHECK (iterations >= 1 AND failures >= 0 AND version >= 1),
  CONSTRAINT ${prefix}lesson_code_lesson_fk FOREIGN KEY (lesson_id) REFERENCES ${schema_prefix}${prefix}lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The author escrow (LS-2): who wrote which lesson, until it is finalised or withdrawn. Never joined
-- into a lesson read; no foreign key, so that nothing ties its rows to the lesson table's plan.
CREATE TABLE ${schema_prefix}${prefix}lesson_author (
  lesson_id       VARCHAR(200) NOT NULL,
  practitioner_id VARCHAR(200) NOT NULL,
  PRIMARY KEY (lesson_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ${prefix}lesson_author_ix ON ${schema_prefix}${prefix}lesson_author (practitioner_id, lesson_id);

-- The audit trail chains lessons too.
ALTER TABLE ${schema_prefix}${prefix}audit_record DROP CONSTRAINT ${prefix}audit_record_kind_ck;
ALTER TABLE ${schema_prefix}${prefix}audit_record ADD CONSTRAINT ${prefix}audit_record_kind_ck CHECK (aggregate_kind IN ('FORUM', 'SESSION', 'PRACTITIONER', 'LESSON'));

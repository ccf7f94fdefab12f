-- Practitioners' Forum SDK storage schema, version 7 (h2): lesson publication tiers (LS-3).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- Instants are BIGINT nanoseconds since 1970-01-01T00:00Z (UTC).
-- Neither table holds a person's id, and no finding holds the original text it covers.

-- One row per tier a lesson's author consented to: the anonymised sections readers at that tier
-- see once it is published, and when each step was taken.
CREATE TABLE ${schema_prefix}${prefix}lesson_tier (
  lesson_id            VARCHAR(200) NOT NULL,
  tier                 VARCHAR(16)  NOT NULL,
  consented_at         BIGINT       NOT NULL,
  anonymised_at        BIGINT,
  cleared_at           BIGINT,
  published_at         BIGINT,
  what_we_did          VARCHAR(4000),
  when_we_had_concerns VARCHAR(4000),
  how_we_judged        VARCHAR(4000),
  when_we_stopped      VARCHAR(4000),
  why_it_failed        VARCHAR(4000),
  next_time            VARCHAR(4000),
  CONSTRAINT ${prefix}lesson_tier_pk PRIMARY KEY (lesson_id, tier),
  CONSTRAINT ${prefix}lesson_tier_ck CHECK (tier IN ('FORUM', 'ORGANISATION', 'NETWORK')),
  -- Published only once cleared, cleared only once anonymised.
  CONSTRAINT ${prefix}lesson_tier_steps_ck CHECK ((published_at IS NULL OR cleared_at IS NOT NULL) AND (cleared_at IS NULL OR anonymised_at IS NOT NULL)),
  CONSTRAINT ${prefix}lesson_tier_lesson_fk FOREIGN KEY (lesson_id) REFERENCES ${schema_prefix}${prefix}lesson (id)
);

-- One row per finding of the anonymiser's run for a tier (AN-3): spans, type, rule, confidence,
-- operator and the replacement written, never the text found; and the reviewer's decision.
CREATE TABLE ${schema_prefix}${prefix}lesson_finding (
  lesson_id     VARCHAR(200) NOT NULL,
  tier          VARCHAR(16)  NOT NULL,
  number        INTEGER      NOT NULL,
  lesson_section VARCHAR(32) NOT NULL,
  held          BOOLEAN      NOT NULL,
  start_index   INTEGER      NOT NULL,
  end_index     INTEGER      NOT NULL,
  output_start  INTEGER      NOT NULL,
  output_end    INTEGER      NOT NULL,
  identifier_type VARCHAR(32) NOT NULL,
  rule_id       VARCHAR(100) NOT NULL,
  confidence    VARCHAR(8)   NOT NULL,
  operator_applied VARCHAR(16) NOT NULL,
  replacement   VARCHAR(4000) NOT NULL,
  decision      VARCHAR(8),
  CONSTRAINT ${prefix}lesson_finding_pk PRIMARY KEY (lesson_id, tier, number),
  CONSTRAINT ${prefix}lesson_finding_decision_ck CHECK (decision IS NULL OR decision IN ('REDACT', 'KEEP')),
  CONSTRAINT ${prefix}lesson_finding_tier_fk FOREIGN KEY (lesson_id, tier) REFERENCES ${schema_prefix}${prefix}lesson_tier (lesson_id, tier)
);

-- CPD (CPD-1): study sessions (a journal club, a reading group) and what they read. A session that
-- records a reading counts as study; a study session must record one, and keeps no minutes.
ALTER TABLE ${schema_prefix}${prefix}session ADD COLUMN reading_citation VARCHAR(1000);

ALTER TABLE ${schema_prefix}${prefix}session ADD COLUMN reading_link VARCHAR(2000);

ALTER TABLE ${schema_prefix}${prefix}session DROP CONSTRAINT ${prefix}session_mode_ck;

ALTER TABLE ${schema_prefix}${prefix}session ADD CONSTRAINT ${prefix}session_mode_ck
  CHECK (mode IN ('REFLECTIVE', 'CONSULTATIVE', 'STUDY'));

ALTER TABLE ${schema_prefix}${prefix}session ADD CONSTRAINT ${prefix}session_study_ck
  CHECK (mode <> 'STUDY' OR reading_citation IS NOT NULL OR reading_link IS NOT NULL);

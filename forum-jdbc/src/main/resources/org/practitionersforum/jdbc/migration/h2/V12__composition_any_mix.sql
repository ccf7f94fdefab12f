-- Practitioners' Forum SDK storage schema, version 12 (h2): compositions with no requirement.
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- FR-5: a composition may leave the discipline or the specialism open, with no requirement ('ANY').
-- A single mix names its discipline (or specialism); a multi or any mix names none.
ALTER TABLE ${schema_prefix}${prefix}forum DROP CONSTRAINT ${prefix}forum_mix_ck;

ALTER TABLE ${schema_prefix}${prefix}forum ADD CONSTRAINT ${prefix}forum_mix_ck
  CHECK (discipline_mix IN ('SINGLE', 'MULTI', 'ANY') AND specialism_mix IN ('SINGLE', 'MULTI', 'ANY')
    AND (discipline_mix = 'SINGLE') = (discipline IS NOT NULL) AND (specialism_mix = 'SINGLE') = (specialism IS NOT NULL));

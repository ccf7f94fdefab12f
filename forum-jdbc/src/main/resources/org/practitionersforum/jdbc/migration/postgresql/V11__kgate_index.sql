-- Practitioners' Forum SDK storage schema, version 11 (postgresql): the re-identification gate (AN-4).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").

-- The k-gate counts, with one SELECT COUNT(*), the practitioners who share an author's discipline
-- (and specialism) at the author's base, locality or organisation, within one organisation or the
-- whole network. Each count names one of the three places, so one index leads with each, followed
-- by the other attributes the count may name: every count is answered from an index alone.
CREATE INDEX ${prefix}practitioner_kgate_base_ix ON ${schema_prefix}${prefix}practitioner (base_id, discipline, specialism, organisation_id);
CREATE INDEX ${prefix}practitioner_kgate_locality_ix ON ${schema_prefix}${prefix}practitioner (locality_id, discipline, specialism, organisation_id);
CREATE INDEX ${prefix}practitioner_kgate_organisation_ix ON ${schema_prefix}${prefix}practitioner (organisation_id, discipline, specialism);

-- The author's quasi-identifiers, captured at submission and kept after the author escrow is
-- erased: all present (a submitted lesson whose author had a profile) or all absent. They name no
-- person. The period is the month of submission, 'YYYY-MM'.
ALTER TABLE ${schema_prefix}${prefix}lesson ADD COLUMN qi_discipline VARCHAR(60);
ALTER TABLE ${schema_prefix}${prefix}lesson ADD COLUMN qi_specialism VARCHAR(60);
ALTER TABLE ${schema_prefix}${prefix}lesson ADD COLUMN qi_base_id VARCHAR(200);
ALTER TABLE ${schema_prefix}${prefix}lesson ADD COLUMN qi_locality_id VARCHAR(200);
ALTER TABLE ${schema_prefix}${prefix}lesson ADD COLUMN qi_organisation_id VARCHAR(200);
ALTER TABLE ${schema_prefix}${prefix}lesson ADD COLUMN qi_period VARCHAR(7);

-- The disclosure a tier was published at: the rung of each generalisation ladder, all present
-- once published through the k-gate, all absent before.
ALTER TABLE ${schema_prefix}${prefix}lesson_tier ADD COLUMN disclosed_place VARCHAR(16);
ALTER TABLE ${schema_prefix}${prefix}lesson_tier ADD COLUMN disclosed_practice VARCHAR(16);
ALTER TABLE ${schema_prefix}${prefix}lesson_tier ADD COLUMN disclosed_period VARCHAR(16);
ALTER TABLE ${schema_prefix}${prefix}lesson_tier ADD CONSTRAINT ${prefix}lesson_tier_disclosed_ck CHECK ((disclosed_place IS NULL OR published_at IS NOT NULL) AND (disclosed_place IS NULL) = (disclosed_practice IS NULL) AND (disclosed_place IS NULL) = (disclosed_period IS NULL));

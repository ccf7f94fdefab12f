-- Practitioners' Forum SDK storage schema, version 18 (mariadb): the most of their attribution an author
-- consented to show at a tier (AN-4, LS-3).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- A tier is published at this disclosure or a more general one. Tiers consented to before this
-- version set no limit, which is the exact disclosure (base, specialism, month).
ALTER TABLE ${schema_prefix}${prefix}lesson_tier ADD COLUMN consented_place VARCHAR(16) DEFAULT 'BASE' NOT NULL;
ALTER TABLE ${schema_prefix}${prefix}lesson_tier ADD COLUMN consented_practice VARCHAR(16) DEFAULT 'SPECIALISM' NOT NULL;
ALTER TABLE ${schema_prefix}${prefix}lesson_tier ADD COLUMN consented_period VARCHAR(16) DEFAULT 'MONTH' NOT NULL;

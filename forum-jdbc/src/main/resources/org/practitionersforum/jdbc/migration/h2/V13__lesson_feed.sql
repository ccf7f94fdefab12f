-- Practitioners' Forum SDK storage schema, version 13 (h2): the tier feed of published lessons (LS-3).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").

-- A tier's feed reads published lessons newest first, by publication time then lesson id, from a
-- cursor onwards (a keyset): one index on the tier, the publication time and the lesson id answers
-- each page with a range scan, read backwards, however many lessons the tier holds.
CREATE INDEX ${prefix}lesson_tier_feed_ix ON ${schema_prefix}${prefix}lesson_tier (tier, published_at, lesson_id);

-- Practitioners' Forum SDK storage schema, version 13 (h2): the tier feed of published lessons (LS-3).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").

-- A tier's feed reads published lessons newest first, by publication time then lesson id, from a
-- cursor onwards (a keyset), within a forum (forum tier), an organisation (organisation tier, or
-- the network narrowed to one) or the whole tier (network). Each tier row carries its lesson's
-- forum and organisation, which never change once a lesson has tiers, so that one index per scope
-- answers each page with the first rows of one range, however many lessons other forums and
-- organisations hold. The storage writes both on every tier row; rows of earlier versions are
-- filled here. H2 reads an index in order only forwards and only when the ORDER BY names its
-- leading columns, so these indexes are descending throughout and the feed query orders by the
-- scope's column too.
ALTER TABLE ${schema_prefix}${prefix}lesson_tier ADD COLUMN forum_id VARCHAR(200);
ALTER TABLE ${schema_prefix}${prefix}lesson_tier ADD COLUMN organisation_id VARCHAR(200);
UPDATE ${schema_prefix}${prefix}lesson_tier SET forum_id = (SELECT l.forum_id FROM ${schema_prefix}${prefix}lesson l WHERE l.id = ${schema_prefix}${prefix}lesson_tier.lesson_id), organisation_id = (SELECT l.organisation_id FROM ${schema_prefix}${prefix}lesson l WHERE l.id = ${schema_prefix}${prefix}lesson_tier.lesson_id);
CREATE INDEX ${prefix}lesson_tier_feed_ix ON ${schema_prefix}${prefix}lesson_tier (tier DESC, published_at DESC, lesson_id DESC);
CREATE INDEX ${prefix}lesson_tier_feed_forum_ix ON ${schema_prefix}${prefix}lesson_tier (forum_id DESC, tier DESC, published_at DESC, lesson_id DESC);
CREATE INDEX ${prefix}lesson_tier_feed_org_ix ON ${schema_prefix}${prefix}lesson_tier (organisation_id DESC, tier DESC, published_at DESC, lesson_id DESC);

-- Practitioners' Forum SDK storage schema, version 15 (postgresql): recommendation repeats (CR-6).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- Each recommendation received is indexed once: its text, the date it was raised (days since
-- 1970-01-01), the matcher's keys, and the repeat group it is in. Each key is also one row of
-- repeat_band, whose primary key is the lookup: the candidates of a new text are, for each of its
-- keys, the most recently raised entries of the organisation under that key, read from the index in
-- order and cut at a fixed number, so the lookup's cost does not grow with the ledger. Links and
-- groups are JSON documents under an optimistic version. Nothing here names a person. A
-- recommendation's key (entry_key, newer_key, earlier_key, group_key) is the SHA-256, in hex, of
-- its round id, forum id and number separated by line feeds, which no id may contain: short, of
-- one length, and the same for every id however it is spelled.
CREATE TABLE ${schema_prefix}${prefix}repeat_entry (
  entry_key       VARCHAR(64)   NOT NULL,
  round_id        VARCHAR(200)  NOT NULL,
  forum_id        VARCHAR(200)  NOT NULL,
  rec_number      INTEGER       NOT NULL,
  organisation_id VARCHAR(200)  NOT NULL,
  raised_on       BIGINT        NOT NULL,
  body            VARCHAR(2000) NOT NULL,
  band_keys       VARCHAR(1400) NOT NULL,
  group_key       VARCHAR(64)   NOT NULL,
  CONSTRAINT ${prefix}repeat_entry_pk PRIMARY KEY (entry_key)
);

CREATE INDEX ${prefix}repeat_entry_group_ix ON ${schema_prefix}${prefix}repeat_entry (group_key);

CREATE TABLE ${schema_prefix}${prefix}repeat_band (
  organisation_id VARCHAR(200) NOT NULL,
  band_key        BIGINT       NOT NULL,
  raised_on       BIGINT       NOT NULL,
  entry_key       VARCHAR(64)  NOT NULL,
  CONSTRAINT ${prefix}repeat_band_pk PRIMARY KEY (organisation_id, band_key, raised_on, entry_key)
);

CREATE TABLE ${schema_prefix}${prefix}repeat_link (
  newer_key       VARCHAR(64)  NOT NULL,
  earlier_key     VARCHAR(64)  NOT NULL,
  organisation_id VARCHAR(200) NOT NULL,
  state           VARCHAR(10)  NOT NULL,
  document        VARCHAR(2000) NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT ${prefix}repeat_link_pk PRIMARY KEY (newer_key, earlier_key)
);

CREATE INDEX ${prefix}repeat_link_earlier_ix ON ${schema_prefix}${prefix}repeat_link (earlier_key);

CREATE TABLE ${schema_prefix}${prefix}repeat_group (
  group_key       VARCHAR(64)  NOT NULL,
  organisation_id VARCHAR(200) NOT NULL,
  document        TEXT NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT ${prefix}repeat_group_pk PRIMARY KEY (group_key)
);

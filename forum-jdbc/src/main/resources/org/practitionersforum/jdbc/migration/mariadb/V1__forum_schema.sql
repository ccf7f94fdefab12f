-- Practitioners' Forum SDK storage schema, version 1 (mariadb).
-- Flyway-compatible: placeholders ${schema_prefix} ("" or "myschema.") and ${prefix} (for example "pf_").
-- Keys are the host's own identifiers (no sequences). Instants are BIGINT nanoseconds since
-- 1970-01-01T00:00Z (UTC). Child rows are keyed by (forum_id, ordinal): list order is ordinal order.
-- Tables use utf8mb4_bin: identifiers are case-sensitive and any Unicode text is kept exactly.

CREATE TABLE ${schema_prefix}${prefix}forum (
  id                       VARCHAR(200) NOT NULL,
  organisation_id          VARCHAR(200) NOT NULL,
  base_id                  VARCHAR(200) NOT NULL,
  locality_id              VARCHAR(200) NOT NULL,
  name                     VARCHAR(120) NOT NULL,
  discipline_mix           VARCHAR(8)   NOT NULL,
  discipline               VARCHAR(60),
  specialism_mix           VARCHAR(8)   NOT NULL,
  specialism               VARCHAR(60),
  focus                    VARCHAR(16)  NOT NULL,
  min_members              SMALLINT     NOT NULL,
  max_members              SMALLINT     NOT NULL,
  line_management_excluded BOOLEAN      NOT NULL,
  sponsor_id               VARCHAR(200),
  state                    VARCHAR(16)  NOT NULL,
  proposed_at              BIGINT       NOT NULL,
  member_count             SMALLINT     NOT NULL,
  version                  BIGINT       NOT NULL,
  CONSTRAINT ${prefix}forum_pk PRIMARY KEY (id),
  CONSTRAINT ${prefix}forum_bounds_ck CHECK (min_members >= 3 AND min_members <= max_members AND max_members <= 16),
  -- FR-4 in the database: the member count written with each version never exceeds the maximum.
  CONSTRAINT ${prefix}forum_seats_ck CHECK (member_count >= 0 AND member_count <= max_members),
  CONSTRAINT ${prefix}forum_version_ck CHECK (version >= 1),
  CONSTRAINT ${prefix}forum_mix_ck CHECK (discipline_mix IN ('SINGLE', 'MULTI') AND specialism_mix IN ('SINGLE', 'MULTI')
    AND (discipline_mix = 'SINGLE') = (discipline IS NOT NULL) AND (specialism_mix = 'SINGLE') = (specialism IS NOT NULL)),
  CONSTRAINT ${prefix}forum_state_ck CHECK (state IN ('PROPOSED', 'FORMING', 'ACTIVE', 'SUSPENDED', 'CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ${prefix}forum_base_ix ON ${schema_prefix}${prefix}forum (base_id, id);

CREATE TABLE ${schema_prefix}${prefix}forum_member (
  forum_id        VARCHAR(200) NOT NULL,
  ordinal         INTEGER      NOT NULL,
  practitioner_id VARCHAR(200) NOT NULL,
  joined_at       BIGINT       NOT NULL,
  CONSTRAINT ${prefix}forum_member_pk PRIMARY KEY (forum_id, ordinal),
  -- FR-2: a practitioner is a member of a forum at most once.
  CONSTRAINT ${prefix}forum_member_uk UNIQUE (forum_id, practitioner_id),
  CONSTRAINT ${prefix}forum_member_forum_fk FOREIGN KEY (forum_id) REFERENCES ${schema_prefix}${prefix}forum (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ${prefix}forum_member_practitioner_ix ON ${schema_prefix}${prefix}forum_member (practitioner_id, forum_id);

CREATE TABLE ${schema_prefix}${prefix}forum_invitation (
  forum_id   VARCHAR(200) NOT NULL,
  ordinal    INTEGER      NOT NULL,
  invitee_id VARCHAR(200) NOT NULL,
  invited_by VARCHAR(16)  NOT NULL,
  invited_at BIGINT       NOT NULL,
  CONSTRAINT ${prefix}forum_invitation_pk PRIMARY KEY (forum_id, ordinal),
  CONSTRAINT ${prefix}forum_invitation_forum_fk FOREIGN KEY (forum_id) REFERENCES ${schema_prefix}${prefix}forum (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${schema_prefix}${prefix}forum_facilitation (
  forum_id       VARCHAR(200) NOT NULL,
  ordinal        INTEGER      NOT NULL,
  facilitator_id VARCHAR(200) NOT NULL,
  started_at     BIGINT       NOT NULL,
  ended_at       BIGINT,
  end_reason     MEDIUMTEXT,
  CONSTRAINT ${prefix}forum_facilitation_pk PRIMARY KEY (forum_id, ordinal),
  CONSTRAINT ${prefix}forum_facilitation_end_ck CHECK ((ended_at IS NULL) = (end_reason IS NULL) AND (ended_at IS NULL OR ended_at >= started_at)),
  CONSTRAINT ${prefix}forum_facilitation_forum_fk FOREIGN KEY (forum_id) REFERENCES ${schema_prefix}${prefix}forum (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${schema_prefix}${prefix}forum_history (
  forum_id   VARCHAR(200) NOT NULL,
  ordinal    INTEGER      NOT NULL,
  from_state VARCHAR(16),
  to_state   VARCHAR(16)  NOT NULL,
  reason     MEDIUMTEXT NOT NULL,
  by_role    VARCHAR(16)  NOT NULL,
  changed_at BIGINT       NOT NULL,
  CONSTRAINT ${prefix}forum_history_pk PRIMARY KEY (forum_id, ordinal),
  CONSTRAINT ${prefix}forum_history_forum_fk FOREIGN KEY (forum_id) REFERENCES ${schema_prefix}${prefix}forum (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${schema_prefix}${prefix}practitioner (
  id              VARCHAR(200) NOT NULL,
  discipline      VARCHAR(60)  NOT NULL,
  specialism      VARCHAR(60)  NOT NULL,
  base_id         VARCHAR(200) NOT NULL,
  organisation_id VARCHAR(200) NOT NULL,
  locality_id     VARCHAR(200) NOT NULL,
  line_manager_id VARCHAR(200),
  version         BIGINT       NOT NULL,
  CONSTRAINT ${prefix}practitioner_pk PRIMARY KEY (id),
  CONSTRAINT ${prefix}practitioner_version_ck CHECK (version >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

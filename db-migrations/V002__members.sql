-- Identity: organisations, enterprises, rosters, members, logins.
-- Personal data (ID numbers, names, phones) is never stored in plain text:
--   *_enc  AES-256-GCM ciphertext (key id inside the blob header, so keys can rotate)
--   *_hash HMAC-SHA256 blind index of the normalised value, for lookups and uniqueness

CREATE TABLE org (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id   BIGINT       NULL,
    name        VARCHAR(100) NOT NULL,
    path        VARCHAR(700) NOT NULL,          -- materialised path '/1/5/12/': subtree = path LIKE '/1/5/%'
    depth       INT          NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_org_parent (parent_id),
    KEY ix_org_path (path)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enterprise (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    org_id       BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    credit_code  CHAR(18)     NOT NULL,         -- unified social credit code (GB 32100), not personal data
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_enterprise_credit_code (credit_code),
    KEY ix_enterprise_org (org_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE roster_entry (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    org_id         BIGINT         NOT NULL,
    enterprise_id  BIGINT         NULL,
    id_hash        BINARY(32)     NOT NULL,
    name_hash      BINARY(32)     NOT NULL,
    id_enc         VARBINARY(255) NOT NULL,
    name_enc       VARBINARY(255) NOT NULL,
    phone_hash     BINARY(32)     NULL,
    phone_enc      VARBINARY(255) NULL,
    created_at     DATETIME(6)    NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_roster_org_id (org_id, id_hash),
    KEY ix_roster_id_hash (id_hash),
    KEY ix_roster_enterprise (enterprise_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE member (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    phone_hash      BINARY(32)     NULL,
    phone_enc       VARBINARY(255) NULL,
    -- real-name verification: NULL until verified; one ID number binds one account
    id_hash         BINARY(32)     NULL,
    id_enc          VARBINARY(255) NULL,
    name_enc        VARBINARY(255) NULL,
    org_id          BIGINT         NULL,
    enterprise_id   BIGINT         NULL,
    member_card_no  VARCHAR(24)    NULL,
    verified_at     DATETIME(6)    NULL,
    created_at      DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_member_phone (phone_hash),
    UNIQUE KEY ux_member_id_number (id_hash),
    UNIQUE KEY ux_member_card (member_card_no),
    KEY ix_member_org (org_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE member_wechat (
    app_id      VARCHAR(64)  NOT NULL,
    open_id     VARCHAR(128) NOT NULL,
    union_id    VARCHAR(128) NULL,
    member_id   BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (app_id, open_id),
    UNIQUE KEY ux_member_wechat_union (union_id),
    KEY ix_member_wechat_member (member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Opaque refresh tokens, stored hashed, rotated on every use; reuse of a spent one revokes the family.
CREATE TABLE refresh_token (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash    BINARY(32)   NOT NULL,
    family_id     BINARY(16)   NOT NULL,
    subject_kind  VARCHAR(16)  NOT NULL,        -- member | staff
    subject_id    BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    spent_at      DATETIME(6)  NULL,
    revoked_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_refresh_token_hash (token_hash),
    KEY ix_refresh_token_family (family_id),
    KEY ix_refresh_token_subject (subject_kind, subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- SMS login codes: stored hashed, 5 minutes, single use, locked after 5 wrong tries.
CREATE TABLE sms_code (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    phone_hash   BINARY(32)   NOT NULL,
    code_hash    BINARY(32)   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    consumed_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_sms_code_phone (phone_hash, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Fixed-window counters for limits that must hold across API instances (SMS sends, real-name tries).
CREATE TABLE rate_counter (
    bucket        VARCHAR(128) NOT NULL,        -- e.g. 'sms:phone:<hex hash>:min'
    window_start  DATETIME(6)  NOT NULL,
    hits          INT          NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (bucket, window_start),
    KEY ix_rate_counter_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

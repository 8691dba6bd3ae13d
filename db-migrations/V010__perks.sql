-- Perks: limited stock that verified members claim as vouchers.
-- The promises are kept by the database, not by C#:
--   stock:            UPDATE perk SET claimed = claimed + @n WHERE id = @id AND claimed + @n <= stock (CHECK claimed <= stock)
--   per-member limit: UNIQUE (perk_id, member_id, claim_no) on voucher, claim_no in 1..per_member_limit
--   partner codes:    UPDATE perk_code ... WHERE voucher_code IS NULL (each code handed out once)

CREATE TABLE perk (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    kind              VARCHAR(16)  NOT NULL,        -- voucher | movie_ticket | goods
    title             VARCHAR(200) NOT NULL,
    description       TEXT         NULL,
    stock             INT          NOT NULL,
    claimed           INT          NOT NULL DEFAULT 0,
    per_member_limit  INT          NOT NULL,
    starts_at         DATETIME(6)  NOT NULL,
    ends_at           DATETIME(6)  NOT NULL,
    face_value_fen    BIGINT       NULL,
    valid_until       DATETIME(6)  NULL,            -- vouchers valid until this instant, or
    valid_days        INT          NULL,            -- for this many days after the claim
    daily_release     INT          NULL,            -- at most this many more claims per China calendar day
    created_by        BIGINT       NULL,
    created_org_id    BIGINT       NULL,            -- the creating org_admin's org (NULL: super_admin)
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_perk_ends (ends_at),
    KEY ix_perk_created_org (created_org_id),
    CONSTRAINT ck_perk_stock CHECK (claimed >= 0 AND claimed <= stock),
    CONSTRAINT ck_perk_limit CHECK (per_member_limit >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- No rows: every verified member may claim. Rows: members of these orgs' subtrees (org_path copied from org.path).
CREATE TABLE perk_eligible_org (
    perk_id   BIGINT       NOT NULL,
    org_id    BIGINT       NOT NULL,
    org_path  VARCHAR(700) NOT NULL,
    PRIMARY KEY (perk_id, org_id),
    KEY ix_perk_eligible_org (org_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Merchants where a perk's vouchers are accepted. No foreign key: merchants arrive with their own feature.
CREATE TABLE perk_merchant (
    perk_id      BIGINT NOT NULL,
    merchant_id  BIGINT NOT NULL,
    PRIMARY KEY (perk_id, merchant_id),
    KEY ix_perk_merchant_merchant (merchant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE voucher (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    perk_id       BIGINT       NOT NULL,
    member_id     BIGINT       NOT NULL,
    claim_no      INT          NOT NULL,            -- 1..per_member_limit: the member's n-th claim of this perk
    code          CHAR(16)     NOT NULL,            -- Crockford base32, 80 random bits
    qr_payload    VARCHAR(255) NOT NULL,            -- code + ECDSA P-256 signature
    partner_code  VARCHAR(128) NULL,                -- movie tickets: the partner code taken from the pool
    status        VARCHAR(16)  NOT NULL DEFAULT 'unused', -- unused | redeemed | void ('expired' is derived from valid_until)
    valid_until   DATETIME(6)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    redeemed_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_voucher_code (code),
    UNIQUE KEY ux_voucher_member_claim (perk_id, member_id, claim_no),
    KEY ix_voucher_member (member_id, id),
    CONSTRAINT ck_voucher_claim_no CHECK (claim_no >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Movie tickets: the uploaded partner codes are the stock; a claim takes one with a conditional update.
CREATE TABLE perk_code (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    perk_id       BIGINT       NOT NULL,
    code          VARCHAR(128) NOT NULL,
    voucher_code  CHAR(16)     NULL,                -- the voucher that took it
    created_at    DATETIME(6)  NOT NULL,
    taken_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_perk_code (perk_id, code),
    UNIQUE KEY ux_perk_code_voucher (voucher_code),
    KEY ix_perk_code_free (perk_id, voucher_code, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

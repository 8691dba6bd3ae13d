-- Hardship aid (issue 9, first half): the hardship register, declaration rounds with grassroots and district review,
-- a public notice (公示) with objections, one award per member per round, and needs surveys with package choice.
-- Money does not get a second path: an award becomes an approved fund_application of the round's fund (with its
-- 'grant' ledger row), paid through the funds' dual-control disbursements (ADR 0006, ADR 0011).

-- The register: one active entry per member (open_key = member_id while active, NULL once exited).
-- Case-file notes may describe illness and income: they are PiiProtector ciphertext.
CREATE TABLE hardship_household (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    member_id         BIGINT         NOT NULL,
    org_id            BIGINT         NOT NULL,          -- the member's org when registered (scope of the keeping org_admin)
    tier              VARCHAR(16)    NOT NULL,          -- deep | relative | emergency
    reason            VARCHAR(32)    NOT NULL,          -- temporary_hardship | low_income | major_illness | accident
    home_visit_enc    VARBINARY(8000) NULL,             -- home-visit record
    income_check_enc  VARBINARY(8000) NULL,             -- income check result
    entered_on        DATE           NOT NULL,
    exited_on         DATE           NULL,
    open_key          BIGINT         NULL,
    document_count    INT            NOT NULL DEFAULT 0,
    created_by        BIGINT         NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_hardship_household_open (open_key),
    KEY ix_hardship_household_member (member_id, id),
    KEY ix_hardship_household_org (org_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of tier (and the entry and exit): append-only.
CREATE TABLE hardship_household_history (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    household_id  BIGINT        NOT NULL,
    at            DATETIME(6)   NOT NULL,
    staff_id      BIGINT        NOT NULL,
    event         VARCHAR(16)   NOT NULL,           -- entered | tier_changed | exited
    from_tier     VARCHAR(16)   NULL,
    to_tier       VARCHAR(16)   NULL,
    note          VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY ix_hardship_household_history (household_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Case-file documents (JPEG, PNG, PDF; typed from their bytes), as fund evidence is kept.
CREATE TABLE hardship_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    household_id  BIGINT        NOT NULL,
    content_type  VARCHAR(64)   NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        BINARY(32)    NOT NULL,
    data          LONGBLOB      NOT NULL,
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_hardship_document_household (household_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A declaration round of one org's subtree (twice a year, or a special round), paid from one fund.
CREATE TABLE hardship_round (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    org_id               BIGINT        NOT NULL,
    org_path             VARCHAR(700)  NOT NULL,       -- copied from org.path
    title                VARCHAR(200)  NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,       -- regular | special
    fund_id              BIGINT        NOT NULL,
    opens_at             DATETIME(6)   NOT NULL,
    closes_at            DATETIME(6)   NOT NULL,       -- declarations and package choices until this instant
    notice_working_days  INT           NOT NULL,
    survey_status        VARCHAR(16)   NOT NULL DEFAULT 'open', -- open | closed
    survey_closed_at     DATETIME(6)   NULL,
    created_by           BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_hardship_round_org (org_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Standard amount and cap of each tier in a round.
CREATE TABLE hardship_round_tier (
    round_id      BIGINT       NOT NULL,
    tier          VARCHAR(16)  NOT NULL,
    standard_fen  BIGINT       NOT NULL,
    cap_fen       BIGINT       NOT NULL,
    PRIMARY KEY (round_id, tier),
    CONSTRAINT ck_hardship_round_tier CHECK (standard_fen > 0 AND standard_fen <= cap_fen)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A member's declaration in a round. open_key = member_id unless rejected: one live declaration per member per round.
CREATE TABLE hardship_declaration (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    round_id           BIGINT        NOT NULL,
    member_id          BIGINT        NOT NULL,
    household_id       BIGINT        NOT NULL,
    org_id             BIGINT        NOT NULL,           -- the member's org at declaration
    org_path           VARCHAR(700)  NOT NULL,
    tier               VARCHAR(16)   NOT NULL,           -- the register's tier at declaration
    reason             VARCHAR(32)   NOT NULL,
    note               VARCHAR(2000) NULL,
    declared_by_kind   VARCHAR(16)   NOT NULL,           -- member | staff
    declared_by        BIGINT        NOT NULL,
    status             VARCHAR(24)   NOT NULL,           -- submitted | grassroots_approved | in_notice | approved | rejected
    open_key           BIGINT        NULL,
    grassroots_by      BIGINT        NULL,
    district_by        BIGINT        NULL,
    notice_starts_at   DATETIME(6)   NULL,
    notice_ends_at     DATETIME(6)   NULL,               -- exclusive end, N working days after the notice starts
    open_objections    INT           NOT NULL DEFAULT 0,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_hardship_declaration_open (round_id, open_key),
    KEY ix_hardship_declaration_round (round_id, status, id),
    KEY ix_hardship_declaration_member (member_id, id),
    CONSTRAINT ck_hardship_declaration_objections CHECK (open_objections >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE hardship_declaration_history (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    declaration_id  BIGINT        NOT NULL,
    at              DATETIME(6)   NOT NULL,
    actor_kind      VARCHAR(16)   NOT NULL,               -- member | staff
    actor_id        BIGINT        NOT NULL,
    from_status     VARCHAR(24)   NULL,
    to_status       VARCHAR(24)   NOT NULL,
    note            VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY ix_hardship_declaration_history (declaration_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Objections lodged during the public notice: recorded with the objecting member's id only.
CREATE TABLE hardship_objection (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    declaration_id  BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,               -- open | upheld | dismissed
    resolution      VARCHAR(2000) NULL,
    resolved_by     BIGINT        NULL,
    resolved_at     DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_hardship_objection_declaration (declaration_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One award per member per round, whatever races: the UNIQUE index decides.
CREATE TABLE hardship_award (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    round_id              BIGINT       NOT NULL,
    member_id             BIGINT       NOT NULL,
    declaration_id        BIGINT       NOT NULL,
    tier                  VARCHAR(16)  NOT NULL,
    amount_fen            BIGINT       NOT NULL,
    fund_application_id   BIGINT       NULL,              -- the approved fund_application that carries the money (set in the same transaction)
    approved_by           BIGINT       NOT NULL,
    approved_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_hardship_award_member (round_id, member_id),
    UNIQUE KEY ux_hardship_award_declaration (declaration_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- In-kind aid: packages a round offers (A set, B set ...), each listing its items.
CREATE TABLE hardship_package (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    round_id    BIGINT        NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    items       TEXT          NOT NULL,                   -- JSON array of item strings
    perk_id     BIGINT        NULL,                       -- the goods perk whose vouchers the choices became
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_hardship_package_name (round_id, name),
    KEY ix_hardship_package_round (round_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One choice per member per round (the primary key); changing it updates the row until the deadline.
CREATE TABLE hardship_package_choice (
    round_id    BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    package_id  BIGINT       NOT NULL,
    voucher_id  BIGINT       NULL,                        -- set when the survey closed
    chosen_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (round_id, member_id),
    KEY ix_hardship_package_choice_package (package_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

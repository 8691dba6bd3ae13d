-- Joining online (issue #17 item 1) and the membership history (item 2).
-- A worker whom no roster lists applies to join a grassroots organisation; that organisation's staff approve or refuse.
-- Personal data as on rosters and members: AES-GCM ciphertext (*_enc) plus HMAC blind indexes (*_hash); the refusal reason
-- is free text about a person, so it is encrypted too. Employer and platform names are organisations, not people.
-- open_id_hash / open_member_id are set while the application is pending and cleared when it is decided or withdrawn:
-- their UNIQUE keys (NULLs never collide) let one open application exist per ID number and per account, decided by the
-- database when applications race, not by a check in C#.
CREATE TABLE membership_application (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    member_id        BIGINT         NOT NULL,
    org_id           BIGINT         NOT NULL,
    id_hash          BINARY(32)     NOT NULL,
    id_enc           VARBINARY(255) NOT NULL,
    name_hash        BINARY(32)     NOT NULL,
    name_enc         VARBINARY(255) NOT NULL,
    phone_hash       BINARY(32)     NOT NULL,
    phone_enc        VARBINARY(255) NOT NULL,
    employment       VARCHAR(16)    NOT NULL,       -- employed | platform (new employment forms: riders, drivers...)
    employer_name    VARCHAR(200)   NULL,
    platform_name    VARCHAR(100)   NULL,
    status           VARCHAR(16)    NOT NULL,       -- pending | approved | refused | withdrawn
    open_id_hash     BINARY(32)     NULL,
    open_member_id   BIGINT         NULL,
    reason_enc       VARBINARY(4200) NULL,
    decided_by       BIGINT         NULL,
    decided_at       DATETIME(6)    NULL,
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_membership_application_open_id (open_id_hash),
    UNIQUE KEY ux_membership_application_open_member (open_member_id),
    KEY ix_membership_application_member (member_id, id),
    KEY ix_membership_application_org (org_id, status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What happened to a membership, kept for good (joining online, transfers, leaving): both organisations of a transfer see
-- it. No personal data; a reason is free text, so encrypted.
CREATE TABLE membership_history (
    id            BIGINT          NOT NULL AUTO_INCREMENT,
    member_id     BIGINT          NOT NULL,
    event         VARCHAR(24)     NOT NULL,          -- joined | transferred | left
    from_org_id   BIGINT          NULL,
    to_org_id     BIGINT          NULL,
    actor_kind    VARCHAR(16)     NOT NULL,          -- member | staff
    actor_id      BIGINT          NULL,
    reason_enc    VARBINARY(4200) NULL,
    created_at    DATETIME(6)     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_membership_history_member (member_id, id),
    KEY ix_membership_history_from (from_org_id, id),
    KEY ix_membership_history_to (to_org_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

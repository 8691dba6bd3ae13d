-- Foundation: staff accounts and the append-only audit trail.
-- Conventions for every migration: InnoDB, utf8mb4, times in UTC as DATETIME(6),
-- explicit indexes, no triggers or stored procedures (portable to MySQL 8 and TiDB).

CREATE TABLE staff_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    role            VARCHAR(32)  NOT NULL,
    org_id          BIGINT       NULL,
    merchant_id     BIGINT       NULL,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    disabled        TINYINT(1)   NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    created_by      BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_staff_user_username (username),
    KEY ix_staff_user_org (org_id),
    KEY ix_staff_user_merchant (merchant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    at            DATETIME(6)  NOT NULL,
    actor_kind    VARCHAR(16)  NOT NULL,   -- staff, member, merchant_key, system
    actor_id      VARCHAR(64)  NULL,
    action        VARCHAR(64)  NOT NULL,   -- e.g. staff_user.create
    entity        VARCHAR(64)  NOT NULL,
    entity_id     VARCHAR(64)  NOT NULL,
    client_ip     VARCHAR(45)  NULL,
    trace_id      VARCHAR(64)  NULL,
    details       TEXT         NULL,       -- JSON, never personal data in clear
    PRIMARY KEY (id),
    KEY ix_audit_entity (entity, entity_id, id),
    KEY ix_audit_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

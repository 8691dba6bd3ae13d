-- Partner merchants, their stores, and API keys for their own till systems.
CREATE TABLE merchant (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(200) NOT NULL,
    credit_code  CHAR(18)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_merchant_credit_code (credit_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE merchant_store (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id  BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    address      VARCHAR(500) NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_merchant_store_merchant (merchant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Keys are shown once; only their SHA-256 is kept (they carry 256 random bits, so no slow hash is needed).
CREATE TABLE merchant_api_key (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id   BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    key_prefix    VARCHAR(16)  NOT NULL,        -- shown in lists so people can tell keys apart
    key_hash      BINARY(32)   NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    BIGINT       NULL,
    revoked_at    DATETIME(6)  NULL,
    last_used_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_merchant_api_key_hash (key_hash),
    KEY ix_merchant_api_key_merchant (merchant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Idempotency keys: the first response to (caller, key) is stored and replayed for 24 h.
-- A row is 'in_progress' while the first call runs; the handler marks it 'done' with its response
-- inside the same transaction as the change it made, so a lost COMMIT acknowledgement is safe to retry.
CREATE TABLE idempotency_key (
    caller          VARCHAR(64)  NOT NULL,     -- member:12, merchant:3, staff:7
    idem_key        VARCHAR(64)  NOT NULL,
    request_hash    BINARY(32)   NOT NULL,
    state           VARCHAR(16)  NOT NULL,     -- in_progress | done
    response_status INT          NULL,
    response_type   VARCHAR(64)  NULL,
    response_body   MEDIUMTEXT   NULL,
    started_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (caller, idem_key),
    KEY ix_idempotency_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

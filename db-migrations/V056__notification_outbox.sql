-- Notifications to members (claim success, voucher expiry, fund decisions, case progress) are written to this outbox
-- in the same transaction as the event they announce, then delivered by a background worker with retries; a row that
-- keeps failing ends as 'dead' (the dead-letter list). dedupe_key makes an event enqueue once even when the code that
-- notices it runs twice (e.g. the expiry scan). The payload holds no personal data: ids, titles, amounts, dates.
CREATE TABLE notification_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    member_id        BIGINT        NOT NULL,
    kind             VARCHAR(64)   NOT NULL,
    payload          TEXT          NOT NULL,
    dedupe_key       VARCHAR(160)  NULL,
    status           VARCHAR(16)   NOT NULL DEFAULT 'pending',   -- pending | sending | sent | dead | skipped
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    locked_until     DATETIME(6)   NULL,
    last_error       VARCHAR(500)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_notification_outbox_dedupe (dedupe_key),
    KEY ix_notification_outbox_due (status, next_attempt_at),
    KEY ix_notification_outbox_member (member_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

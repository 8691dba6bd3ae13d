-- The member's in-app inbox (docs/adr/0017-inbox-and-reach.md): one row per notice, written by Outbox.EnqueueAsync /
-- EnqueueManyAsync in the same transaction as the outbox row (or alone, for kinds that are never pushed, such as staff
-- broadcasts). The payload is the outbox's (ids, titles, amounts, dates; no personal data); titles and texts are rendered
-- when read. dedupe_key mirrors the outbox's, so an event announced twice lands in the inbox once. Rows older than
-- Notifications:InboxRetentionDays (180) are deleted by Housekeeping.
CREATE TABLE member_inbox (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    member_id   BIGINT        NOT NULL,
    kind        VARCHAR(64)   NOT NULL,
    payload     TEXT          NOT NULL,
    dedupe_key  VARCHAR(160)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_member_inbox_dedupe (dedupe_key),
    KEY ix_member_inbox_member (member_id, id),
    KEY ix_member_inbox_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

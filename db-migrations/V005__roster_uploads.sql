-- Roster uploads: one row per upload, its counters changed in the same transaction as each batch of
-- roster rows, so the row always says exactly what was committed, even when the upload stopped mid-way
-- (client gone, body too large, crash). Counts only: no personal data.
CREATE TABLE roster_upload (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    org_id       BIGINT       NOT NULL,
    staff_id     BIGINT       NULL,
    status       VARCHAR(16)  NOT NULL,          -- in_progress | completed | aborted
    added        INT          NOT NULL DEFAULT 0,
    updated      INT          NOT NULL DEFAULT 0,
    rejected     INT          NOT NULL DEFAULT 0,
    line_count   INT          NOT NULL DEFAULT 0,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_roster_upload_org (org_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Batch declarations (issue 17 item 5): a unit (an organisation's org_admin, or a super_admin) uploads one CSV file declaring
-- fund applications for many of its verified members at once. The file is validated row by row and committed all or nothing:
-- one fund_application_batch row and all its applications in one transaction, or nothing. Each application keeps the batch
-- that filed it (fund_application.batch_id; NULL for an application the member filed). The file name may name people, so it is
-- kept only as PiiProtector ciphertext; the file itself is not kept (its rows are the applications).
CREATE TABLE fund_application_batch (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    fund_id              BIGINT         NOT NULL,
    org_id               BIGINT         NOT NULL,            -- the declaring organisation; every row's member lies in its subtree
    staff_id             BIGINT         NOT NULL,            -- who uploaded
    file_name_enc        BLOB           NULL,
    row_count            INT            NOT NULL,
    total_requested_fen  BIGINT         NOT NULL,
    file_sha256          BINARY(32)     NOT NULL,
    created_at           DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_fund_application_batch_org (org_id, id),
    KEY ix_fund_application_batch_fund (fund_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE fund_application ADD COLUMN batch_id BIGINT NULL, ADD KEY ix_fund_application_batch (batch_id, id);

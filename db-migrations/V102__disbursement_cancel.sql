-- A proposed payment can be cancelled (status 'cancelled'), which releases its amount on the application
-- (committed_fen) so the rest of the grant can be proposed again. Who, when and why are kept on the row and in the audit log.
ALTER TABLE fund_disbursement
    ADD COLUMN cancelled_by BIGINT NULL AFTER confirmed_at,
    ADD COLUMN cancelled_at DATETIME(6) NULL AFTER cancelled_by,
    ADD COLUMN cancel_reason VARCHAR(500) NULL AFTER cancelled_at;

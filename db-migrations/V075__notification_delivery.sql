-- Delivery of the notification outbox (V056): a worker on any API instance claims due rows by stamping its own
-- claim_token on them (status 'sending', next_attempt_at = the end of its lease), sends, then marks 'sent' only where
-- its token is still on the row. A worker that died mid-send leaves rows whose lease runs out: they become due again.
ALTER TABLE notification_outbox
    ADD COLUMN claim_token      CHAR(32)     NULL,
    ADD COLUMN last_attempt_at  DATETIME(6)  NULL;
-- No index on claim_token or for the dead-letter list: every outbox row is written inside a claim batch, so each index
-- costs the hot path; the worker finds its rows by primary key, and dead letters are few (ix_notification_outbox_due
-- narrows them to status = 'dead').

-- The voucher expiry scan looks for unused vouchers expiring within 3 days.
CREATE INDEX ix_voucher_status_valid_until ON voucher (status, valid_until);

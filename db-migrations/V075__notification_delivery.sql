-- Delivery of the notification outbox (V056): a worker on any API instance claims due rows by stamping its own
-- claim_token on them (status 'sending', next_attempt_at = the end of its lease), sends, then marks 'sent' only where
-- its token is still on the row. A worker that died mid-send leaves rows whose lease runs out: they become due again.
ALTER TABLE notification_outbox
    ADD COLUMN claim_token      CHAR(32)     NULL,
    ADD COLUMN last_attempt_at  DATETIME(6)  NULL;
CREATE INDEX ix_notification_outbox_claim ON notification_outbox (claim_token);
-- the dead-letter list, newest first
CREATE INDEX ix_notification_outbox_status_id ON notification_outbox (status, id);

-- The voucher expiry scan looks for unused vouchers expiring within 3 days.
CREATE INDEX ix_voucher_status_valid_until ON voucher (status, valid_until);

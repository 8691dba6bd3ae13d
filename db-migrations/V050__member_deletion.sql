-- Personal data rights (PIPL): a member may delete their account. The member row stays as a pseudonymous id that
-- vouchers, fund applications, ledger and audit rows keep pointing at; its personal columns are cleared and
-- deleted_at is set, after which no login reaches it again (the phone and WeChat keys are gone, refresh is refused).
ALTER TABLE member ADD COLUMN deleted_at DATETIME(6) NULL;

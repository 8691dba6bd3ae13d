-- Member lookup (issue 17, item 4): staff void a member's unredeemed voucher with a reason.
-- The void is the conditional update voucher.status 'unused' -> 'void' (the redemption's update 'unused' -> 'redeemed'
-- takes the same row lock, so exactly one of them wins); who voided it, when and why stay on the voucher.
-- The reason may describe the person: PiiProtector ciphertext.
ALTER TABLE voucher
    ADD COLUMN voided_at       DATETIME(6)     NULL,
    ADD COLUMN voided_by       BIGINT          NULL,
    ADD COLUMN void_reason_enc VARBINARY(1024) NULL;

-- Staff find members by name through the rosters' name blind index (the verified members whose roster entry carries it).
CREATE INDEX ix_roster_name_hash ON roster_entry (name_hash);

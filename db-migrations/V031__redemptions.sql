-- Redemptions of vouchers by merchants. A voucher is redeemed at most once: the conditional update
-- voucher.status 'unused' -> 'redeemed' decides every race. A void (same merchant, within 30 minutes) keeps
-- the redemption row, marks it voided and makes the voucher 'unused' again; both stay on record.
CREATE TABLE redemption (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    voucher_id      BIGINT       NOT NULL,
    merchant_id     BIGINT       NOT NULL,
    api_key_id      BIGINT       NULL,          -- the till system's key, or
    staff_id        BIGINT       NULL,          -- the cashier's staff account
    face_value_fen  BIGINT       NOT NULL DEFAULT 0,
    redeemed_at     DATETIME(6)  NOT NULL,
    voided_at       DATETIME(6)  NULL,
    void_reason     VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_redemption_merchant_time (merchant_id, redeemed_at),
    KEY ix_redemption_voucher (voucher_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The electronic member card (issue #21 item 3). The card itself is not stored: GET /me/card signs a QR payload
-- (UC1.<memberId>.<minute>, ECDSA with the voucher key) from the member row every minute. What is stored is every check of
-- a card by a merchant (API key or cashier) or a staff desk: who checked, when, and the result. No personal data: the member
-- is named by id only, and only when the payload was genuine.
CREATE TABLE card_check (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    member_id    BIGINT       NULL,          -- the card's member when the signature was genuine (NULL for a tampered payload)
    result       VARCHAR(16)  NOT NULL,      -- ok | expired | invalid | inactive
    checker_kind VARCHAR(16)  NOT NULL,      -- merchant_key | merchant_staff | staff
    merchant_id  BIGINT       NULL,
    api_key_id   BIGINT       NULL,
    staff_id     BIGINT       NULL,
    checked_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_card_check_member (member_id, id),
    KEY ix_card_check_merchant (merchant_id, checked_at),
    KEY ix_card_check_staff (staff_id, checked_at),
    KEY ix_card_check_at (checked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The union's side of merchant settlement: one statement per merchant and China calendar month. Closing it freezes the
-- month's figures (unvoided redemptions: count and face value) into the row; marking it paid records the payment reference.
-- UNIQUE (merchant_id, month) makes a second close of the same month fail, and "paid" is a conditional update on status,
-- so parallel clicks change a statement once. Who and when are kept on the row and in the audit log.
CREATE TABLE merchant_statement (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    merchant_id      BIGINT        NOT NULL,
    month            CHAR(7)       NOT NULL,            -- 'YYYY-MM', China time
    redeemed_count   INT           NOT NULL,
    total_fen        BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,            -- closed | paid
    closed_by        BIGINT        NOT NULL,
    closed_at        DATETIME(6)   NOT NULL,
    paid_by          BIGINT        NULL,
    paid_at          DATETIME(6)   NULL,
    paid_reference   VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_merchant_statement_month (merchant_id, month),
    KEY ix_merchant_statement_month (month, merchant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

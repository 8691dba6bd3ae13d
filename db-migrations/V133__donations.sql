-- Donations (money in) to a relief fund, issue #19 item 4. A donation is booked on the fund's own append-only ledger
-- (fund_ledger entry 'donation'; a reversal is a new 'donation_reversal' row with the negative amount, never a delete),
-- and fund.donated_fen is its running total, changed only in the transaction that appends the ledger row, as granted_fen
-- and disbursed_fen are. The grant checks allow granted_fen <= budget_fen + donated_fen (ADR 0018).
ALTER TABLE fund ADD COLUMN donated_fen BIGINT NOT NULL DEFAULT 0 AFTER budget_fen;

-- Ledger rows of donations name no application; 'donation_reversal' needs a longer entry column.
ALTER TABLE fund_ledger MODIFY entry VARCHAR(24) NOT NULL, MODIFY application_id BIGINT NULL,
    ADD COLUMN donation_id BIGINT NULL AFTER disbursement_id,
    ADD KEY ix_fund_ledger_donation (donation_id, id);

-- One donation. Donor: an enterprise (by id, or by name when it is not registered), a member (by id) or anonymous.
-- The contact person's name and phone are personal data (PiiProtector ciphertext), as is the free-text note.
-- receipt_year/receipt_seq are the receipt number (2026-000123), unique, taken from donation_receipt_counter.
CREATE TABLE donation (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    fund_id                BIGINT        NOT NULL,
    receipt_year           INT           NOT NULL,
    receipt_seq            INT           NOT NULL,
    donor_kind             VARCHAR(16)   NOT NULL,      -- enterprise | member | anonymous
    enterprise_id          BIGINT        NULL,
    enterprise_name        VARCHAR(200)  NULL,          -- an enterprise's name (not personal data)
    member_id              BIGINT        NULL,
    contact_name_enc       BLOB          NULL,
    contact_phone_enc      BLOB          NULL,
    amount_fen             BIGINT        NOT NULL,
    channel                VARCHAR(16)   NOT NULL,      -- bank_transfer | cash | online
    received_on            DATE          NOT NULL,
    note_enc               BLOB          NULL,
    status                 VARCHAR(24)   NOT NULL,      -- recorded | reversal_requested | reversed
    recorded_by            BIGINT        NOT NULL,
    recorded_at            DATETIME(6)   NOT NULL,
    reversal_reason_enc    BLOB          NULL,
    reversal_requested_by  BIGINT        NULL,
    reversal_requested_at  DATETIME(6)   NULL,
    reversal_decided_by    BIGINT        NULL,
    reversal_decided_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_donation_receipt (receipt_year, receipt_seq),
    KEY ix_donation_fund (fund_id, id),
    KEY ix_donation_status (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The last receipt number given out per year; a donation takes the next one under the row's lock.
CREATE TABLE donation_receipt_counter (
    year      INT  NOT NULL,
    last_seq  INT  NOT NULL,
    PRIMARY KEY (year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

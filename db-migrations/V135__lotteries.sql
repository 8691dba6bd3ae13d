-- Lottery drops with a verifiable draw (issue #21 item 1). A lottery awards vouchers of an existing perk to N winners drawn
-- from the members who applied within a window. Before the window opens the lottery publishes a commitment: the SHA-256
-- (hex) of a secret seed. After the window closes the seed is revealed and the winners are a documented deterministic
-- function of the seed and the sorted application ids (docs/adr/0019-verifiable-lottery-draw.md), so anyone can recompute them.
--   one application per member:  UNIQUE (lottery_id, member_id)
--   one draw:                    UPDATE lottery SET status = 'drawn' ... WHERE id = @id AND status = 'open', under the row's lock
--   applications vs the draw:    an application is INSERT ... SELECT FROM lottery WHERE status = 'open' (a shared lock on the
--                                lottery row at REPEATABLE READ), the draw locks the row FOR UPDATE first: no application
--                                commits after the draw read the list
-- Member tags do not exist in the schema yet, so there are no weights: every application has one ticket.
CREATE TABLE lottery (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    org_id            BIGINT         NOT NULL,             -- verified members of this organisation's subtree may apply
    perk_id           BIGINT         NOT NULL,             -- the prize: winners get a voucher of this perk
    title             VARCHAR(200)   NOT NULL,
    description       TEXT           NULL,
    places            INT            NOT NULL,             -- N winners at most
    opens_at          DATETIME(6)    NOT NULL,             -- application window
    closes_at         DATETIME(6)    NOT NULL,
    status            VARCHAR(16)    NOT NULL,             -- draft | open | drawn ('closed' is open after closes_at, derived)
    commitment        CHAR(64)       NOT NULL,             -- SHA-256 (lower-case hex) of the seed's bytes
    seed_enc          VARBINARY(255) NULL,                 -- a server-generated seed, encrypted with the PII key ring; NULL when staff hold it
    seed              VARCHAR(128)   NULL,                 -- the revealed seed (hex), public once drawn
    winners           INT            NULL,                 -- set by the draw
    applications      INT            NULL,                 -- set by the draw: the size of the list it drew from
    opened_at         DATETIME(6)    NULL,
    opened_by         BIGINT         NULL,
    drawn_at          DATETIME(6)    NULL,
    drawn_by          BIGINT         NULL,
    created_by        BIGINT         NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_lottery_org (org_id, id),
    KEY ix_lottery_perk (perk_id),
    CONSTRAINT ck_lottery_places CHECK (places >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lottery_application (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    lottery_id        BIGINT         NOT NULL,
    member_id         BIGINT         NOT NULL,
    applied_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_lottery_application_member (lottery_id, member_id),
    KEY ix_lottery_application_member (member_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The draw's outcome per application, written once by the draw (one multi-row insert per chunk).
CREATE TABLE lottery_outcome (
    application_id    BIGINT         NOT NULL,
    lottery_id        BIGINT         NOT NULL,
    draw_rank         INT            NOT NULL,             -- 1-based position in the ordering; <= winners: won, else the waiting order
    ticket            CHAR(64)       NOT NULL,             -- HMAC-SHA256(seed, decimal application id), lower-case hex
    won               TINYINT(1)     NOT NULL,
    voucher_id        BIGINT         NULL,                 -- the winner's voucher
    PRIMARY KEY (application_id),
    UNIQUE KEY ux_lottery_outcome_rank (lottery_id, draw_rank)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

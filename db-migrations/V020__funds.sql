-- Relief funds: funds with a yearly budget, member applications with their history and evidence,
-- review meetings that decide applications together, and dual-control disbursements.
-- Money is integer fen. fund.granted_fen / disbursed_fen are running totals changed only in the
-- transaction that appends the matching fund_ledger row (the ledger is the record; the totals are its sums).

CREATE TABLE fund (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    name               VARCHAR(100)  NOT NULL,
    kind               VARCHAR(16)   NOT NULL,          -- warmth | hardship | epidemic
    year               INT           NOT NULL,
    budget_fen         BIGINT        NOT NULL,
    max_grant_fen      BIGINT        NOT NULL,
    granted_fen        BIGINT        NOT NULL DEFAULT 0, -- = SUM(fund_ledger.amount_fen WHERE entry='grant')
    disbursed_fen      BIGINT        NOT NULL DEFAULT 0, -- = SUM(fund_ledger.amount_fen WHERE entry='disbursement')
    opens_at           DATETIME(6)   NULL,
    closes_at          DATETIME(6)   NULL,
    eligibility_notes  VARCHAR(2000) NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_fund_year (year, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fund_application (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    fund_id            BIGINT         NOT NULL,
    member_id          BIGINT         NOT NULL,
    category           VARCHAR(32)    NOT NULL,
    requested_fen      BIGINT         NOT NULL,
    reason             VARCHAR(2000)  NOT NULL,
    contact_phone_enc  VARBINARY(255) NOT NULL,     -- PiiProtector ciphertext
    status             VARCHAR(16)    NOT NULL,     -- draft | submitted | returned | approved | rejected | withdrawn | disbursed
    -- member_id while the application is open (draft, submitted, returned, approved), NULL once it is closed:
    -- UNIQUE (fund_id, open_key) allows one open application per member per fund (NULLs never collide).
    open_key           BIGINT         NULL,
    granted_fen        BIGINT         NULL,
    committed_fen      BIGINT         NOT NULL DEFAULT 0, -- proposed + paid disbursements; never above granted_fen
    paid_fen           BIGINT         NOT NULL DEFAULT 0,
    evidence_count     INT            NOT NULL DEFAULT 0,
    meeting_id         BIGINT         NULL,
    created_at         DATETIME(6)    NOT NULL,
    submitted_at       DATETIME(6)    NULL,
    decided_at         DATETIME(6)    NULL,
    updated_at         DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_fund_application_open (fund_id, open_key),
    KEY ix_fund_application_fund_status (fund_id, status, id),
    KEY ix_fund_application_status (status, id),
    KEY ix_fund_application_member (member_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of an application's status: who, when, from, to, why. Append-only.
CREATE TABLE fund_application_history (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    application_id  BIGINT        NOT NULL,
    at              DATETIME(6)   NOT NULL,
    actor_kind      VARCHAR(16)   NOT NULL,         -- member | staff
    actor_id        BIGINT        NOT NULL,
    from_status     VARCHAR(16)   NULL,
    to_status       VARCHAR(16)   NOT NULL,
    note            VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY ix_fund_application_history_app (application_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Evidence files (JPEG, PNG, PDF; type from the content), private to the applicant and reviewers.
CREATE TABLE fund_evidence (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    application_id  BIGINT        NOT NULL,
    content_type    VARCHAR(64)   NOT NULL,
    size_bytes      INT           NOT NULL,
    sha256          BINARY(32)    NOT NULL,
    data            LONGBLOB      NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_fund_evidence_app (application_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_meeting (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    fund_id     BIGINT       NOT NULL,
    held_at     DATETIME(6)  NOT NULL,
    minutes     TEXT         NOT NULL,
    created_by  BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_review_meeting_fund (fund_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_decision (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_id      BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    decision        VARCHAR(16)   NOT NULL,         -- approve | reject
    granted_fen     BIGINT        NULL,
    note            VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_review_decision_application (application_id),
    KEY ix_review_decision_meeting (meeting_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fund_disbursement (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    fund_id         BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    amount_fen      BIGINT        NOT NULL,
    reference       VARCHAR(100)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,         -- proposed | paid
    proposed_by     BIGINT        NOT NULL,
    proposed_at     DATETIME(6)   NOT NULL,
    confirmed_by    BIGINT        NULL,
    confirmed_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_fund_disbursement_app (application_id, id),
    KEY ix_fund_disbursement_fund (fund_id, status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only money ledger of a fund: 'grant' rows from review meetings, 'disbursement' rows from confirmed payments.
CREATE TABLE fund_ledger (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    fund_id          BIGINT       NOT NULL,
    entry            VARCHAR(16)  NOT NULL,         -- grant | disbursement
    amount_fen       BIGINT       NOT NULL,
    application_id   BIGINT       NOT NULL,
    meeting_id       BIGINT       NULL,
    disbursement_id  BIGINT       NULL,
    staff_id         BIGINT       NOT NULL,
    at               DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_fund_ledger_fund (fund_id, entry, id),
    KEY ix_fund_ledger_application (application_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Mutual-aid cover (互助保障, issue #21 item 2): a union offers a plan for a coverage period with a benefit per event type, each
-- capped per member and period; members enrol themselves (or a unit enrols them in bulk) and claim online; staff review and
-- two staff users pay. A plan belongs to an organisation (NULL: the federation's own plan); staff whose scope holds that
-- organisation manage it, and members of its subtree may enrol.
CREATE TABLE mutual_aid_plan (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    org_id        BIGINT        NULL,
    name          VARCHAR(100)  NOT NULL,
    covers_from   DATE          NOT NULL,
    covers_to     DATE          NOT NULL,
    price_fen     BIGINT        NOT NULL,   -- per member and period
    paid_by       VARCHAR(8)    NOT NULL,   -- member | union
    status        VARCHAR(8)    NOT NULL,   -- draft | open | closed
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_mutual_aid_plan_org (org_id, id),
    KEY ix_mutual_aid_plan_status (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mutual_aid_benefit (
    plan_id       BIGINT        NOT NULL,
    event_type    VARCHAR(24)   NOT NULL,   -- accident | critical_illness | hospitalisation | disability | death | maternity
    cap_fen       BIGINT        NOT NULL,   -- the most approved per member for this event type in the period
    PRIMARY KEY (plan_id, event_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One enrolment per member and plan (the unique key decides racing enrolments). batch_id names the bulk enrolment that made it.
CREATE TABLE mutual_aid_enrolment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id       BIGINT        NOT NULL,
    member_id     BIGINT        NOT NULL,
    source        VARCHAR(8)    NOT NULL,   -- member | batch
    batch_id      BIGINT        NULL,
    enrolled_by   BIGINT        NULL,       -- the staff user of a batch
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_mutual_aid_enrolment (plan_id, member_id),
    KEY ix_mutual_aid_enrolment_member (member_id, id),
    KEY ix_mutual_aid_enrolment_batch (batch_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What is left of each benefit for one enrolment: written with the enrolment, approved_fen only grows by a conditional update
-- (approved_fen + amount <= cap_fen) in the transaction that approves a claim, so concurrent approvals can never pass the cap.
CREATE TABLE mutual_aid_cover (
    enrolment_id  BIGINT        NOT NULL,
    event_type    VARCHAR(24)   NOT NULL,
    cap_fen       BIGINT        NOT NULL,
    approved_fen  BIGINT        NOT NULL,
    PRIMARY KEY (enrolment_id, event_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mutual_aid_batch (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id       BIGINT        NOT NULL,
    org_id        BIGINT        NOT NULL,   -- the enrolling organisation; every row's member lies in its subtree
    staff_id      BIGINT        NOT NULL,
    row_count     INT           NOT NULL,
    enrolled      INT           NOT NULL,   -- rows that made an enrolment (the others were enrolled already)
    file_sha256   BINARY(32)    NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_mutual_aid_batch_plan (plan_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A claim: the description (health) and a rejection reason are personal data, PiiProtector ciphertext.
CREATE TABLE mutual_aid_claim (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    enrolment_id       BIGINT        NOT NULL,
    plan_id            BIGINT        NOT NULL,
    member_id          BIGINT        NOT NULL,
    event_type         VARCHAR(24)   NOT NULL,
    event_on           DATE          NOT NULL,
    asked_fen          BIGINT        NOT NULL,
    approved_fen       BIGINT        NULL,
    description_enc    BLOB          NOT NULL,
    status             VARCHAR(20)   NOT NULL,   -- submitted | approved | rejected | payment_proposed | paid
    reject_reason_enc  BLOB          NULL,
    reviewed_by        BIGINT        NULL,
    reviewed_at        DATETIME(6)   NULL,
    pay_proposed_by    BIGINT        NULL,       -- the maker of the payment
    pay_proposed_at    DATETIME(6)   NULL,
    paid_by            BIGINT        NULL,       -- the checker (never the maker)
    paid_at            DATETIME(6)   NULL,
    document_count     INT           NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_mutual_aid_claim_member (member_id, id),
    KEY ix_mutual_aid_claim_plan_status (plan_id, status, id),
    KEY ix_mutual_aid_claim_enrolment (enrolment_id, event_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Documents of a claim: the upload path of case files (sniffed, scanned, encrypted before it reaches the database).
CREATE TABLE mutual_aid_claim_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    claim_id      BIGINT        NOT NULL,
    content_type  VARCHAR(64)   NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        BINARY(32)    NOT NULL,
    data          LONGBLOB      NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_mutual_aid_claim_document_claim (claim_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

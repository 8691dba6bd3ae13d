-- Legal aid: the union's lawyer panel, members' cases with their deadlines, stages, progress notes, documents and history.
-- A case's status is one column: submitted -> accepted into 'consultation' or 'refused'; then forward through
-- consultation, mediation, arbitration, litigation; 'closed' with an outcome (archived: read-only).
-- Every change is a conditional UPDATE on status plus a legal_case_history row in the same transaction.

-- Lawyers on the panel, each linked to one staff account with the 'lawyer' role. Name, licence number and phone are
-- personal data: PiiProtector ciphertext only; the licence number's blind index keeps it unique.
CREATE TABLE legal_lawyer (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    staff_user_id    BIGINT         NOT NULL,
    name_enc         VARBINARY(255) NOT NULL,
    firm             VARCHAR(200)   NOT NULL,
    licence_hash     BINARY(32)     NOT NULL,
    licence_enc      VARBINARY(255) NOT NULL,
    phone_enc        VARBINARY(255) NOT NULL,
    created_by       BIGINT         NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_legal_lawyer_staff (staff_user_id),
    UNIQUE KEY ux_legal_lawyer_licence (licence_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_case (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    case_no              VARCHAR(24)    NULL,              -- LA-<year>-<id>, set in the inserting transaction
    member_id            BIGINT         NOT NULL,
    org_id               BIGINT         NULL,              -- the member's organisation when they applied (figures, staff scope)
    dispute_type         VARCHAR(16)    NOT NULL,          -- wage_arrears | dismissal | injury | contract | other
    enterprise_id        BIGINT         NULL,
    employer_name        VARCHAR(200)   NOT NULL,
    amount_at_stake_fen  BIGINT         NOT NULL,
    description          VARCHAR(4000)  NOT NULL,
    urgent               TINYINT(1)     NOT NULL DEFAULT 0,
    status               VARCHAR(16)    NOT NULL,          -- submitted | refused | consultation | mediation | arbitration | litigation | closed
    decide_by            DATETIME(6)    NOT NULL,          -- exclusive end of the acceptance deadline (working days)
    decided_at           DATETIME(6)    NULL,
    decided_by           BIGINT         NULL,
    accepted_at          DATETIME(6)    NULL,
    refusal_reason       VARCHAR(1000)  NULL,
    lawyer_id            BIGINT         NULL,
    assigned_at          DATETIME(6)    NULL,
    outcome              VARCHAR(16)    NULL,              -- won | partly_won | lost | settled | withdrawn
    recovered_fen        BIGINT         NULL,
    closed_at            DATETIME(6)    NULL,
    document_count       INT            NOT NULL DEFAULT 0,
    note_count           INT            NOT NULL DEFAULT 0,
    submitted_at         DATETIME(6)    NOT NULL,
    updated_at           DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_legal_case_no (case_no),
    KEY ix_legal_case_member (member_id, id),
    KEY ix_legal_case_lawyer (lawyer_id, id),
    KEY ix_legal_case_status_deadline (status, decide_by),
    KEY ix_legal_case_org_submitted (org_id, submitted_at),
    KEY ix_legal_case_closed (closed_at),
    KEY ix_legal_case_accepted (accepted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: every change of a case (status, stage, assignment), who made it and when.
CREATE TABLE legal_case_history (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    case_id      BIGINT         NOT NULL,
    at           DATETIME(6)    NOT NULL,
    actor_kind   VARCHAR(16)    NOT NULL,              -- member | staff | lawyer
    actor_id     BIGINT         NOT NULL,
    action       VARCHAR(24)    NOT NULL,              -- submit | accept | refuse | assign | stage | close
    from_status  VARCHAR(16)    NULL,
    to_status    VARCHAR(16)    NOT NULL,
    note         VARCHAR(1000)  NULL,
    PRIMARY KEY (id),
    KEY ix_legal_case_history_case (case_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Dated progress notes by the case's lawyer or staff.
CREATE TABLE legal_case_note (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    case_id      BIGINT         NOT NULL,
    noted_on     DATE           NOT NULL,              -- the day the progress happened (China date)
    body         VARCHAR(4000)  NOT NULL,
    author_kind  VARCHAR(16)    NOT NULL,              -- staff | lawyer
    author_id    BIGINT         NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_legal_case_note_case (case_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Documents the member attached (JPEG, PNG, PDF; type from the content), private to the member, staff and the lawyer.
CREATE TABLE legal_case_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    content_type  VARCHAR(64)   NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        BINARY(32)    NOT NULL,
    data          LONGBLOB      NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_legal_case_document_case (case_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

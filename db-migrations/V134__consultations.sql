-- The 12351 consultation desk (issue #19 item 5): every hotline call, walk-in visit and online question staff answer.
-- A consultation belongs to an organisation's desk (staff scope, as legal aid cases do); NULL is the federation's own desk,
-- seen only by callers who see every organisation. The caller is a member (by id) or a name and phone, which are personal
-- data (PiiProtector ciphertext, masked out), as are the free-text topic and outcome. A consultation converted into a
-- legal aid case or a fund application names what it became (converted_kind, converted_id).
CREATE TABLE consultation (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    org_id           BIGINT        NULL,
    channel          VARCHAR(16)   NOT NULL,   -- hotline | walk_in | online
    category         VARCHAR(24)   NOT NULL,   -- wage_arrears | dismissal | injury | contract | social_insurance | hardship | other
    member_id        BIGINT        NULL,
    caller_name_enc  BLOB          NULL,
    caller_phone_enc BLOB          NULL,
    lawyer_id        BIGINT        NULL,       -- legal_lawyer on duty
    topic_enc        BLOB          NOT NULL,   -- the question in a line or two (shown in the list, masked)
    outcome_enc      BLOB          NULL,
    follow_up_on     DATE          NULL,
    status           VARCHAR(16)   NOT NULL,   -- open | follow_up | closed | converted
    converted_kind   VARCHAR(24)   NULL,       -- legal_aid_case | fund_application
    converted_id     BIGINT        NULL,
    consulted_at     DATETIME(6)   NOT NULL,
    recorded_by      BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_consultation_org_consulted (org_id, consulted_at),
    KEY ix_consultation_consulted (consulted_at),
    KEY ix_consultation_member (member_id, id),
    KEY ix_consultation_status_follow_up (status, follow_up_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

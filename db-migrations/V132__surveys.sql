-- Member surveys (issue 19 item 3): the union asks the members of an organisation's subtree questions (single choice,
-- multiple choice with an optional cap on selections, free text with a maximum length). A survey is a draft (editable),
-- then open (answers while opens_at <= now < closes_at), then closed. One response per member per survey: UNIQUE
-- (survey_id, member_id) makes a second submit, however raced, fail; paper responses entered by staff may name no member
-- (NULL is never a duplicate). Free-text answers are personal data: stored only as PII ciphertext (body_enc).

CREATE TABLE survey (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    org_id       BIGINT        NOT NULL,            -- members of this organisation's subtree are asked
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000) NULL,
    opens_at     DATETIME(6)   NOT NULL,
    closes_at    DATETIME(6)   NOT NULL,            -- answers accepted while opens_at <= now < closes_at and status = 'open'
    status       VARCHAR(16)   NOT NULL DEFAULT 'draft', -- draft | open | closed
    created_by   BIGINT        NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    opened_at    DATETIME(6)   NULL,
    opened_by    BIGINT        NULL,
    closed_at    DATETIME(6)   NULL,
    closed_by    BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_survey_org (org_id),
    KEY ix_survey_status (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_question (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    survey_id       BIGINT        NOT NULL,
    position        INT           NOT NULL,
    kind            VARCHAR(16)   NOT NULL,          -- single | multiple | text
    prompt          VARCHAR(500)  NOT NULL,
    required        TINYINT(1)    NOT NULL,
    max_selections  INT           NULL,              -- multiple: at most this many options (NULL: any number)
    max_length      INT           NULL,              -- text: at most this many characters
    PRIMARY KEY (id),
    KEY ix_survey_question_survey (survey_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_option (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    question_id  BIGINT        NOT NULL,
    survey_id    BIGINT        NOT NULL,
    position     INT           NOT NULL,
    label        VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_survey_option_question (question_id, position),
    KEY ix_survey_option_survey (survey_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_response (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    survey_id    BIGINT        NOT NULL,
    member_id    BIGINT        NULL,                 -- NULL: a paper response that names no member
    source       VARCHAR(16)   NOT NULL,             -- online | paper
    entered_by   BIGINT        NULL,                 -- paper: the staff user who entered it
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_survey_response_member (survey_id, member_id),
    KEY ix_survey_response_survey (survey_id, source),
    KEY ix_survey_response_member (member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_response_choice (
    response_id  BIGINT        NOT NULL,
    survey_id    BIGINT        NOT NULL,
    question_id  BIGINT        NOT NULL,
    option_id    BIGINT        NOT NULL,
    PRIMARY KEY (response_id, option_id),
    KEY ix_survey_response_choice_survey (survey_id, question_id, option_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_response_text (
    id           BIGINT          NOT NULL AUTO_INCREMENT,
    response_id  BIGINT          NOT NULL,
    survey_id    BIGINT          NOT NULL,
    question_id  BIGINT          NOT NULL,
    body_enc     VARBINARY(8000) NOT NULL,           -- PiiProtector ciphertext of the answer (at most 2000 characters)
    PRIMARY KEY (id),
    UNIQUE KEY ux_survey_response_text (response_id, question_id),
    KEY ix_survey_response_text_question (survey_id, question_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

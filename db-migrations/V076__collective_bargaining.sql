-- Collective bargaining tracker: per enterprise, eight steps completed strictly in order, each with a date (China
-- calendar date) and documents. enterprise.bargaining_step is the last completed step (0: none): completing step n is
-- the conditional UPDATE ... WHERE bargaining_step = n - 1 AND bargaining_step_on <= the new date, so the database
-- refuses out-of-order steps and earlier dates even when two staff users click at once.
-- The flags feed the coverage figures: share of unionised enterprises with a signed agreement (step 6 done) and with a
-- workers' congress.
ALTER TABLE enterprise
    ADD COLUMN is_unionised          TINYINT(1) NOT NULL DEFAULT 0,
    ADD COLUMN has_workers_congress  TINYINT(1) NOT NULL DEFAULT 0,
    ADD COLUMN bargaining_step       INT        NOT NULL DEFAULT 0,
    ADD COLUMN bargaining_step_on    DATE       NULL;

CREATE TABLE bargaining_step (
    enterprise_id  BIGINT        NOT NULL,
    step           INT           NOT NULL,          -- 1..8
    completed_on   DATE          NOT NULL,
    note           VARCHAR(2000) NULL,
    completed_by   BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (enterprise_id, step),
    CONSTRAINT ck_bargaining_step CHECK (step BETWEEN 1 AND 8)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Documents of a step (JPEG, PNG, PDF; type from the content), kept privately like fund evidence.
CREATE TABLE bargaining_document (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    enterprise_id  BIGINT        NOT NULL,
    step           INT           NOT NULL,
    content_type   VARCHAR(64)   NOT NULL,
    size_bytes     INT           NOT NULL,
    sha256         BINARY(32)    NOT NULL,
    data           LONGBLOB      NOT NULL,
    created_by     BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_bargaining_document_step (enterprise_id, step, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

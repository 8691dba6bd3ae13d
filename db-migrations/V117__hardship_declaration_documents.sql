-- Documents a member attaches to their own hardship declaration (the hardship app, issue 16): JPEG, PNG or PDF typed
-- from their bytes and scanned like every upload (Platform/FileUploads), kept privately in the database like fund
-- evidence and legal aid documents. At most 10 per declaration: a conditional update of document_count reserves the slot.
-- The member reads their own; staff whose subtree holds the member's org read them (audited with a reason).
CREATE TABLE hardship_declaration_document (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    declaration_id  BIGINT        NOT NULL,
    content_type    VARCHAR(64)   NOT NULL,
    size_bytes      INT           NOT NULL,
    sha256          BINARY(32)    NOT NULL,
    data            LONGBLOB      NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_hardship_declaration_document (declaration_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE hardship_declaration ADD COLUMN document_count INT NOT NULL DEFAULT 0;

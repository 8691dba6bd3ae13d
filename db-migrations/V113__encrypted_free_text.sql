-- Free text about health, disputes and households is kept as personal-data ciphertext (PiiProtector: AES-256-GCM, key id in
-- the blob) in a *_enc column beside the plain column it replaces. New rows leave the plain column NULL; rows from before are
-- encrypted at start-up by EncryptStoredText (which sets the plain column to NULL), and reads take the ciphertext when there is
-- one. The plain columns stay (nullable) so that instances of the previous version can run beside this one during a rolling
-- upgrade; a later migration drops them. BLOB (64 KiB) holds the longest allowed text (4,000 characters, 4 bytes each, plus
-- the 30-byte header); MEDIUMBLOB for meeting minutes (20,000 characters). Nothing searches or sorts on these columns.
ALTER TABLE fund_application MODIFY reason VARCHAR(2000) NULL, ADD COLUMN reason_enc BLOB NULL AFTER reason;
ALTER TABLE fund_application_history ADD COLUMN note_enc BLOB NULL AFTER note;
ALTER TABLE review_meeting MODIFY minutes TEXT NULL, ADD COLUMN minutes_enc MEDIUMBLOB NULL AFTER minutes;
ALTER TABLE review_decision ADD COLUMN note_enc BLOB NULL AFTER note;
ALTER TABLE legal_case MODIFY description VARCHAR(4000) NULL, ADD COLUMN description_enc BLOB NULL AFTER description,
    ADD COLUMN refusal_reason_enc BLOB NULL AFTER refusal_reason;
ALTER TABLE legal_case_history ADD COLUMN note_enc BLOB NULL AFTER note;
ALTER TABLE legal_case_note MODIFY body VARCHAR(4000) NULL, ADD COLUMN body_enc BLOB NULL AFTER body;
ALTER TABLE hardship_household_history ADD COLUMN note_enc BLOB NULL AFTER note;
ALTER TABLE hardship_declaration ADD COLUMN note_enc BLOB NULL AFTER note;
ALTER TABLE hardship_declaration_history ADD COLUMN note_enc BLOB NULL AFTER note;
ALTER TABLE hardship_objection MODIFY reason VARCHAR(2000) NULL, ADD COLUMN reason_enc BLOB NULL AFTER reason,
    ADD COLUMN resolution_enc BLOB NULL AFTER resolution;
-- The case-file notes were encrypted from the start but sized for the plain text: 4,000 Chinese characters are 12,000 bytes
-- before encryption, more than VARBINARY(8000) holds.
ALTER TABLE hardship_household MODIFY home_visit_enc BLOB NULL, MODIFY income_check_enc BLOB NULL;

-- Issue 17 item 5: staff file a relief application at the counter for a member (who has no smartphone), or for the family
-- of a deceased member. The application stays the member's (member_id, the one-open-application rule on open_key, the
-- member's own list); these columns say who filed it and for whom.
--   filed_by     the staff user who filed it; NULL when the member applied themselves
--   on_behalf_of NULL (the member applied), 'member' (staff filed for the member) or 'deceased_member_family'
ALTER TABLE fund_application ADD COLUMN filed_by BIGINT NULL AFTER member_id,
    ADD COLUMN on_behalf_of VARCHAR(32) NULL AFTER filed_by;

-- The family member who claims for a deceased member, and the bank account the grant is paid to. Every personal value is
-- PiiProtector ciphertext (AES-256-GCM, key id in the blob); the relationship is a code (spouse | child | parent | other).
-- Nothing looks these up, so there is no blind index; responses mask them, and the full values are read only through the
-- reason-audited GET /admin/fund-applications/{id}/applicant (the ID number stays masked even there: the v1 contract).
CREATE TABLE fund_application_family (
    application_id        BIGINT         NOT NULL,
    relationship          VARCHAR(16)    NOT NULL,
    name_enc              VARBINARY(512) NOT NULL,
    id_number_enc         VARBINARY(255) NOT NULL,
    phone_enc             VARBINARY(255) NOT NULL,
    bank_name_enc         VARBINARY(512) NOT NULL,
    bank_account_enc      VARBINARY(255) NOT NULL,
    account_holder_enc    VARBINARY(512) NOT NULL,
    created_at            DATETIME(6)    NOT NULL,
    PRIMARY KEY (application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

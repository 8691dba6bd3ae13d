-- Hardship households of workers without an app account (issue 17, item 5): staff register them by name and ID number
-- (phone optional); member_id stays NULL until the worker passes real-name verification (POST /me/real-name, or an approved
-- membership application) in the same organisation subtree, which links the household to the account in its own transaction.
-- The person is kept as PiiProtector ciphertext (*_enc) plus the ID number's blind index; open_id_key is that blind index
-- while the household is unlinked and on the register (one unlinked entry per ID number, decided by the UNIQUE index; NULL
-- once linked or exited). Linking moves the household onto member_id/open_key and clears the person columns (the member's
-- own verified name and ID number are shown from then on).
ALTER TABLE hardship_household
    MODIFY member_id BIGINT NULL,
    ADD COLUMN person_name_enc  VARBINARY(255) NULL,
    ADD COLUMN person_id_enc    VARBINARY(255) NULL,
    ADD COLUMN person_phone_enc VARBINARY(255) NULL,
    ADD COLUMN open_id_key      BINARY(32)     NULL,
    ADD COLUMN linked_at        DATETIME(6)    NULL,
    ADD UNIQUE KEY ux_hardship_household_open_id (open_id_key);

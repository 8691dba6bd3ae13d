-- Transfers requested by the member (issue #17 item 2): the member asks to move to another grassroots organisation; the staff
-- of that organisation (or above it) approve, which moves the member as a staff transfer does (Features/Membership/Moves.cs),
-- or refuse with a reason.
-- open_member_id is set while the request is pending and cleared when it is decided, withdrawn or cancelled (the member left
-- or was moved by staff meanwhile): its UNIQUE key (NULLs never collide) lets one pending request exist per member, decided
-- by the database when requests race. The member's reason and the refusal reason are free text about a person: encrypted.
CREATE TABLE membership_transfer_request (
    id               BIGINT          NOT NULL AUTO_INCREMENT,
    member_id        BIGINT          NOT NULL,
    from_org_id      BIGINT          NOT NULL,
    to_org_id        BIGINT          NOT NULL,
    reason_enc       VARBINARY(4200) NOT NULL,
    status           VARCHAR(16)     NOT NULL,       -- pending | approved | refused | withdrawn | cancelled
    open_member_id   BIGINT          NULL,
    refusal_enc      VARBINARY(4200) NULL,
    decided_by       BIGINT          NULL,
    decided_at       DATETIME(6)     NULL,
    created_at       DATETIME(6)     NOT NULL,
    updated_at       DATETIME(6)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_membership_transfer_request_open (open_member_id),
    KEY ix_membership_transfer_request_member (member_id, id),
    KEY ix_membership_transfer_request_to (to_org_id, status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

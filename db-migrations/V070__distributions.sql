-- Bulk distributions of a goods perk to enterprises (summer cooling packs for the workers of 60 enterprises).
-- The promises are kept by the database:
--   stock:      an allocation reserves its quantity from the perk in the same transaction:
--               UPDATE perk SET claimed = claimed + @n WHERE id = @perk AND kind = 'goods' AND claimed + @n <= stock
--               (the perk's CHECK claimed <= stock and the claim engine's own conditional update share that one counter)
--   receipts:   UPDATE distribution_allocation SET received = received + @q WHERE ... AND received + @q <= allocated
--   hand-outs:  UPDATE distribution_allocation SET handed_out = handed_out + @n WHERE ... AND handed_out + @n <= received,
--               one hand-out per member per allocation (UNIQUE) and per voucher (UNIQUE)

CREATE TABLE distribution (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    org_id       BIGINT       NOT NULL,             -- the organisation running it; enterprises come from its subtree
    perk_id      BIGINT       NOT NULL,             -- a perk of kind 'goods'
    title        VARCHAR(200) NOT NULL,
    note         VARCHAR(1000) NULL,
    created_by   BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_distribution_org (org_id),
    KEY ix_distribution_perk (perk_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE distribution_allocation (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    distribution_id  BIGINT       NOT NULL,
    enterprise_id    BIGINT       NOT NULL,
    method           VARCHAR(16)  NOT NULL,         -- head_count | manual
    head_count       INT          NULL,             -- verified members counted when allocated by head count
    allocated        INT          NOT NULL,
    received         INT          NOT NULL DEFAULT 0,
    handed_out       INT          NOT NULL DEFAULT 0,
    created_by       BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_distribution_allocation_enterprise (distribution_id, enterprise_id),
    KEY ix_distribution_allocation_enterprise (enterprise_id, id),
    CONSTRAINT ck_distribution_allocation_counts CHECK (allocated >= 0 AND received >= 0 AND received <= allocated
                                                        AND handed_out >= 0 AND handed_out <= received)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each confirmation of goods arriving at the enterprise (several lots add up); the quantity may differ from what was sent.
CREATE TABLE distribution_receipt (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    allocation_id  BIGINT        NOT NULL,
    quantity       INT           NOT NULL,
    note           VARCHAR(1000) NULL,
    received_by    BIGINT        NULL,
    received_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_distribution_receipt_allocation (allocation_id, id),
    CONSTRAINT ck_distribution_receipt_quantity CHECK (quantity >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per worker who was handed the goods: by scanning the member's voucher of the perk, or from a list.
CREATE TABLE distribution_handout (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    allocation_id  BIGINT       NOT NULL,
    member_id      BIGINT       NOT NULL,
    voucher_id     BIGINT       NULL,
    method         VARCHAR(16)  NOT NULL,           -- voucher | list
    handed_by      BIGINT       NULL,
    handed_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_distribution_handout_member (allocation_id, member_id),
    UNIQUE KEY ux_distribution_handout_voucher (voucher_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Head counts of verified members per enterprise.
CREATE INDEX ix_member_enterprise ON member (enterprise_id, verified_at);

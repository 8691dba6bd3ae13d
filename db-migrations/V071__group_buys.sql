-- Group buying of supplies: the union opens a group-buy with items, each enterprise places one order
-- (UNIQUE per group-buy and enterprise) with lines per item until the deadline; the union closes it.
-- Orders lock the group-buy row in share mode and closing updates it, so an order either commits before
-- the close (and is in the totals) or sees the group-buy closed.

CREATE TABLE group_buy (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    org_id       BIGINT        NOT NULL,            -- enterprises of this organisation's subtree may order
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000) NULL,
    deadline_at  DATETIME(6)   NOT NULL,            -- orders accepted while now < deadline_at
    status       VARCHAR(16)   NOT NULL DEFAULT 'open', -- open | closed
    created_by   BIGINT        NULL,
    created_at   DATETIME(6)   NOT NULL,
    closed_at    DATETIME(6)   NULL,
    closed_by    BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_group_buy_org (org_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_buy_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    group_buy_id    BIGINT       NOT NULL,
    position        INT          NOT NULL,
    name            VARCHAR(200) NOT NULL,
    unit            VARCHAR(20)  NULL,              -- 瓶, 箱 ...
    unit_price_fen  BIGINT       NOT NULL,
    min_quantity    INT          NOT NULL,          -- per order, when the item is ordered at all
    max_quantity    INT          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_group_buy_item_buy (group_buy_id, position),
    CONSTRAINT ck_group_buy_item_bounds CHECK (unit_price_fen >= 0 AND min_quantity >= 1 AND max_quantity >= min_quantity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_buy_order (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    group_buy_id   BIGINT       NOT NULL,
    enterprise_id  BIGINT       NOT NULL,
    total_fen      BIGINT       NOT NULL,
    revision       INT          NOT NULL,           -- 1 on the first placement, +1 on every change
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_group_buy_order_enterprise (group_buy_id, enterprise_id),
    KEY ix_group_buy_order_enterprise (enterprise_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_buy_order_line (
    order_id        BIGINT  NOT NULL,
    item_id         BIGINT  NOT NULL,
    quantity        INT     NOT NULL,
    unit_price_fen  BIGINT  NOT NULL,
    PRIMARY KEY (order_id, item_id),
    KEY ix_group_buy_order_line_item (item_id),
    CONSTRAINT ck_group_buy_order_line_quantity CHECK (quantity >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A column each transaction that guards a rule with a row lock bumps, so the lock is also a write (DESIGN 12; ADR 0016,
-- 2026-12-04): on a multi-primary Galera cluster SELECT ... FOR UPDATE is node-local and a no-op UPDATE (SET id = id) is
-- not written either (MariaDB skips a row whose values do not change, so the write set holds no key for it); only rows
-- both transactions really change collide at certification. Platform/RowLocks writes it; the value means nothing else.
-- ADD COLUMN with a default is instant on MariaDB 10.11 (no table copy).
ALTER TABLE fund ADD COLUMN lock_version BIGINT UNSIGNED NOT NULL DEFAULT 0;
ALTER TABLE staff_user ADD COLUMN lock_version BIGINT UNSIGNED NOT NULL DEFAULT 0;
ALTER TABLE enterprise ADD COLUMN lock_version BIGINT UNSIGNED NOT NULL DEFAULT 0;
ALTER TABLE member ADD COLUMN lock_version BIGINT UNSIGNED NOT NULL DEFAULT 0;
ALTER TABLE org ADD COLUMN lock_version BIGINT UNSIGNED NOT NULL DEFAULT 0;
ALTER TABLE lottery ADD COLUMN lock_version BIGINT UNSIGNED NOT NULL DEFAULT 0;
ALTER TABLE mutual_aid_plan ADD COLUMN lock_version BIGINT UNSIGNED NOT NULL DEFAULT 0;

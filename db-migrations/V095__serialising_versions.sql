-- A version bumped by writes that must be ordered against a change of the row itself (an order against the group-buy's
-- closing, a package choice against the survey's closing). A locking read alone orders them on one server, but a
-- multi-primary cluster certifies only rows that were written: the bump makes the conflict visible there too.
ALTER TABLE group_buy ADD COLUMN version INT UNSIGNED NOT NULL DEFAULT 0;
ALTER TABLE hardship_round ADD COLUMN version INT UNSIGNED NOT NULL DEFAULT 0;

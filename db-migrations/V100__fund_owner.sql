-- A fund belongs to an organisation: only staff whose scope holds that organisation may spend it (hardship rounds,
-- hardship approvals, review meetings, payments). NULL is a federation fund, usable only by callers who see every
-- organisation (super_admin, and reviewers bound to no organisation); every fund created before this migration is one.
ALTER TABLE fund ADD COLUMN org_id BIGINT NULL AFTER name, ADD KEY ix_fund_org (org_id);

-- Mutual-aid claims are paid through the relief funds' money path (issue #21 item 2 leftover; ADR 0020, 2026-12-03 "paid
-- from a fund"). A plan names the fund that pays its claims; approving a claim books a 'grant' on that fund's ledger (within
-- its yearly budget); a payment is a fund_disbursement of the claim, proposed and confirmed by two staff users, with a
-- 'disbursement' ledger row. One money path, one ledger, one set of fund totals.

-- The fund paying the plan's claims (set for every existing plan by V146, then NOT NULL).
ALTER TABLE mutual_aid_plan ADD COLUMN fund_id BIGINT NULL AFTER org_id, ADD KEY ix_mutual_aid_plan_fund (fund_id);

-- fund_id: the fund the approval booked its grant on (the plan's fund at the time of approval; NULL until approved).
-- committed_fen (proposed + paid, never above approved_fen) and paid_fen mirror fund_application's, so the same rules hold.
ALTER TABLE mutual_aid_claim
    ADD COLUMN fund_id BIGINT NULL AFTER plan_id,
    ADD COLUMN committed_fen BIGINT NOT NULL DEFAULT 0 AFTER approved_fen,
    ADD COLUMN paid_fen BIGINT NOT NULL DEFAULT 0 AFTER committed_fen,
    ADD KEY ix_mutual_aid_claim_fund (fund_id, id);

-- A disbursement pays either a fund application or a mutual-aid claim, never both, never neither.
ALTER TABLE fund_disbursement
    MODIFY application_id BIGINT NULL,
    ADD COLUMN mutual_aid_claim_id BIGINT NULL AFTER application_id,
    ADD KEY ix_fund_disbursement_claim (mutual_aid_claim_id, id),
    ADD CONSTRAINT ck_fund_disbursement_case CHECK (
        (application_id IS NOT NULL AND mutual_aid_claim_id IS NULL) OR (application_id IS NULL AND mutual_aid_claim_id IS NOT NULL));

-- Grant and disbursement rows of a claim name it (application_id is NULL on them, as on donation rows).
ALTER TABLE fund_ledger
    ADD COLUMN mutual_aid_claim_id BIGINT NULL AFTER application_id,
    ADD KEY ix_fund_ledger_claim (mutual_aid_claim_id, id);

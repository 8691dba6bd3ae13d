-- Every existing mutual-aid plan gets a fund that pays its claims, and the money already decided moves onto that fund's
-- ledger, so nothing is lost and the fund's totals equal its ledger from the start (ADR 0020, 2026-12-03 "paid from a fund").
--
-- One fund per organisation owning plans (NULL: the federation's plans get a federation fund), kind 'mutual_aid' (互助保障),
-- for the current year (China time). Its budget is what the existing enrolments can ever be approved: the sum of their cover
-- rows' caps (at least what is approved already). Its application window is closed (opens_at = closes_at), so members cannot
-- file relief applications against it. Staff can add money to it by donations (ADR 0018) or name another fund for a plan.
INSERT INTO fund (name, org_id, kind, year, budget_fen, max_grant_fen, opens_at, closes_at, eligibility_notes, created_at, created_by)
SELECT '互助保障理赔资金', p.org_id, 'mutual_aid', YEAR(UTC_TIMESTAMP() + INTERVAL 8 HOUR),
       COALESCE((SELECT SUM(c.cap_fen) FROM mutual_aid_cover c JOIN mutual_aid_enrolment e ON e.id = c.enrolment_id
                 JOIN mutual_aid_plan p2 ON p2.id = e.plan_id WHERE p2.org_id <=> p.org_id), 0),
       COALESCE((SELECT MAX(b.cap_fen) FROM mutual_aid_benefit b JOIN mutual_aid_plan p3 ON p3.id = b.plan_id WHERE p3.org_id <=> p.org_id), 0),
       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), '由 V146 迁移为本组织既有互助保障计划创建：支付其理赔（互助保障计划的保障上限按会员控制）。',
       UTC_TIMESTAMP(6), NULL
FROM mutual_aid_plan p
GROUP BY p.org_id;

UPDATE mutual_aid_plan p SET p.fund_id = (SELECT MIN(f.id) FROM fund f WHERE f.kind = 'mutual_aid' AND f.org_id <=> p.org_id);
ALTER TABLE mutual_aid_plan MODIFY fund_id BIGINT NOT NULL;

-- Claims decided already: the grant on the plan's fund (dated when it was approved), and for those proposed or paid the payment.
UPDATE mutual_aid_claim c JOIN mutual_aid_plan p ON p.id = c.plan_id SET c.fund_id = p.fund_id
WHERE c.status IN ('approved', 'payment_proposed', 'paid');
UPDATE mutual_aid_claim SET committed_fen = approved_fen WHERE status IN ('payment_proposed', 'paid');
UPDATE mutual_aid_claim SET paid_fen = approved_fen WHERE status = 'paid';

INSERT INTO fund_ledger (fund_id, entry, amount_fen, mutual_aid_claim_id, staff_id, at)
SELECT c.fund_id, 'grant', c.approved_fen, c.id, COALESCE(c.reviewed_by, 0), COALESCE(c.reviewed_at, c.updated_at)
FROM mutual_aid_claim c WHERE c.fund_id IS NOT NULL ORDER BY c.id;

INSERT INTO fund_disbursement (fund_id, mutual_aid_claim_id, amount_fen, reference, status, proposed_by, proposed_at, confirmed_by, confirmed_at)
SELECT c.fund_id, c.id, c.approved_fen, CONCAT('互助保障理赔 ', c.id), CASE WHEN c.status = 'paid' THEN 'paid' ELSE 'proposed' END,
       COALESCE(c.pay_proposed_by, 0), COALESCE(c.pay_proposed_at, c.updated_at),
       CASE WHEN c.status = 'paid' THEN c.paid_by END, CASE WHEN c.status = 'paid' THEN c.paid_at END
FROM mutual_aid_claim c WHERE c.fund_id IS NOT NULL AND c.status IN ('payment_proposed', 'paid') ORDER BY c.id;

INSERT INTO fund_ledger (fund_id, entry, amount_fen, mutual_aid_claim_id, disbursement_id, staff_id, at)
SELECT d.fund_id, 'disbursement', d.amount_fen, d.mutual_aid_claim_id, d.id, COALESCE(d.confirmed_by, 0), COALESCE(d.confirmed_at, d.proposed_at)
FROM fund_disbursement d WHERE d.mutual_aid_claim_id IS NOT NULL AND d.status = 'paid' ORDER BY d.id;

UPDATE fund f
SET f.granted_fen = (SELECT COALESCE(SUM(l.amount_fen), 0) FROM fund_ledger l WHERE l.fund_id = f.id AND l.entry = 'grant'),
    f.disbursed_fen = (SELECT COALESCE(SUM(l.amount_fen), 0) FROM fund_ledger l WHERE l.fund_id = f.id AND l.entry = 'disbursement'),
    f.budget_fen = GREATEST(f.budget_fen, (SELECT COALESCE(SUM(l.amount_fen), 0) FROM fund_ledger l WHERE l.fund_id = f.id AND l.entry = 'grant'))
WHERE f.kind = 'mutual_aid';

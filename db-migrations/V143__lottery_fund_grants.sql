-- A lottery's prize is either vouchers of a perk (perk_id) or a grant from a relief fund (fund_id + grant_fen), exactly one of
-- the two (issue #21 item 1: "or the grant through the existing fund flow", e.g. a degree subsidy with 20,000 places).
--   lottery.fund_id / grant_fen     the fund each winner is granted grant_fen from; the fund's remaining budget (budget + donations -
--                                   granted) must cover places x grant_fen when the lottery is published and again at the draw
--   lottery_outcome.fund_application_id   the winner's (or promoted member's) approved application of that fund
--   fund_application.lottery_id     an application made by a lottery draw or promotion (approved, no review meeting, open_key NULL:
--                                   it neither blocks nor is blocked by the member's own open application to the fund)
-- A winner who declines a grant before any payment is proposed has it cancelled on the fund's append-only ledger with a new
-- 'grant_reversal' row of the negative amount (never an edit), and fund.granted_fen drops by it in the same transaction:
-- granted_fen = SUM(amount_fen) of the 'grant' and 'grant_reversal' rows.
ALTER TABLE lottery
    MODIFY perk_id BIGINT NULL,
    ADD COLUMN fund_id   BIGINT NULL AFTER perk_id,
    ADD COLUMN grant_fen BIGINT NULL AFTER fund_id,
    ADD KEY ix_lottery_fund (fund_id);

ALTER TABLE lottery_outcome ADD COLUMN fund_application_id BIGINT NULL AFTER voucher_id;

ALTER TABLE fund_application ADD COLUMN lottery_id BIGINT NULL, ADD KEY ix_fund_application_lottery (lottery_id, member_id);

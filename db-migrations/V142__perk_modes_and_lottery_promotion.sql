-- Perks handed out other than first come, first served (issues #19 item 2 and #21 item 1).
--   mode           first_come (claims through POST /perks/{id}/claims) | lottery (the prize of a lottery: vouchers come only from
--                  its draw and its waiting order; first-come claims are refused with 409 perk.lottery_only). Set when a
--                  lottery is created for the perk.
--   bar_no_shows   1: members barred from activity sign-ups after repeated no-shows (the no-show rule, computed when read) are
--                  refused this perk's drops too (403 perk.barred_no_shows); the claim batch reads the bars of its members set-wise.
ALTER TABLE perk
    ADD COLUMN mode         VARCHAR(16) NOT NULL DEFAULT 'first_come',
    ADD COLUMN bar_no_shows TINYINT(1)  NOT NULL DEFAULT 0;

-- A winner who declines gives the place to the waiting order (POST /lotteries/{id}/decline), in the published rank order:
--   declined_at    the winner declined; their voucher is void
--   promoted_at    a waiting application was given a declined place (won stays 0: `won` is what the draw decided)
--   passed_over    a waiting application skipped when its turn came, and why (account_deleted): public, so the order can be checked
ALTER TABLE lottery_outcome
    ADD COLUMN declined_at  DATETIME(6) NULL,
    ADD COLUMN promoted_at  DATETIME(6) NULL,
    ADD COLUMN passed_over  VARCHAR(32) NULL;

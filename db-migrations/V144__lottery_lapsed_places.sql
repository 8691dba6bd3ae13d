-- A winner (or promoted member) whose prize voucher expired unused frees the place (issue #21 item 1: "unclaimed places go to
-- the published waiting order"): POST /admin/lotteries/{id}/reoffer-lapsed records it here and promotes the next waiting
-- application, as a decline does. Public, distinct from declined_at, so anyone can check the promotions followed the order.
ALTER TABLE lottery_outcome ADD COLUMN lapsed_at DATETIME(6) NULL AFTER declined_at;

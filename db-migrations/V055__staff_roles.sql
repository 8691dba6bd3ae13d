-- Two more staff roles: a lawyer on the union's legal aid panel (sees only their own cases) and an enterprise's
-- contact person (enterprise_contact), who is bound to one enterprise the way merchant_staff is bound to one merchant.
ALTER TABLE staff_user ADD COLUMN enterprise_id BIGINT NULL;
CREATE INDEX ix_staff_user_enterprise ON staff_user (enterprise_id);
